// Case records through calibration: any bytes are refused with problems
// (CaseRecordProblems) or give a model document that serialises and loads.
#include <cstddef>
#include <cstdint>
#include <string>

#include "format/load.h"
#include "report/results/calibrate_document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const pathways::CaseRecords records = pathways::read_case_records(text);
        const pathways::Calibration calibration = pathways::calibrate(records);
        const pathways::Json document = pathways::calibration_document(calibration, "fuzz.csv");
        (void)document.dump(2);
        (void)pathways::load_model_document(document, "calibrated model");
    } catch (const pathways::CaseRecordProblems&) {
        // refused with row-and-column problems: the expected answer to bad input
    }
    return 0;
}
