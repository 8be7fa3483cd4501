// The plain-English summary at the top of the report: short sentences, every
// term defined, written for readers whose first language may not be English.
#include <algorithm>
#include <cmath>

#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"

namespace pathways::report {

namespace {

struct KindTotals {
    Stat share, count;
};

// Outcome shares summed by kind ("settled", "drop_off", "neutral"): means add exactly;
// the interval is that of the largest outcome, widened by the others' half-widths.
KindTotals totals_of(const ReportInput& in, const std::string& kind) {
    KindTotals t;
    for (const auto& o : outcome_list(in.model)) {
        if (o.kind != kind) continue;
        const Figures& f = outcome_figures(in, o.id);
        const Stat& share = f[Metric::outcome_share];
        const Stat& count = f[Metric::outcome_count];
        t.share.mean += share.mean;
        t.share.lo += share.lo;
        t.share.hi += share.hi;
        t.count.mean += count.mean;
        t.count.lo += count.lo;
        t.count.hi += count.hi;
    }
    return t;
}

std::string drop_off_names(const ReportInput& in) {
    std::string names;
    for (const auto& o : outcome_list(in.model)) {
        if (o.kind == "drop_off") names += (names.empty() ? "" : " or ") + o.label;
    }
    return names.empty() ? "a bad end" : names;
}

std::string key_figure(const std::string& css, const std::string& figure, const std::string& words) {
    return "<li class=\"" + css + "\"><span class=\"figure\">" + html(figure) + "</span>" + html(words) + "</li>\n";
}

// The widest 95% interval of an outcome share, in percentage points.
double widest_share_half_width(const ReportInput& in) {
    double widest = 0;
    for (const auto& o : outcome_list(in.model)) {
        widest = std::max(widest, outcome_figures(in, o.id)[Metric::outcome_share].half_width());
    }
    return widest * 100;
}

std::string precision_text(const ReportInput& in) {
    std::string runs = std::to_string(in.results.settings.replications);
    char points[32];
    std::snprintf(points, sizeof points, "%.1f", widest_share_half_width(in));
    return "How precise are these figures? The simulation ran the same pathway " + runs +
           " times with different "
           "chance events. Each figure is the average of those runs, and its 95% interval shows how much it could "
           "move by chance: the shares of people reaching each outcome are within about " +
           std::string(points) +
           " percentage points of the true figure for this model. The model itself rests on the sources and "
           "assumptions listed at the end; if those are wrong, the figures are wrong too.";
}

std::string glossary() {
    return "<h3>Words used in this report</h3>\n<dl class=\"glossary\">\n"
           "<dt>Cohort</dt><dd>Everyone who arrived in the pathway during the period the simulation follows.</dd>\n"
           "<dt>Stage</dt><dd>One step of the journey, for example housing casework or temporary accommodation.</dd>\n"
           "<dt>Settled</dt><dd>The journey ended in a home of one's own, such as a private or social tenancy.</dd>\n"
           "<dt>Drop off</dt><dd>The journey ended badly, for example in homelessness or sleeping rough.</dd>\n"
           "<dt>Give up waiting</dt><dd>A person left a queue before getting help (the model calls this a "
           "renege).</dd>\n"
           "<dt>Deadline</dt><dd>A fixed time limit, such as asylum support ending a number of days after a "
           "decision.</dd>\n"
           "<dt>Median</dt><dd>The middle value: half of the people took less time, half took more.</dd>\n"
           "<dt>95% interval</dt><dd>A range that very likely holds the true figure for this model. A narrow range "
           "means a precise figure.</dd>\n"
           "<dt>Scenario</dt><dd>A &quot;what if&quot; change to the pathway, run on the same simulated people.</dd>\n"
           "</dl>\n";
}

}  // namespace

std::string gap_sentence(const ReportInput& in, const Gap& g) {
    std::string who = in.small.hides(g.people) ? "Fewer than " + people_number(in.small.threshold()) + " people"
                                               : "About " + people_number(g.people.mean) + " people (" +
                                                     percent(g.share_of_cohort.mean) + " of everyone)";
    std::string sentence = who + " " + gap_kind_words(g);
    if (g.kind != GapKind::drop_off)
        sentence += " at";
    else
        sentence = who + " dropped off after";
    sentence += " \xE2\x80\x9C" + g.label + "\xE2\x80\x9D";
    if (g.kind == GapKind::wait && g.mean_wait_days) {
        sentence += ", for " + days_number(g.mean_wait_days->mean) + " days on average";
    } else {
        sentence += ", usually about " + days_number(g.days_p50.mean) + " days after arriving";
    }
    sentence += g.unsupported() ? ". No support is offered at this stage." : ".";
    if (!g.note.empty()) sentence += " " + g.note;
    return sentence;
}

std::string summary_section(const ReportInput& in) {
    const Stat cohort = in.results.whole[Metric::cohort_size];
    KindTotals settled = totals_of(in, "settled"), dropped = totals_of(in, "drop_off");
    Stat unfinished = in.results.whole[Metric::cohort_unfinished];
    double still = cohort.mean > 0 ? unfinished.mean / cohort.mean : 0;
    std::string body = "<p class=\"lead\">This report follows people through the housing pathway described by the "
                       "model \xE2\x80\x9C" +
                       html(in.model.name) + "\xE2\x80\x9D. ";
    if (!in.model.note.empty()) body += html(in.model.note) + " ";
    body += "It is a simulation: it shows what the model's figures imply, not a count of real people.</p>\n";
    body += "<ul class=\"key-figures\">\n" +
            key_figure("", people(cohort.mean, in.small), " people arrived in the period followed (the cohort)") +
            key_figure("good", share_for(settled.share.mean, settled.count.mean, in.small), " found a settled home") +
            key_figure("bad", share_for(dropped.share.mean, dropped.count.mean, in.small),
                       " dropped off (" + drop_off_names(in) + ")") +
            key_figure("", share_for(still, unfinished.mean, in.small), " were still in the pathway at the end") +
            "</ul>\n";
    body += "<h3>The biggest gaps</h3>\n";
    if (in.gaps.gaps.empty()) {
        body += paragraph("Nobody drops off, gives up or waits long in this model.");
    } else {
        body += "<ol>\n";
        for (const Gap& g : in.gaps.gaps) {
            if (g.rank > 3) break;
            body += "<li>" + html(gap_sentence(in, g)) + "</li>\n";
        }
        body += "</ol>\n";
    }
    if (in.small.active()) {
        body +=
            paragraph("To protect privacy, any number of people below " + html(people_number(in.small.threshold())) +
                      " is shown as \xE2\x80\x9C" + html(in.small.mask()) +
                      "\xE2\x80\x9D, and shares that would reveal "
                      "such a number are marked \xE2\x80\x9Csuppressed\xE2\x80\x9D.");
    }
    body += paragraph(html(precision_text(in))) + glossary();
    return section("summary", "Summary", body);
}

}  // namespace pathways::report
