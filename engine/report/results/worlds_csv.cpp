#include "report/results/worlds_csv.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "analysis/case_records_csv.h"
#include "report/results/csv.h"

namespace pathways {

namespace {

constexpr const char* world_column = "world";
constexpr const char* fingerprint_column = "uncertainty_sha256";

std::string row_name(std::size_t row) { return "row " + std::to_string(row); }

double number_in(const std::string& field, std::size_t row, const std::string& column) {
    char* end = nullptr;
    const double v = field.empty() ? NAN : std::strtod(field.c_str(), &end);
    if (field.empty() || end != field.c_str() + field.size() || !std::isfinite(v))
        throw WorldsFileProblem(row_name(row) + ", column " + column + ": not a number");
    return v;
}

// The prior range a value must lie in: multipliers for a `scale` parameter.
void check_in_prior(double v, const UncertainParameter& p, std::size_t row) {
    const double slack = 1e-9 * std::max(1.0, std::abs(p.high - p.low));
    if (v < p.low - slack || v > p.high + slack)
        throw WorldsFileProblem(row_name(row) + ", column " + p.id + ": outside the parameter's prior range");
}

void check_header(const std::vector<std::string>& header, const std::vector<UncertainParameter>& parameters) {
    if (header.size() < 2 || header[0] != world_column || header[1] != fingerprint_column)
        throw WorldsFileProblem(
            "not a worlds.csv written by `pathways calibrate MODEL.json --out DIR` (its header starts "
            "world,uncertainty_sha256)");
    const bool same = header.size() >= 2 + parameters.size() &&
                      std::equal(parameters.begin(), parameters.end(), header.begin() + 2,
                                 [](const UncertainParameter& p, const std::string& column) { return p.id == column; });
    if (!same)
        throw WorldsFileProblem(
            "these worlds are for another model: their columns name other uncertain parameters than this model's "
            "`uncertainty` section; calibrate this model to get its own");
}

}  // namespace

std::string worlds_csv(const WorldTable& table) {
    CsvWriter csv;
    std::vector<std::string> header{world_column, fingerprint_column};
    header.insert(header.end(), table.parameters.begin(), table.parameters.end());
    header.insert(header.end(), table.targets.begin(), table.targets.end());
    csv.row(header);
    for (std::size_t w = 0; w < table.values.size(); ++w) {
        std::vector<std::string> row{std::to_string(w + 1), table.uncertainty_sha256};
        for (double v : table.values[w]) row.push_back(csv_number(v));
        for (double v : table.simulated[w]) row.push_back(csv_number(v));
        csv.row(row);
    }
    return csv.str();
}

std::vector<std::vector<double>> read_worlds_csv(const std::string& text,
                                                 const std::vector<UncertainParameter>& parameters,
                                                 const std::string& sha256) {
    std::vector<CsvRecord> records;
    try {
        records = parse_csv(text);
    } catch (const CaseRecordProblems& p) {
        throw WorldsFileProblem("" + (p.problems.empty() ? std::string("not CSV") : p.problems.front()));
    }
    if (records.empty()) throw WorldsFileProblem("the file is empty");
    check_header(records.front().fields, parameters);
    if (records.size() < 2) throw WorldsFileProblem("the file holds no worlds (the calibration kept none)");
    std::vector<std::vector<double>> out;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records[r];
        if (record.fields.size() != records.front().fields.size())
            throw WorldsFileProblem(row_name(record.row) + ": has " + std::to_string(record.fields.size()) +
                                    " fields, the header " + std::to_string(records.front().fields.size()));
        if (record.fields[1] != sha256)
            throw WorldsFileProblem(
                row_name(record.row) +
                ": these worlds were calibrated for other uncertain parameters (the model's `uncertainty` section "
                "has changed since); calibrate the model again");
        std::vector<double> values;
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            values.push_back(number_in(record.fields[2 + i], record.row, parameters[i].id));
            check_in_prior(values.back(), parameters[i], record.row);
        }
        for (std::size_t c = 2 + parameters.size(); c < record.fields.size(); ++c)
            number_in(record.fields[c], record.row, records.front().fields[c]);
        out.push_back(std::move(values));
    }
    return out;
}

}  // namespace pathways
