#include "analysis/case_records.h"

#include "analysis/case_records_encoding.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>

namespace pathways {

namespace {

constexpr std::size_t most_problems_listed = 50;

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::string lowercase(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string place(std::size_t row, const std::string& column) {
    return "row " + std::to_string(row) + (column.empty() ? "" : ", column " + column) + ": ";
}

class ProblemList {
public:
    void add(std::string message) {
        if (problems_.size() < most_problems_listed) problems_.push_back(std::move(message));
        ++count_;
    }
    void throw_if_any() const {
        if (count_ == 0) return;
        CaseRecordProblems p{problems_};
        if (count_ > problems_.size()) {
            p.problems.push_back("... and " + std::to_string(count_ - problems_.size()) + " more problems");
        }
        throw p;
    }

private:
    std::vector<std::string> problems_;
    std::size_t count_ = 0;
};

// Names (stages, attribute values) numbered by first appearance, with their
// ids; two different names that make the same id are a problem.
class NameTable {
public:
    NameTable(std::string article, std::string what) : article_(std::move(article)), what_(std::move(what)) {}
    // `hidden`: the name equals the row's case identifier (a malformed file), so it is not echoed.
    std::optional<std::uint32_t> find_or_add(const std::string& name, const std::string& where, ProblemList& problems,
                                             bool hidden = false) {
        if (auto it = by_name_.find(name); it != by_name_.end()) return it->second;
        const std::string id = id_from_name(name);
        const std::string shown = hidden ? "the value" : "'" + name + "'";
        if (id.empty()) {
            problems.add(where + shown + " cannot become " + article_ + " " + what_ +
                         " id (it has no letters or digits)");
            return std::nullopt;
        }
        if (auto it = by_id_.find(id); it != by_id_.end()) {
            problems.add(where + shown + " and '" + names[it->second] + "' both become the " + what_ + " id '" + id +
                         "': write them the same way, or make them differ in letters or digits");
            return std::nullopt;
        }
        const auto index = static_cast<std::uint32_t>(ids.size());
        by_name_.emplace(name, index);
        by_id_.emplace(id, index);
        ids.push_back(id);
        names.push_back(name);
        return index;
    }
    std::vector<std::string> ids, names;

private:
    std::string article_, what_;
    std::map<std::string, std::uint32_t> by_name_, by_id_;
};

struct Columns {
    std::size_t case_id = 0, stage = 0, date = 0, count = 0;
    std::vector<std::size_t> attributes;  // column of each attribute
};

}  // namespace

std::string id_from_name(const std::string& name) {
    std::string id;
    for (unsigned char c : name) {
        if (std::isalnum(c) && c < 0x80) {
            id += static_cast<char>(std::tolower(c));
        } else if (!id.empty() && id.back() != '_') {
            id += '_';
        }
    }
    while (!id.empty() && id.back() == '_') id.pop_back();
    if (!id.empty() && std::isdigit(static_cast<unsigned char>(id[0]))) id = "s_" + id;
    return id;
}

namespace {

class CaseRecordReader {
public:
    CaseRecords read(const std::vector<CsvRecord>& records) {
        if (records.empty()) {
            problems_.add("row 1: the file is empty; it needs a header naming case_id, stage and date");
            problems_.throw_if_any();
        }
        read_header(records.front());
        problems_.throw_if_any();
        if (records.size() == 1) problems_.add("row 2: no case records after the header");
        for (std::size_t i = 1; i < records.size(); ++i) read_row(records[i]);
        problems_.throw_if_any();
        out_.stage_ids = stages_.ids;
        out_.stage_labels = stages_.names;
        for (std::size_t a = 0; a < out_.attributes.size(); ++a) out_.attributes[a].values = values_[a].ids;
        return std::move(out_);
    }

private:
    void read_header(const CsvRecord& header) {
        std::map<std::string, std::size_t> required;
        NameTable attribute_names("an", "attribute");
        columns_.count = header.fields.size();
        for (std::size_t c = 0; c < header.fields.size(); ++c) {
            const std::string name = trimmed(header.fields[c]);
            const std::string key = lowercase(name);
            if (key == "case_id" || key == "stage" || key == "date") {
                if (!required.emplace(key, c).second)
                    problems_.add(place(1, "") + "the column " + key + " appears twice");
            } else if (attribute_names.find_or_add(name, place(1, std::to_string(c + 1)), problems_)) {
                columns_.attributes.push_back(c);
            }
        }
        std::string missing;
        for (const char* name : {"case_id", "stage", "date"}) {
            if (!required.count(name)) missing += (missing.empty() ? "" : ", ") + std::string(name);
        }
        if (!missing.empty()) {
            problems_.add(place(1, "") + "missing column(s) " + missing +
                          " (the header must name case_id, stage and date)");
            return;
        }
        columns_.case_id = required["case_id"];
        columns_.stage = required["stage"];
        columns_.date = required["date"];
        for (const std::string& id : attribute_names.ids) out_.attributes.push_back({id, {}});
        values_.assign(out_.attributes.size(), NameTable("a", "value"));
    }

    void read_row(const CsvRecord& r) {
        if (r.fields.size() != columns_.count) {
            problems_.add(place(r.row, "") + "has " + std::to_string(r.fields.size()) + " fields, the header has " +
                          std::to_string(columns_.count));
            return;
        }
        const std::string case_id = trimmed(r.fields[columns_.case_id]);
        if (case_id.empty()) problems_.add(place(r.row, "case_id") + "empty");
        std::optional<std::uint32_t> stage = read_stage(r, case_id);
        std::optional<Days> day = read_date(r);
        if (case_id.empty() || !stage || !day) return;
        auto [it, added] = case_of_id_.emplace(case_id, static_cast<std::uint32_t>(out_.cases.size()));
        if (added) out_.cases.push_back({{}, read_values(r, case_id)});
        CaseHistory& history = out_.cases[it->second];
        if (!history.visits.empty() && *day < history.visits.back().day) {
            problems_.add(place(r.row, "date") + "date goes backwards for this case (" +
                          format_date(*day, out_.date_form) + " after " +
                          format_date(history.visits.back().day, out_.date_form) +
                          "): list each case's rows in date order");
            return;
        }
        history.visits.push_back({*stage, *day});
        extend_dates(*day);
    }

    std::optional<std::uint32_t> read_stage(const CsvRecord& r, const std::string& case_id) {
        const std::string name = trimmed(r.fields[columns_.stage]);
        if (name.empty()) {
            problems_.add(place(r.row, "stage") + "empty");
            return std::nullopt;
        }
        return stages_.find_or_add(name, place(r.row, "stage"), problems_, name == case_id);
    }

    std::optional<Days> read_date(const CsvRecord& r) {
        const std::string text = trimmed(r.fields[columns_.date]);
        std::optional<Days> iso = parse_iso_date(text), number = iso ? std::nullopt : parse_day_number(text);
        // A file whose headers are mislabelled may hold case identifiers here:
        // the place is named, the value never echoed.
        const std::string shown = "the value";
        if (!iso && !number) {
            problems_.add(place(r.row, "date") + shown + " is not a date (YYYY-MM-DD) or a day number");
            return std::nullopt;
        }
        if (number && std::abs(*number) > largest_day_number) {
            problems_.add(place(r.row, "date") + shown + " is too far from 0 for a day number (at most " +
                          format_date(largest_day_number, DateForm::day_number) + " either way)");
            return std::nullopt;
        }
        const DateForm form = iso ? DateForm::iso : DateForm::day_number;
        if (!first_date_row_) {
            first_date_row_ = r.row;
            out_.date_form = form;
        } else if (form != out_.date_form) {
            problems_.add(place(r.row, "date") + shown + (iso ? " is an ISO date" : " is a day number") + ", but row " +
                          std::to_string(*first_date_row_) + (iso ? " has a day number" : " has an ISO date") +
                          ": use one form of date in the whole file");
            return std::nullopt;
        }
        return iso ? iso : number;
    }

    std::vector<std::uint32_t> read_values(const CsvRecord& r, const std::string& case_id) {
        std::vector<std::uint32_t> values;
        for (std::size_t a = 0; a < columns_.attributes.size(); ++a) {
            std::string v = trimmed(r.fields[columns_.attributes[a]]);
            const std::string where = place(r.row, out_.attributes[a].name);
            v = v.empty() ? "unknown" : v;
            values.push_back(values_[a].find_or_add(v, where, problems_, v == case_id).value_or(0));
        }
        return values;
    }

    void extend_dates(Days day) {
        out_.first_day = any_date_ ? std::min(out_.first_day, day) : day;
        out_.last_day = any_date_ ? std::max(out_.last_day, day) : day;
        any_date_ = true;
    }

    CaseRecords out_;
    Columns columns_;
    ProblemList problems_;
    NameTable stages_{"a", "stage"};
    std::vector<NameTable> values_;
    std::unordered_map<std::string, std::uint32_t> case_of_id_;
    std::optional<std::size_t> first_date_row_;
    bool any_date_ = false;
};

}  // namespace

CaseRecords read_case_records(const std::string& text) {
    std::vector<CsvRecord> records = parse_csv(text);
    std::optional<std::string> encoding = decode_fields(records);
    CaseRecords out = CaseRecordReader().read(records);
    if (encoding) out.warnings.push_back(*encoding);
    return out;
}

}  // namespace pathways
