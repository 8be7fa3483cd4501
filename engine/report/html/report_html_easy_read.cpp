// The easy-read summary: short sentences and everyday words, for residents
// and ambassadors whose first language is not English. Generated from the
// same figures as the summary; stage names are cut to their first words.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "report/html/report_html_findings.h"
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"

namespace pathways::report {

namespace {

// 0.46 -> "about 5 in 10"; under 1 in 10: "fewer than 1 in 10".
std::string in_ten(double share) {
    const long tenths = std::lround(share * 10);
    if (tenths < 1) return "fewer than 1 in 10";
    return "about " + std::to_string(tenths) + " in 10";
}

double kind_share(const ReportInput& in, const std::string& kind) {
    double share = 0;
    for (const auto& o : outcome_list(in.model)) {
        if (o.kind == kind) share += outcome_figures(in, o.id)[Metric::outcome_share].mean;
    }
    return share;
}

std::string sentence_list(const std::vector<std::string>& sentences) {
    std::string out;
    for (const auto& s : sentences) out += "<p>" + html(s) + "</p>\n";
    return out;
}

std::vector<std::string> finding_sentences(const ReportInput& in, const findings::Loss& f, std::size_t n) {
    const Gap& g = *f.gap;
    std::vector<std::string> out = {
        "Problem " + std::to_string(n) + ": " + short_label(g.label) + ".",
        g.kind == GapKind::drop_off                   ? "Some homes end here. People lose touch."
        : g.effect == MoveEffect::loses_accommodation ? "Some people lose their home here."
                                                      : "Some people lose help here.",
        in.hidden->hides(published::gap(g))
            ? "How many and when are kept private, to protect the people counted."
            : "It is about day " + days_number(g.days_p50.mean) + " after their journey starts."};
    if (!in.hidden->hides(published::gap(g)))
        out.push_back("It is about " + people_number(a_year(in.results.settings, g.people.mean)) +
                      " households each year.");
    out.push_back(g.unsupported() ? "No one helps at this step today." : "Some help is there today.");
    if (!f.best) return out;
    const std::size_t best = *f.best;
    std::string help = "This could help: " + g.scenarios[best].name + ".";
    // A change the borough cannot make itself is one to ask for.
    if (best < in.comparison.size() && !in.comparison[best].about.decided_by.empty())
        help += " The " + in.comparison[best].about.decided_by + " decides this.";
    out.push_back(help);
    return out;
}

}  // namespace

std::string easy_read_section(const ReportInput& in) {
    const double years = cohort_years(in.results.settings);
    const double cohort = in.results.whole[Metric::cohort_size].mean;
    std::vector<std::string> about = {
        "This is a short and simple page about the report.",
        "We made a model on a computer. It shows how people move through help with housing.",
        "A household is one person on their own, or one family.",
        "We look at the time from " + month_of_day(in.model, in.results.settings.warmup_days) + " to " +
            month_of_day(in.model, in.results.settings.horizon_days - 1) + ".",
    };
    // The summary heads with the borough's own grants; this page, like the outcomes, counts everyone.
    const bool split = std::any_of(in.model.arrivals.begin(), in.model.arrivals.end(),
                                   [](const ArrivalStream& a) { return a.headline; });
    const std::string everyone = split ? " We count everyone, also people from other areas." : "";
    if (!in.small.hides(cohort))
        about.push_back("About " + people_number(years > 0 ? cohort / years : cohort) + " households start each year." +
                        everyone);
    about.push_back(text::capitalised(in_ten(kind_share(in, "settled"))) + " households find a place to live.");
    about.push_back(text::capitalised(in_ten(kind_share(in, "drop_off"))) +
                    " households lose touch and may have nowhere to live.");
    for (std::string& first : easy_read_first(in)) about.push_back(std::move(first));
    std::string body = sentence_list(about) + "<h3>The biggest problems</h3>\n";
    const std::vector<findings::Loss>& losses = in.found->losses;
    if (losses.empty()) body += sentence_list({"We found no big problem in this model."});
    for (std::size_t i = 0; i < losses.size(); ++i) body += sentence_list(finding_sentences(in, losses[i], i + 1));
    body += "<h3>Please remember</h3>\n" +
            sentence_list({"These numbers come from a model. They are not a count of real people.",
                           "They help us see where to give more help."});
    return "<section id=\"easy-read\" class=\"easy-read\" aria-labelledby=\"easy-read-heading\" lang=\"en\">\n"
           "<h2 id=\"easy-read-heading\">Easy read: the main points</h2>\n" +
           body + "</section>\n";
}

}  // namespace pathways::report
