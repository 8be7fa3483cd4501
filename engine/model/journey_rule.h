#pragma once
// Journey rules (format 1.2): what must never happen in a person's journey,
// as the law or the service's own rules say. The engine checks each rule on
// every cohort journey (sim/rule_checker.h); a journey breaks a rule at most
// once, however often it does the forbidden thing.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/duration.h"

namespace pathways {

enum class RuleForm : std::uint8_t {
    // Entering one of `stages` needs an earlier visit to one of `visited` or an
    // earlier firing of one of `deadlines`.
    requires_earlier,
    // Entering one of `stages` after a visit to one of `visited`.
    forbids_earlier,
    // Time spent in one of `stages` after the clock of deadlines[0] has fired
    // (and has not been started again since).
    not_after_deadline,
    // Entering one of `stages` more than `within_days` after the most recent
    // earlier entry of one of `visited` (the `of_entering` stages), or with no
    // such entry at all.
    within_days,
};

struct JourneyRule {
    std::string id, label, source;
    RuleForm form = RuleForm::requires_earlier;
    std::vector<std::uint32_t> stages;     // `enter`, or `in` for not_after_deadline (stage indices)
    std::vector<std::uint32_t> visited;    // requires/forbids `visited`; within_days: `of_entering`
    std::vector<std::uint32_t> deadlines;  // requires `deadline_fired`, or the one `not_after_deadline`
    Days within_days = 0;
    // (attribute, value), all must hold, with the values the person has when
    // the rule is tested: on entering, those the stage's `sets` gives.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> when;
    std::vector<std::uint32_t> streams;  // arrival streams it applies to; empty: every stream
};

}  // namespace pathways
