#pragma once
// Reading back an appraisal's appraisal.json (`pathways-appraisal/1`, written by
// `pathways appraise MODEL --out DIR`) from a folder given to `gaps --appraisal`,
// as much of it as the report shows. The file may have been edited by hand, so
// every field used is checked, and a file that does not hold together (an
// option naming an action it does not list, a budget's best that is no
// option) is refused with the pointer of what is wrong.
#include <stdexcept>

#include "findings/appraisal_digest.h"
#include "format/load.h"

namespace pathways {

struct BadAppraisal : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// Throws BadAppraisal, naming the pointer, when the document is not one.
AppraisalDigest read_appraisal_json(const Json& document);

}  // namespace pathways
