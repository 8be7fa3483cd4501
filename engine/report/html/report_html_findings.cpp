// The summary's findings and recommendations, generated from the gaps, the
// model's groups and the what-ifs: nothing here is written for one model.
#include "report/html/report_html_findings.h"

#include <cctype>
#include <cmath>
#include <stdexcept>

#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

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

bool yes_or_no(const std::string& value) {
    return value == "yes" || value == "no" || value == "true" || value == "false";
}

// A group in words: "single household" for a kind of thing, "priority need: no"
// for a yes-or-no attribute (the model's words, with spaces for underscores).
std::string value_words(const GapBreakdown& b, const GapGroup& g) {
    const std::string name = lower_first(breakdown_name(b));
    const std::string value = lower_first(readable_id(g.value));
    return yes_or_no(g.value) ? name + ": " + value : value + " " + name;
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
        // Streams are named in the gap's details; the summary already sets the borough's own grants apart.
        if (b.by == arrival_stream_breakdown) continue;
        const double total = total_of(b.groups);
        for (const GapGroup& g : b.groups) {
            if (!(total > 0) || g.people / total < named_group_share ||
                hidden.hides(published::gap_group(gap, b.by, g.value)))
                continue;
            out += (out.empty() ? "" : "; ") + value_words(b, g);
        }
    }
    return out;
}

namespace {

// The what-if that lowers the gap's count most, clear of noise; none: -1.
int best_what_if(const Gap& g) {
    int best = -1;
    double lowest = 0;
    for (std::size_t s = 0; s < g.scenarios.size(); ++s) {
        const Stat& change = g.scenarios[s].people_change;
        if (change.hi < 0 && change.mean < lowest) {
            lowest = change.mean;
            best = static_cast<int>(s);
        }
    }
    return best;
}

}  // namespace

bool is_loss(const Model& model, const Gap& g) {
    if (g.kind == GapKind::drop_off) return true;
    if (g.kind == GapKind::wait || !g.note.empty()) return false;  // a note: the count holds handovers
    if (!model.version_1_1()) return true;  // format 1: every move against one's will loses support
    return g.effect && *g.effect != MoveEffect::handover;
}

namespace {

// A loss where no support is offered at all is where support can most plainly
// be expanded: when none of the biggest losses is one, the biggest such loss
// takes the last place.
std::vector<Finding> with_unsupported_loss(const ReportInput& in, std::vector<Finding> findings) {
    const auto unsupported = [](const Finding& f) { return f.gap->unsupported(); };
    if (findings.empty() || std::any_of(findings.begin(), findings.end(), unsupported)) return findings;
    for (const Gap& g : in.gaps.gaps) {
        if (!g.unsupported() || !is_loss(in.model, g)) continue;
        findings.back() = Finding{&g, group_named(g, *in.hidden), best_what_if(g)};
        break;
    }
    return findings;
}

}  // namespace

std::vector<Finding> summary_findings(const ReportInput& in, std::size_t count) {
    std::vector<Finding> out;
    std::vector<std::string> stages;
    for (const Gap& g : in.gaps.gaps) {
        if (out.size() == count) break;
        if (!is_loss(in.model, g) || std::find(stages.begin(), stages.end(), g.stage) != stages.end()) continue;
        stages.push_back(g.stage);
        out.push_back(Finding{&g, group_named(g, *in.hidden), best_what_if(g)});
    }
    return with_unsupported_loss(in, std::move(out));
}

namespace {

// A count over the period as "about 55 a year"; the count over the period decides whether it is hidden.
std::string a_year(const ReportInput& in, double count) {
    if (in.small.hides(count)) return "fewer than " + in.small.mask().substr(1) + " over the period";
    return "about " + people_number(report::a_year(in.results.settings, count)) + " a year";
}

// A gap's count a year, unless the published folder hides it to protect another count.
std::string gap_a_year(const ReportInput& in, const Gap& g) {
    if (in.hidden->hides(published::gap(g)) && !in.hidden->small(published::gap(g)))
        return "a number suppressed to protect privacy";
    return a_year(in, g.people.mean);
}

// A hidden count hides when it happened too.
std::string window(const ReportInput& in, const Gap& g) {
    if (in.hidden->hides(published::gap(g))) return "at a time suppressed to protect privacy";
    return "between day " + days_number(g.days_p50.mean) + " and day " + days_number(g.days_p90.mean) +
           " after arriving";
}

std::string support_words(const Gap& g) { return g.unsupported() ? "no support at this stage" : listed(g.support); }

}  // namespace

std::string short_label(const std::string& label) {
    const std::size_t cut = label.find_first_of(",:;(");
    std::string out = label.substr(0, cut);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out.empty() ? label : out;
}

std::string finding_sentence(const ReportInput& in, const Finding& f) {
    const Gap& g = *f.gap;
    const std::string who = f.group.empty() ? "" : ", nearly all of them in this group: " + f.group;
    return "At \xE2\x80\x9C" + g.label + "\xE2\x80\x9D, households " + gap_kind_words(g) + ", " + window(in, g) + ": " +
           gap_a_year(in, g) + who + ". Support there today: " + support_words(g) + ".";
}

namespace {

// "a" or "an" before a word.
std::string article(const std::string& word) {
    return !word.empty() && std::string("AEIOUaeiou").find(word[0]) != std::string::npos ? "an" : "a";
}

// "closes about a third of it (about 18 of 55 households a year)", or less when the figures are hidden.
std::string how_much_closed(const ReportInput& in, const Gap& g, std::size_t scenario) {
    const GapScenarioChange& c = g.scenarios[scenario];
    if (in.hidden->hides(published::gap_change(g, scenario))) return "lowers it most (by a number too small to show)";
    const double closed = g.people.mean > 0 ? -c.people_change.mean / g.people.mean : 0;
    const RunSettings& settings = in.results.settings;
    return "closes " + text::fraction_words(closed) + " of it (about " +
           people_number(report::a_year(settings, -c.people_change.mean)) + " of " +
           text::unit_count(report::a_year(settings, g.people.mean)) + " a year)";
}

// Losses elsewhere the what-if clearly adds: "about 38 households a year more at “Prevention”".
std::string displaced(const ReportInput& in, const Gap& closed, std::size_t scenario) {
    std::vector<std::string> places;
    for (const Gap& g : in.gaps.gaps) {
        if (&g == &closed || !is_loss(in.model, g) || scenario >= g.scenarios.size()) continue;
        const GapScenarioChange& c = g.scenarios[scenario];
        if (!(c.people_change.lo > 0)) continue;
        if (in.hidden->hides(published::gap_change(g, scenario))) {
            places.push_back("some more at \xE2\x80\x9C" + short_label(g.label) + "\xE2\x80\x9D");
        } else {
            places.push_back("about " + text::unit_count(report::a_year(in.results.settings, c.people_change.mean)) +
                             " a year more at \xE2\x80\x9C" + short_label(g.label) + "\xE2\x80\x9D");
        }
    }
    if (places.empty()) return "";
    if (places.size() > 2) places.resize(2);  // the gaps come biggest first; two say enough
    return " But it moves losses elsewhere: " + listed(places) + ".";
}

}  // namespace

std::string recommendation(const ReportInput& in, const Finding& f) {
    const Gap& g = *f.gap;
    const std::string when = in.hidden->hides(published::gap(g)) ? ", at a time suppressed to protect privacy"
                                                                 : ", from day " + days_number(g.days_p50.mean) +
                                                                       " to day " + days_number(g.days_p90.mean);
    std::string out = "At \xE2\x80\x9C" + short_label(g.label) + "\xE2\x80\x9D" + when + ", for " +
                      (f.group.empty() ? "every group" : "this group: " + f.group) + " (" + gap_a_year(in, g) +
                      "), where today there is " + support_words(g) + ". ";
    if (f.best < 0) {
        return out + (in.comparison.empty() ? "No what-if was compared for it."
                                            : "None of the what-ifs compared lowers it clearly: support is needed "
                                              "here that no what-if yet tries.");
    }
    const std::size_t best = static_cast<std::size_t>(f.best);
    const GapScenarioChange& c = g.scenarios[best];
    const std::string decided_by = best < in.comparison.size() ? in.comparison[best].about.decided_by : "";
    const std::string what_if = "\xE2\x80\x9C" + c.name + "\xE2\x80\x9D";
    // A change the borough cannot make itself is one to press for, not one to do.
    out += decided_by.empty() ? "Of the what-ifs compared, " + what_if + " " + how_much_closed(in, g, best) + "."
                              : "Of the what-ifs compared, " + what_if + " " + how_much_closed(in, g, best) +
                                    ". It is " + article(decided_by) + " " + decided_by + " decision: press for it.";
    return out + displaced(in, g, best);
}

}  // namespace pathways::report
