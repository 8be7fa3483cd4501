// The journey rules (format 1.2): what the model says must never happen, and
// whether any simulated journey did it. Placed first in the report, so that a
// reader meets a broken rule before any figure that rests on it.
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/results/rules_text.h"
#include "report/text/figures_text.h"

namespace pathways::report {

namespace {

std::string broken_rule_html(const RuleResult& rule) {
    std::string out = "<li><strong>" + html(rule.label) + "</strong> (rule <code>" + html(rule.id) +
                      "</code>): " + html(rule_broken_by(rule)) + ".";
    if (!rule.source.empty()) out += " Source: " + html(rule.source) + ".";
    if (rule.first) {
        const std::vector<std::string> lines = rule_trace_lines(*rule.first);
        out += "<br>" + html(text::capitalised(lines.front())) + "<ol class=\"rule-trace\">";
        for (std::size_t i = 1; i < lines.size(); ++i) out += "<li>" + html(lines[i].substr(2)) + "</li>";
        out += "</ol>";
    }
    return out + "</li>\n";
}

}  // namespace

std::string rules_section(const ReportInput& in) {
    const std::vector<RuleResult>& rules = in.results.rules;
    if (rules.empty()) return "";
    std::string body = paragraph(html(text::capitalised(rules_checked(rules))) +
                                 ". Each rule says what must never happen in a journey (the law, or the service's "
                                 "own rules); every simulated journey was checked against each.");
    std::string broken, held;
    for (const RuleResult& r : rules) {
        if (r.held())
            held += "<li>" + html(r.label) + " (<code>" + html(r.id) + "</code>)</li>\n";
        else
            broken += broken_rule_html(r);
    }
    if (!broken.empty())
        body += paragraph("These rules were broken: the model lets some journeys do what the rule forbids, so the "
                          "figures that rest on those journeys need correcting first. The first such journey is "
                          "shown day by day (days from the start of the run; the person is known only by a number).") +
                "<ul class=\"rules-broken\">\n" + broken + "</ul>\n";
    // Rules that held are listed folded (closed on paper), so that a model with many rules
    // does not push the summary onto more pages; a broken rule is always shown in full.
    if (!held.empty())
        body += "<details class=\"rules-held\"><summary>These rules held</summary>\n<ul class=\"rules-held\">\n" +
                held + "</ul>\n</details>\n";
    return section("rules", "Journey rules", body);
}

}  // namespace pathways::report
