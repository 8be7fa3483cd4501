#include "analysis/case_records.h"

#include "analysis/case_records_encoding.h"
#include "analysis/identifier_shapes.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

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

// Findings of one kind in one column, reported once with the first row and
// a count: a column of NHS numbers is one problem, not one a row.
class FindingTally {
public:
    explicit FindingTally(std::string unit) : unit_(std::move(unit)) {}
    void add(const std::string& what, std::size_t row, const std::string& advice) {
        auto [it, added] = seen_.try_emplace(what, Seen{row, 0, advice});
        if (added) order_.push_back(what);
        ++it->second.count;
    }
    void report(ProblemList& problems) const {
        for (const std::string& what : order_) {
            const Seen& s = seen_.at(what);
            const std::string count = s.count > 1 ? " (" + std::to_string(s.count) + " " + unit_ + " in all)" : "";
            problems.add("row " + std::to_string(s.first_row) + ", " + what + count + ": " + s.advice);
        }
    }

private:
    struct Seen {
        std::size_t first_row = 0, count = 0;
        std::string advice;
    };
    std::string unit_;
    std::map<std::string, Seen> seen_;
    std::vector<std::string> order_;
};

// A header name that may identify someone (a file whose header row is a
// record) is not echoed.
bool concealed(const std::string& name) {
    return identifier_shape(name) || case_reference_shape(name) || has_control_character(name);
}

// Names (stages, attribute values) numbered by first appearance, with their
// ids; two different names that make the same id are a problem. Problems
// name rows, never the names: a value that cannot become an id, or that
// collides, may be a person's name or an identifier in a shape unknown here.
class NameTable {
public:
    NameTable(std::string article, std::string what) : article_(std::move(article)), what_(std::move(what)) {}
    std::optional<std::uint32_t> find_or_add(const std::string& name, std::size_t row, const std::string& column,
                                             ProblemList& problems) {
        if (auto it = by_name_.find(name); it != by_name_.end()) return it->second;
        const std::string id = id_from_name(name);
        if (id.empty()) {
            problems.add(place(row, column) + "the value cannot become " + article_ + " " + what_ +
                         " id: ids are made of Latin letters and digits (a-z, 0-9), and it has none");
            return std::nullopt;
        }
        if (auto it = by_id_.find(id); it != by_id_.end()) {
            problems.add(place(row, column) + "the value and the one in row " + std::to_string(rows_[it->second]) +
                         " differ but become the same " + what_ +
                         " id: write them the same way, or make them differ in letters or digits");
            return std::nullopt;
        }
        const auto index = static_cast<std::uint32_t>(ids.size());
        by_name_.emplace(name, index);
        by_id_.emplace(id, index);
        ids.push_back(id);
        names.push_back(name);
        rows_.push_back(row);
        return index;
    }
    std::vector<std::string> ids, names;

private:
    std::string article_, what_;
    std::map<std::string, std::uint32_t> by_name_, by_id_;
    std::vector<std::size_t> rows_;  // where each name is first written
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

bool required_column(const std::string& key) { return key == "case_id" || key == "stage" || key == "date"; }

constexpr const char* no_identifiers_advice =
    "remove the column: calibration needs no identifiers, and what it reads can reach a published model";
constexpr const char* control_advice = "remove the control characters (such as NUL or line breaks) from the field";
constexpr const char* swapped_advice =
    "the stage column must name stages, with no identifiers in them: are the column headers swapped?";

class CaseRecordReader {
public:
    explicit CaseRecordReader(const CaseRecordOptions& options) : declared_(options.attributes) {}

    CaseRecords read(const std::vector<CsvRecord>& records) {
        if (records.empty()) {
            problems_.add("row 1: the file is empty; it needs a header naming case_id, stage and date");
            problems_.throw_if_any();
        }
        read_header(records.front());
        scan_identifiers(records);
        problems_.throw_if_any();
        survey(records);
        if (records.size() == 1) problems_.add("row 2: no case records after the header");
        for (std::size_t i = 1; i < records.size(); ++i) read_row(records[i]);
        references_.report(problems_);
        problems_.throw_if_any();
        check_stage_column(records.size() - 1);
        problems_.throw_if_any();
        out_.stage_ids = stages_.ids;
        out_.stage_labels = stages_.names;
        for (std::size_t a = 0; a < out_.attributes.size(); ++a) out_.attributes[a].values = values_[a].ids;
        return std::move(out_);
    }

private:
    // Throws when a required column is missing: the other columns cannot be
    // told apart then, and the first row may be data, so no name is echoed.
    void read_header(const CsvRecord& header) {
        std::map<std::string, std::size_t> required;
        columns_.count = header.fields.size();
        for (std::size_t c = 0; c < header.fields.size(); ++c) {
            const std::string key = lowercase(trimmed(header.fields[c]));
            if (required_column(key) && !required.emplace(key, c).second)
                problems_.add(place(1, "") + "the column " + key + " appears twice");
        }
        std::string missing;
        for (const char* name : {"case_id", "stage", "date"}) {
            if (!required.count(name)) missing += (missing.empty() ? "" : ", ") + std::string(name);
        }
        if (!missing.empty()) {
            problems_.add(place(1, "") + "missing column(s) " + missing +
                          " (the header must name case_id, stage and date)");
        }
        problems_.throw_if_any();
        columns_.case_id = required["case_id"];
        columns_.stage = required["stage"];
        columns_.date = required["date"];
        for (std::size_t c = 0; c < header.fields.size(); ++c) labels_.push_back(column_label(header, c));
        read_attribute_columns(header);
    }

    // A header name is shown unless it has an identifier's shape (a file
    // whose header row is itself a record).
    static std::string column_label(const CsvRecord& header, std::size_t c) {
        const std::string name = trimmed(header.fields[c]);
        if (name.empty() || concealed(name)) return std::to_string(c + 1);
        return required_column(lowercase(name)) ? lowercase(name) : name;
    }

    std::string label(std::size_t c) const {
        return "column " + (c < labels_.size() ? labels_[c] : std::to_string(c + 1));
    }

    // Only declared columns become attributes; any other is refused by name,
    // as a column nobody declared may hold personal data.
    void read_attribute_columns(const CsvRecord& header) {
        std::set<std::string> declared, found;
        for (const std::string& a : declared_) {
            const std::string key = lowercase(trimmed(a));
            if (required_column(key)) {
                problems_.add("--attributes: " + key + " is a required column, not an attribute");
            } else if (!key.empty()) {
                declared.insert(key);
            }
        }
        NameTable attribute_names("an", "attribute");
        for (std::size_t c = 0; c < header.fields.size(); ++c) {
            const std::string name = trimmed(header.fields[c]), key = lowercase(name);
            if (c == columns_.case_id || c == columns_.stage || c == columns_.date) continue;
            if (!declared.count(key)) {
                problems_.add(place(1, labels_[c]) +
                              "not a declared attribute: remove the column, or declare it with --attributes if it "
                              "describes households without identifying anyone");
                continue;
            }
            if (!found.insert(key).second) {
                problems_.add(place(1, labels_[c]) + "the column appears twice");
            } else if (attribute_names.find_or_add(name, 1, labels_[c], problems_)) {
                columns_.attributes.push_back(c);
            }
        }
        for (const std::string& key : declared) {
            if (!found.count(key)) problems_.add("--attributes: " + key + " is not a column of the file");
        }
        for (const std::string& id : attribute_names.ids) out_.attributes.push_back({id, {}});
        values_.assign(out_.attributes.size(), NameTable("a", "value"));
    }

    // Every column but case_id, whose values only group rows and are never
    // kept: undeclared columns too, so that the message says what they hold.
    // Control characters in any column, case_id too.
    void scan_identifiers(const std::vector<CsvRecord>& records) {
        FindingTally found("rows");
        for (std::size_t i = 1; i < records.size(); ++i) {
            const CsvRecord& r = records[i];
            for (std::size_t c = 0; c < r.fields.size(); ++c) {
                if (has_control_character(r.fields[c])) {
                    found.add(label(c) + ": control characters", r.row, control_advice);
                    continue;
                }
                const std::optional<IdentifierKind> kind =
                    scanned(c, r.fields[c]) ? identifier_shape(r.fields[c]) : std::nullopt;
                if (!kind) continue;
                const bool named = c == columns_.stage || c == columns_.date;
                found.add(label(c) + ": " + std::string(identifier_kind_name(*kind)), r.row,
                          named ? swapped_advice : no_identifiers_advice);
            }
        }
        found.report(problems_);
    }

    // A date never reaches the model: a day number with many decimals
    // ("412.0416666667") is read as one, and a date with a time after it
    // ("2025-01-02 10:30", whose digits run to ten) left for read_date to
    // refuse as such.
    bool scanned(std::size_t column, const std::string& field) const {
        if (column == columns_.case_id) return false;
        if (column != columns_.date) return true;
        const std::string text = trimmed(field);
        return !parse_iso_date(text.substr(0, 10)) && !parse_day_number(text);
    }

    // Before any stage is named or fitted: the case identifiers, to keep them
    // out of stages and values, and the number of distinct stages, to refuse
    // a column of identifiers or free text at once rather than after minutes.
    void survey(const std::vector<CsvRecord>& records) {
        std::unordered_set<std::string> stages;
        for (std::size_t i = 1; i < records.size(); ++i) {
            const CsvRecord& r = records[i];
            if (r.fields.size() != columns_.count) continue;
            case_ids_.insert(identifier_key(r.fields[columns_.case_id]));
            if (stages.size() <= max_calibrated_stages) stages.insert(trimmed(r.fields[columns_.stage]));
        }
        case_ids_.erase(std::u32string());
        if (stages.size() <= max_calibrated_stages) return;
        problems_.add("column stage: more than " + std::to_string(max_calibrated_stages) +
                      " distinct stages, the most calibration accepts (a pathway has tens): the column holds "
                      "identifiers or free text, or the column headers are swapped");
        problems_.throw_if_any();
    }

    void read_row(const CsvRecord& r) {
        if (r.fields.size() != columns_.count) {
            problems_.add(place(r.row, "") + "has " + std::to_string(r.fields.size()) + " fields, the header has " +
                          std::to_string(columns_.count));
            return;
        }
        const std::string case_id = trimmed(r.fields[columns_.case_id]);
        if (case_id.empty()) problems_.add(place(r.row, "case_id") + "empty");
        std::optional<std::uint32_t> stage = read_stage(r);
        std::optional<Days> day = read_date(r);
        if (case_id.empty() || !stage || !day) return;
        auto [it, added] = case_of_id_.emplace(case_id, static_cast<std::uint32_t>(out_.cases.size()));
        if (added) {
            out_.cases.push_back({{}, read_values(r)});
            last_rows_.push_back(r.row);
        }
        CaseHistory& history = out_.cases[it->second];
        // The dates are not shown: they are the case's own.
        if (!history.visits.empty() && *day < history.visits.back().day) {
            problems_.add(place(r.row, "date") + "date goes backwards for this case (earlier than its row " +
                          std::to_string(last_rows_[it->second]) + "): list each case's rows in date order");
            return;
        }
        last_rows_[it->second] = r.row;
        history.visits.push_back({*stage, *day});
        extend_dates(*day);
    }

    bool is_case_id(std::string_view text) const {
        return could_be_case_identifier(text) && case_ids_.count(identifier_key(text)) > 0;
    }

    // A case's identifier as the whole value, or as a word or two of it ("re case 00003").
    bool names_a_case(const std::string& value) const {
        if (is_case_id(value)) return true;
        std::vector<std::string_view> words;
        for (std::size_t at = 0; at < value.size();) {
            const std::size_t end = std::min(value.find(' ', at), value.size());
            if (end > at) words.emplace_back(value.data() + at, end - at);
            at = end + 1;
        }
        for (std::size_t w = 0; w < words.size(); ++w) {
            if (is_case_id(words[w])) return true;
            if (w + 1 < words.size() &&
                is_case_id(
                    std::string_view(words[w].data(), words[w + 1].data() + words[w + 1].size() - words[w].data())))
                return true;
        }
        return false;
    }

    std::optional<std::uint32_t> read_stage(const CsvRecord& r) {
        const std::string name = trimmed(r.fields[columns_.stage]);
        if (name.empty()) {
            problems_.add(place(r.row, "stage") + "empty");
            return std::nullopt;
        }
        if (names_a_case(name)) {
            references_.add("column stage: case identifiers", r.row, swapped_advice);
            return std::nullopt;
        }
        const std::optional<std::uint32_t> index = stages_.find_or_add(name, r.row, "stage", problems_);
        if (index && *index == stage_first_rows_.size()) stage_first_rows_.push_back(r.row);
        return index;
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

    std::vector<std::uint32_t> read_values(const CsvRecord& r) {
        std::vector<std::uint32_t> values;
        for (std::size_t a = 0; a < columns_.attributes.size(); ++a) {
            const std::size_t c = columns_.attributes[a];
            std::string v = trimmed(r.fields[c]);
            v = v.empty() ? "unknown" : v;
            if (names_a_case(v)) {
                references_.add(label(c) + ": case identifiers", r.row, no_identifiers_advice);
                values.push_back(0);
                continue;
            }
            values.push_back(values_[a].find_or_add(v, r.row, labels_[c], problems_).value_or(0));
        }
        return values;
    }

    // Stages are entered by many cases; a column of references is not.
    void check_stage_column(std::size_t rows) {
        const std::size_t distinct = stages_.ids.size(), cases = out_.cases.size();
        if (stage_column_holds_references(distinct, cases, rows)) {
            problems_.add("column stage: " + std::to_string(distinct) + " distinct values for " +
                          std::to_string(cases) + " cases in " + std::to_string(rows) +
                          " rows, too many for stages: " + swapped_advice);
            return;
        }
        std::vector<std::size_t> entering(distinct, 0), last_case(distinct, cases);
        for (std::size_t k = 0; k < cases; ++k) {
            for (const CaseVisit& v : out_.cases[k].visits) {
                if (last_case[v.stage] != k) ++entering[v.stage];
                last_case[v.stage] = k;
            }
        }
        FindingTally lone("values");
        for (std::size_t s = 0; s < distinct; ++s) {
            if (!lone_case_reference(stages_.names[s], entering[s], cases)) continue;
            lone.add("column stage: a value shaped like a case reference (letters with three or more digits) "
                     "that only one case enters",
                     stage_first_rows_[s], "name stages in words, or remove references from the stage column");
        }
        lone.report(problems_);
    }

    void extend_dates(Days day) {
        out_.first_day = any_date_ ? std::min(out_.first_day, day) : day;
        out_.last_day = any_date_ ? std::max(out_.last_day, day) : day;
        any_date_ = true;
    }

    CaseRecords out_;
    Columns columns_;
    ProblemList problems_;
    FindingTally references_{"rows"};
    NameTable stages_{"a", "stage"};
    std::vector<NameTable> values_;
    std::vector<std::string> declared_, labels_;
    std::vector<std::size_t> stage_first_rows_;
    std::vector<std::size_t> last_rows_;           // each case's latest row read
    std::unordered_set<std::u32string> case_ids_;  // identifier_key of each
    std::unordered_map<std::string, std::uint32_t> case_of_id_;
    std::optional<std::size_t> first_date_row_;
    bool any_date_ = false;
};

}  // namespace

CaseRecords read_case_records(const std::string& text, const CaseRecordOptions& options) {
    if (utf16_text(text)) throw CaseRecordProblems{{"the file is UTF-16: save it as UTF-8"}};
    std::vector<CsvRecord> records = parse_csv(text);
    std::optional<std::string> encoding = decode_fields(records);
    CaseRecords out = CaseRecordReader(options).read(records);
    if (encoding) out.warnings.push_back(*encoding);
    return out;
}

}  // namespace pathways
