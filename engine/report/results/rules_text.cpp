#include "report/results/rules_text.h"

#include <algorithm>

#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways {

namespace {

std::string rules_word(std::size_t n) { return std::to_string(n) + (n == 1 ? " rule checked" : " rules checked"); }

// Days as a trace shows them: to two decimals, so that a stay of hours still shows.
std::string trace_day(double d) { return text::trimmed(d, 2); }

}  // namespace

std::string rules_all_held(std::size_t rules) { return rules_word(rules) + ", all held"; }

std::string rules_checked(const std::vector<RuleResult>& rules) {
    std::size_t broken = 0;
    for (const RuleResult& r : rules) broken += r.held() ? 0 : 1;
    if (broken == 0) return rules_all_held(rules.size());
    return rules_word(rules.size()) + ", " + std::to_string(broken) + " broken";
}

std::string rule_broken_by(const RuleResult& rule) {
    const Stat& v = rule.violating;
    return "broken by " + text::counted(text::trimmed(v.mean, 2), "journey", "journeys") +
           " per replication (95% interval " + text::trimmed(std::max(0.0, v.lo), 2) + "-" + text::trimmed(v.hi, 2) +
           ")";
}

std::vector<std::string> rule_trace_lines(const RuleViolation& first) {
    std::vector<std::string> lines = {"first violating journey: replication " + std::to_string(first.replication) +
                                      ", person " + std::to_string(first.person) + ":"};
    for (const JourneyStep& s : first.journey) {
        std::string line = "  day " + trace_day(s.entered);
        if (s.how != "outcome") line.append("-").append(trace_day(s.left));
        line.append(": ").append(one_line(s.stage)).append(" (").append(s.how).append(")");
        lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<std::string> broken_rule_warnings(const std::vector<RuleResult>& rules) {
    std::vector<std::string> out;
    for (const RuleResult& r : rules) {
        if (r.held()) continue;
        std::string line = "rule " + r.id + " (" + one_line(r.label) + ") ";
        line.append(rule_broken_by(r)).append("; 'pathways validate --rules' shows the first such journey");
        out.push_back(std::move(line));
    }
    return out;
}

}  // namespace pathways
