// Case records through calibration: any bytes are refused with problems
// (CaseRecordProblems) or give a model document that serialises and loads.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "format/load.h"
#include "report/results/calibrate_document.h"

namespace {

// Every column of the header but the required ones is declared, so that
// attribute values are reached rather than refused at the header.
pathways::CaseRecordOptions declare_every_column(const std::string& text) {
    pathways::CaseRecordOptions options;
    const std::vector<pathways::CsvRecord> records = pathways::parse_csv(text);
    if (records.empty()) return options;
    for (const std::string& name : records.front().fields) {
        if (name != "case_id" && name != "stage" && name != "date") options.attributes.push_back(name);
    }
    return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const pathways::CaseRecords records = pathways::read_case_records(text, declare_every_column(text));
        const pathways::Calibration calibration = pathways::calibrate(records);
        const pathways::Json document = pathways::calibration_document(calibration, "fuzz.csv");
        (void)document.dump(2);
        (void)pathways::load_model_document(document, "calibrated model");
    } catch (const pathways::CaseRecordProblems&) {
        // refused with row-and-column problems: the expected answer to bad input
    }
    return 0;
}
