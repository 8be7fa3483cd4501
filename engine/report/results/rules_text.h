#pragma once
// Journey rules (format 1.2) in words, the same in the terminal, the
// report, `validate --rules` and the warnings of simulate, gaps and serve.
#include <string>
#include <vector>

#include "results/rule_result.h"

namespace pathways {

// "3 rules checked, all held".
std::string rules_all_held(std::size_t rules);
// "3 rules checked, 1 broken".
std::string rules_checked(const std::vector<RuleResult>& rules);
// "broken by 4.2 journeys per replication (95% interval 3.1-5.3)".
std::string rule_broken_by(const RuleResult& rule);
// The first violating journey, one stage a line:
// "replication 1, person 12:" then "  day 0-28: move_on (moved_on)" ...
std::vector<std::string> rule_trace_lines(const RuleViolation& first);
// One warning line per broken rule: "rule relief_too_soon (Relief only once homeless) broken by ...".
std::vector<std::string> broken_rule_warnings(const std::vector<RuleResult>& rules);

}  // namespace pathways
