// The summary's findings and recommendations, generated from the gaps, the
// model's groups and the what-ifs: nothing here is written for one model.
#include "report/html/report_html_findings.h"

#include <cctype>
#include <cmath>
#include <stdexcept>

#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"

namespace pathways::report {

namespace {

// Near-unanimity: a group is named when it makes up this share of those a gap touched.
constexpr double named_group_share = 0.95;

double total_of(const std::vector<GapGroup>& groups) {
    double sum = 0;
    for (const GapGroup& g : groups) sum += g.people;
    return sum;
}

std::string breakdown_name(const GapBreakdown& b) {
    return b.by == arrival_stream_breakdown ? "Arrival stream" : readable_id(b.by);
}

std::string group_words(const GapGroup& g) { return g.label.empty() ? readable_id(g.value) : g.label; }

std::string lower_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

}  // namespace

std::string group_breakdown(const Gap& gap, const SuppressionPlan& hidden) {
    std::string out;
    for (const GapBreakdown& b : gap.breakdowns) {
        const double total = total_of(b.groups);
        if (!(total > 0)) continue;
        std::string part;
        for (const GapGroup& g : b.groups) {
            if (g.people <= 0) continue;
            const std::string key = published::gap_group(gap, b.by, g.value);
            part += (part.empty() ? "" : ", ") + group_words(g) + " " +
                    (hidden.hides(key) ? hidden.hidden_text(key) : percent(g.people / total));
        }
        out += (out.empty() ? "" : "; ") + breakdown_name(b) + ": " + part;
    }
    return out;
}

std::string group_named(const Gap& gap, const SuppressionPlan& hidden) {
    std::string out;
    for (const GapBreakdown& b : gap.breakdowns) {
        const double total = total_of(b.groups);
        for (const GapGroup& g : b.groups) {
            if (!(total > 0) || g.people / total < named_group_share ||
                hidden.hides(published::gap_group(gap, b.by, g.value)))
                continue;
            const std::string words = b.by == arrival_stream_breakdown
                                          ? lower_first(group_words(g))
                                          : lower_first(breakdown_name(b)) + " " + lower_first(group_words(g));
            out += (out.empty() ? "" : ", ") + words;
        }
    }
    return out;
}

bool is_loss(const Model& model, const Gap& g) {
    if (g.kind == GapKind::drop_off) return true;
    if (g.kind == GapKind::wait || !g.note.empty()) return false;  // a note: the count holds handovers
    if (!model.version_1_1()) return true;  // format 1: every move against one's will loses support
    return g.effect && *g.effect != MoveEffect::handover;
}

std::vector<Finding> summary_findings(const ReportInput& in, std::size_t count) {
    std::vector<Finding> out;
    std::vector<std::string> stages;
    for (const Gap& g : in.gaps.gaps) {
        if (out.size() == count) break;
        if (!is_loss(in.model, g) || std::find(stages.begin(), stages.end(), g.stage) != stages.end()) continue;
        stages.push_back(g.stage);
        Finding f{&g, group_named(g, *in.hidden), -1};
        double lowest = 0;
        for (std::size_t s = 0; s < g.scenarios.size(); ++s) {
            const Stat& change = g.scenarios[s].people_change;
            if (change.hi < 0 && change.mean < lowest) {
                lowest = change.mean;
                f.best = static_cast<int>(s);
            }
        }
        out.push_back(f);
    }
    return out;
}

namespace {

std::string a_year(const ReportInput& in, double count) {
    const double years = cohort_years(in.results.settings);
    const double per_year = years > 0 ? count / years : count;
    if (in.small.hides(count) || in.small.hides(per_year)) return "fewer than " + in.small.mask().substr(1) + " a year";
    return "about " + people_number(per_year) + " a year";
}

// A gap's count a year, unless the published folder hides it to protect another count.
std::string gap_a_year(const ReportInput& in, const Gap& g) {
    if (in.hidden->hides(published::gap(g)) && !in.hidden->small(published::gap(g)))
        return "a number suppressed to protect privacy";
    return a_year(in, g.people.mean);
}

std::string window(const Gap& g) {
    return "between day " + days_number(g.days_p50.mean) + " and day " + days_number(g.days_p90.mean) +
           " after arriving (half by the first, 9 in 10 by the second)";
}

std::string support_words(const Gap& g) {
    if (g.unsupported()) return "no support at this stage";
    std::string out;
    for (std::size_t i = 0; i < g.support.size(); ++i) {
        out += (i == 0 ? "" : i + 1 == g.support.size() ? " and " : ", ") + g.support[i];
    }
    return out;
}

}  // namespace

std::string finding_sentence(const ReportInput& in, const Finding& f) {
    const Gap& g = *f.gap;
    const std::string who = f.group.empty() ? "" : ", nearly all of them " + f.group;
    return "At \xE2\x80\x9C" + g.label + "\xE2\x80\x9D, households " + gap_kind_words(g) + ", " + window(g) + ": " +
           gap_a_year(in, g) + who + ". Support there today: " + support_words(g) + ".";
}

std::string recommendation(const ReportInput& in, const Finding& f) {
    const Gap& g = *f.gap;
    std::string out = "Act at \xE2\x80\x9C" + g.label + "\xE2\x80\x9D from day " + days_number(g.days_p50.mean) +
                      " to day " + days_number(g.days_p90.mean) + ", for " +
                      (f.group.empty() ? "every group" : "households with " + f.group) + " (" + gap_a_year(in, g) +
                      "), where today there is " + support_words(g) + ". ";
    if (f.best < 0) {
        return out + (in.comparison.empty() ? "No what-if was compared for it."
                                            : "None of the what-ifs compared lowers it clearly: support is needed "
                                              "here that no what-if yet tries.");
    }
    const GapScenarioChange& c = g.scenarios[static_cast<std::size_t>(f.best)];
    const double closed = g.people.mean > 0 ? -c.people_change.mean / g.people.mean : 0;
    const bool hidden = in.hidden->hides(published::gap_change(g, static_cast<std::size_t>(f.best)));
    return out + "Of the what-ifs compared, \xE2\x80\x9C" + c.name + "\xE2\x80\x9D closes most of it" +
           (hidden ? "." : ": " + percent(closed) + " (" + a_year(in, -c.people_change.mean) + " fewer).");
}

}  // namespace pathways::report
