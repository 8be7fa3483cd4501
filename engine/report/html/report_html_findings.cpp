// The summary's findings and recommendations, generated from the gaps, the
// model's groups and the what-ifs: nothing here is written for one model.
#include "report/html/report_html_findings.h"

#include <cctype>

#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways::report {

namespace {

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

std::string group_named(const ReportInput& in, const findings::Loss& loss) {
    std::string out;
    for (const findings::NamedGroup& n : loss.nearly_all) {
        if (in.hidden->hides(published::gap_group(*loss.gap, n.by, n.value))) continue;
        for (const GapBreakdown& b : loss.gap->breakdowns) {
            for (const GapGroup& g : b.groups) {
                if (b.by == n.by && g.value == n.value) out += (out.empty() ? "" : "; ") + value_words(b, g);
            }
        }
    }
    return out;
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

// "between day 30 and day 69 after arriving (about a tenth of them around day 30)"
std::string window(const findings::Window& w) {
    std::string out = "between day ";
    out.append(days_number(w.from_day)).append(" and day ").append(days_number(w.to_day)).append(" after arriving");
    std::vector<std::string> cliffs;
    for (const findings::Cliff& c : w.cliffs) {
        std::string cliff = text::fraction_words(c.share);
        cliffs.push_back(cliff.append(" of them around day ").append(days_number(c.day)));
    }
    if (!cliffs.empty()) out.append(" (").append(listed(cliffs)).append(")");
    return out;
}

// A hidden count hides when it happened too: the timing of a few households describes them.
std::string window_words(const ReportInput& in, const findings::Loss& loss) {
    if (in.hidden->hides(published::gap(*loss.gap))) return "at a time suppressed to protect privacy";
    return window(loss.window);
}

std::string support_words(const Gap& g) { return g.unsupported() ? "no support at this stage" : listed(g.support); }

}  // namespace

std::string short_label(const std::string& label) {
    const std::size_t cut = label.find_first_of(",:;(");
    std::string out = label.substr(0, cut);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out.empty() ? label : out;
}

std::string finding_sentence(const ReportInput& in, const findings::Loss& loss) {
    const Gap& g = *loss.gap;
    const std::string group = group_named(in, loss);
    const std::string who = group.empty() ? "" : ", nearly all of them in this group: " + group;
    return "At \xE2\x80\x9C" + g.label + "\xE2\x80\x9D, households " + gap_kind_words(g) + ", " +
           window_words(in, loss) + ": " + gap_a_year(in, g) + who + ". Support there today: " + support_words(g) + ".";
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
std::string displaced(const ReportInput& in, const findings::Loss& loss) {
    std::vector<std::string> places;
    for (const Gap* g : loss.displaced) {
        const std::string at = " at \xE2\x80\x9C" + short_label(g->label) + "\xE2\x80\x9D";
        if (in.hidden->hides(published::gap_change(*g, *loss.best))) {
            places.push_back("some more" + at);
        } else {
            const double more = g->scenarios[*loss.best].people_change.mean;
            places.push_back("about " + text::unit_count(report::a_year(in.results.settings, more)) + " a year more" +
                             at);
        }
    }
    return places.empty() ? "" : " But it moves losses elsewhere: " + listed(places) + ".";
}

}  // namespace

std::string recommendation(const ReportInput& in, const findings::Recommendation& r) {
    const findings::Loss& loss = in.found->losses[r.loss];
    const Gap& g = *loss.gap;
    const std::string group = group_named(in, loss);
    std::string when = ", at a time suppressed to protect privacy";
    if (!in.hidden->hides(published::gap(g))) {
        when = ", from day ";
        when.append(days_number(loss.window.from_day)).append(" to day ").append(days_number(loss.window.to_day));
    }
    std::string out = "At \xE2\x80\x9C" + short_label(g.label) + "\xE2\x80\x9D" + when + ", for " +
                      (group.empty() ? "every group" : "this group: " + group) + " (" + gap_a_year(in, g) +
                      "), where today there is " + support_words(g) + ". ";
    if (!r.what_if) {
        return out + (in.comparison.empty() ? "No what-if was compared for it."
                                            : "None of the what-ifs compared lowers it clearly: support is needed "
                                              "here that no what-if yet tries.");
    }
    const std::string what_if = "\xE2\x80\x9C" + g.scenarios[*r.what_if].name + "\xE2\x80\x9D";
    out += "Of the what-ifs compared, " + what_if + " " + how_much_closed(in, g, *r.what_if) + ".";
    // A change the borough cannot make itself is one to press for, not one to do.
    if (!r.decided_by.empty())
        out += " It is " + article(r.decided_by) + " " + r.decided_by + " decision: press for it.";
    return out + displaced(in, loss);
}

}  // namespace pathways::report
