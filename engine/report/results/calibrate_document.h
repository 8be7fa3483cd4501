#pragma once
// A calibration written as a model document (format pathways/1), every
// estimated figure with its source ("calibrated from N cases in FILE") and
// each stage's note saying how its duration was chosen and what is rough.
#include <string>

#include "analysis/calibrate.h"
#include "format/load.h"

namespace pathways {

// `source_name` is the case-record file's base name.
Json calibration_document(const Calibration& calibration, const std::string& source_name);

}  // namespace pathways
