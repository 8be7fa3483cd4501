#pragma once
// Levers (format 1.2): reading their definitions from a model document,
// checking the values a scenario or a request gives them, and applying those
// values to the document (base model and regimes) through model_paths.h.
#include <string>
#include <utility>
#include <vector>

#include "format/json_reader.h"
#include "format/load.h"
#include "model/levers.h"

namespace pathways {

// A lever's value as a scenario gives it: the lever's id, the value, and
// where the value was written (file and pointer) for problems about it.
struct LeverValue {
    std::string id;
    double value = 0;
    std::string file, pointer;
};

// The `levers` section at pointer, checked against the document (which must
// be the model before any lever is applied): every problem is reported
// through `in` with its pointer.
std::vector<Lever> read_lever_definitions(Reader& in, const Json& document, const Json& value,
                                          const std::string& pointer);

// Reports (as errors in their own files) values for levers the model does
// not have and values outside their lever's range. True when all are good.
bool check_lever_values(const std::vector<Lever>& levers, const std::vector<LeverValue>& values,
                        std::vector<Diagnostic>& out);

// The document with the levers given values applied, in the order the model
// declares them (a value given twice: the later counts), to the base model
// and to every regime that sets the same figure. A lever at its default
// changes nothing. Values must be checked.
Json apply_levers(const Json& document, const std::vector<Lever>& levers, const std::vector<LeverValue>& values);

// What a lever's value puts at one share or figure, from the figure's
// value before the lever: the value, or the figure times value / default.
double lever_target(const Lever& lever, const LeverDrive& drive, double figure, double value);

}  // namespace pathways
