// The executive summary on the first two printed pages: the period and unit,
// the borough's own grants apart from arrivals from elsewhere, the biggest
// losses (each a place and a time), the what-ifs side by side, and
// recommendations. All of it is generated from the model and its results.
#include <algorithm>
#include <cmath>

#include "report/html/report_html_findings.h"
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"

namespace pathways::report {

namespace {

// A set of arrivals the summary shows, with the name of its counts in the suppression plan.
struct StreamTotals {
    std::string key;
    findings::ArrivalTotals counts;
};

std::string key_figure(const std::string& css, const std::string& figure, const std::string& words) {
    return "<li class=\"" + css + "\"><span class=\"figure\">" + html(figure) + "</span>" + html(words) + "</li>\n";
}

std::string kind_share(const ReportInput& in, const StreamTotals& t, OutcomeKind kind) {
    const double count = t.counts.of(kind);
    if (in.hidden->hides(published::arrivals_kind(t.key, outcome_kind_name(kind)))) return "suppressed";
    const double cohort = t.counts.cohort;
    return share_for(cohort > 0 ? count / cohort : 0, count, in.small);
}

// The count over the period decides whether it is hidden, as everywhere in the report.
std::string per_year(const ReportInput& in, const StreamTotals& t) {
    if (in.hidden->hides(t.key)) return in.hidden->hidden_text(t.key);
    return people_number(a_year(in.results.settings, t.counts.cohort));
}

std::string drop_off_names(const ReportInput& in) {
    std::string names;
    for (const auto& o : outcome_list(in.model)) {
        if (o.kind == "drop_off") names += (names.empty() ? "" : " or ") + o.label;
    }
    return names.empty() ? "no drop-off outcome in this model" : names;
}

// `whose`: the households the shares are of ("of the borough's own grants"), said with every share.
std::string key_figures(const ReportInput& in, const StreamTotals& t, const std::string& whose) {
    std::string out = "<ul class=\"key-figures\">\n";
    out += key_figure("", per_year(in, t), std::string(" ").append(text::unit_plural).append(" a year"));
    const std::string of = " " + whose;
    out += key_figure("good", kind_share(in, t, OutcomeKind::settled), of + " found a settled home");
    out +=
        key_figure("bad", kind_share(in, t, OutcomeKind::drop_off), of + " dropped off (" + drop_off_names(in) + ")");
    out +=
        key_figure("", kind_share(in, t, OutcomeKind::neutral), of + " made their own way or were referred elsewhere");
    return out + "</ul>\n";
}

// One line of shares for a set of households: "60 a year; 11% settled, 9% dropped off."
std::string shares_line(const ReportInput& in, const StreamTotals& t) {
    return per_year(in, t) + " a year; " + kind_share(in, t, OutcomeKind::settled) + " settled, " +
           kind_share(in, t, OutcomeKind::drop_off) + " dropped off.";
}

std::string others_line(const ReportInput& in) {
    const findings::Headline& h = in.found->headline;
    std::string out;
    for (const findings::OtherStream& o : h.others) {
        const ArrivalResult& a = *o.stream;
        out += "<li>" + html(a.label.empty() ? readable_id(a.id) : a.label) + ": " +
               html(shares_line(in, {published::stream(a.id), o.totals})) + "</li>\n";
    }
    if (out.empty()) return "";
    // The rest of the report (outcomes, gaps, the easy read) counts everyone: say so, with everyone's figures.
    out += "<li>" +
           html("Everyone together, as the rest of the report counts them: " +
                shares_line(in, {published::whole_cohort(), h.whole})) +
           "</li>\n";
    return "<p>Counted apart, because their journeys differ:</p>\n<ul>\n" + out + "</ul>\n";
}

// Format 1.2: what happens to people, as the model's headline measures count it, before any share.
// One line each, so that the summary keeps to its two printed pages.
std::string measures_part(const ReportInput& in) {
    std::string out;
    for (const MeasureResult& m : in.results.measures) {
        if (!m.headline) continue;
        const std::string key = published::measure(m.id);
        const std::string figure = in.hidden->hides(key)
                                       ? in.hidden->hidden_text(key)
                                       : people_number(m.figures[Metric::measure_per_year].mean) + " a year";
        const std::string label = m.label.empty() ? readable_id(m.id) : m.label;
        out += "<li class=\"" + std::string(m.higher_is_better ? "good" : "bad") + "\"><strong>" + html(figure) +
               "</strong>: " + html(label) + "</li>\n";
    }
    if (out.empty()) return "";
    return "<h3 id=\"summary-measures\">What happens to people: the headline measures</h3>\n<ul class=\"measures\">\n" +
           out + "</ul>\n";
}

std::string headline_part(const ReportInput& in) {
    const findings::Headline& h = in.found->headline;
    if (!h.split) return key_figures(in, {published::whole_cohort(), h.whole}, "of them");
    std::string streams;
    for (const ArrivalStream& a : in.model.arrivals) {
        if (a.headline) streams += (streams.empty() ? "" : "; ") + (a.label.empty() ? readable_id(a.id) : a.label);
    }
    return "<h3>The borough's own grants</h3>\n" + paragraph(html(streams) + ".") +
           key_figures(in, {published::headline_streams(), h.headline_streams}, "of the borough's own grants") +
           others_line(in);
}

std::string lead(const ReportInput& in) {
    std::string out =
        "This report follows the " + cohort_window(in.model, in.results.settings) + ". Every figure counts " +
        std::string(text::unit_plural) +
        "; figures a year are the period's count divided by its length. Day 0 is the day a household enters "
        "the pathway; a day window runs from the day 1 in 10 of those affected have met the loss to the day 9 "
        "in 10 have. The 95% intervals show only the simulation's chance at the model's central assumptions, not "
        "whether those assumptions are right.";
    std::string link;
    if (in.found->first_steps)
        link = " <a href=\"#what-first\">What to do first</a> weighs what the council could fund within each budget.";
    if (in.sensitivity)
        link += " <a href=\"#sensitivity\">How sure are we</a> shows how far the figures move when they change.";
    return "<p class=\"lead\">" + html(out) + link + "</p>\n";
}

std::string findings_part(const ReportInput& in, const std::vector<findings::Loss>& findings) {
    std::string out = "<h3 id=\"summary-findings\">Where households are lost</h3>\n";
    if (findings.empty())
        return out + paragraph("No household is lost in this model: nobody drops off or is moved on.");
    const bool unsupported =
        std::any_of(findings.begin(), findings.end(), [](const findings::Loss& f) { return f.gap->unsupported(); });
    out +=
        paragraph(html("The biggest losses, one place each" +
                       std::string(unsupported ? ", with the biggest where no support is offered at all" : "") + "."));
    out += "<ol class=\"findings\">\n";
    for (const findings::Loss& f : findings) out += "<li>" + html(finding_sentence(in, f)) + "</li>\n";
    return out + "</ol>\n";
}

std::string recommendations_part(const ReportInput& in) {
    if (in.found->recommendations.empty()) return "";
    std::string out = "<h3 id=\"summary-recommendations\">Recommendations</h3>\n<ol class=\"recommendations\">\n";
    for (const findings::Recommendation& r : in.found->recommendations)
        out += "<li>" + html(recommendation(in, r)) + "</li>\n";
    return out + "</ol>\n";
}

}  // namespace

std::string summary_section(const ReportInput& in) {
    std::string body = lead(in) + measures_part(in) + what_first_in_summary(in) + headline_part(in) +
                       findings_part(in, in.found->losses) + what_if_summary(in) + recommendations_part(in);
    if (in.small.active()) {
        body += paragraph(
            "<span class=\"note\">" +
            html("Counts under " + people_number(in.small.threshold()) + " show as \xE2\x80\x9C" + in.small.mask() +
                 "\xE2\x80\x9D, and some larger ones as \xE2\x80\x9Csuppressed\xE2\x80\x9D, so none "
                 "can be worked back: the figures are simulated, but a model calibrated from case records "
                 "could echo real people.") +
            "</span>");
    }
    return section("summary", "Summary", body);
}

}  // namespace pathways::report
