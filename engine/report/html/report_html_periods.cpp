// Sections: the headline figures year by year, the evidence by kind, and the
// words the report uses, defined from the model.
#include <algorithm>
#include <cmath>
#include <optional>

#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"

namespace pathways::report {

namespace {

// A row of the table: the model's calendar periods that make up one plan year.
struct Year {
    double from_day = 0, to_day = 0;        // of its first and last period
    std::optional<double> arrivals;         // everyone, by every stream; none when the results lack them
    std::map<std::string, double> by_kind;  // outcome counts by kind, everyone's
};

// The periods of the cohort window grouped into plan years: a year starts on
// the date the window opens and on each anniversary of it, and holds the
// periods that start inside it. Periods that cross a year's end stay whole,
// so a row's dates are those of its own periods, never a year assumed.
std::vector<std::vector<const PeriodResult*>> periods_by_year(const ReportInput& in) {
    std::vector<std::vector<const PeriodResult*>> years;
    double year_end = plan_year_end(in.model, in.results.settings.warmup_days);
    for (const PeriodResult& p : in.results.by_period) {
        if (p.to_day <= in.results.settings.warmup_days) continue;  // the warm-up
        if (years.empty() || p.from_day >= year_end) {
            years.emplace_back();
            while (year_end <= p.from_day) year_end = plan_year_end(in.model, year_end);
        }
        years.back().push_back(&p);
    }
    return years;
}

std::vector<Year> years_of(const ReportInput& in) {
    const auto outcomes = outcome_list(in.model);
    std::vector<Year> years;
    for (const auto& periods : periods_by_year(in)) {
        Year y;
        y.from_day = periods.front()->from_day;
        y.to_day = periods.back()->to_day;
        y.arrivals = 0.0;
        for (const PeriodResult* p : periods) {
            if (y.arrivals && p->arrivals)
                *y.arrivals += p->arrivals->mean;
            else
                y.arrivals.reset();
            for (std::size_t o = 0; o < outcomes.size() && o < p->outcomes.size(); ++o)
                y.by_kind[outcomes[o].kind] += p->outcomes[o][Metric::period_outcome_count].mean;
        }
        years.push_back(std::move(y));
    }
    return years;
}

}  // namespace

std::string periods_section(const ReportInput& in) {
    if (in.results.by_period.empty()) return "";
    const std::vector<Year> years = years_of(in);
    const bool arrivals = std::all_of(years.begin(), years.end(), [](const Year& y) { return y.arrivals.has_value(); });
    Table table{"Households each year, everyone in the pathway: those who arrived by any route, and those whose "
                "journeys ended",
                {"Year"},
                {}};
    if (arrivals) table.columns.push_back("Arrived");
    for (const char* column : {"Settled", "Dropped off", "Other ends"}) table.columns.push_back(column);
    for (const Year& y : years) {
        auto count = [&](double v) { return html(people(v, in.small)); };
        std::vector<std::string> row{html(days_span(in.model, y.from_day, y.to_day))};
        if (arrivals) row.push_back(count(*y.arrivals));
        for (const char* kind : {"settled", "drop_off", "neutral"})
            row.push_back(count(y.by_kind.count(kind) ? y.by_kind.at(kind) : 0.0));
        table.rows.push_back(std::move(row));
    }
    const RunSettings& run = in.results.settings;
    std::string body = paragraph(html(
        "Each row is a year of the plan from " + date_of_day(in.model, run.warmup_days) +
        ", dated by its first and last day. Arrived counts every household that came in that year by any route, in "
        "the cohort or not. A journey's end counts in the year it happens, so a year's endings include households "
        "who arrived earlier. " +
        who_is_counted(in.model, run, Counted::everyone)));
    return section("periods", "Year by year", body + table.html());
}

namespace {

// Every evidence item of the model's stages that is (or is not) what people told us.
std::string evidence_items(const ReportInput& in, bool told_by_people) {
    std::string out;
    for (const Stage& s : in.model.stages) {
        for (const Evidence& e : s.evidence) {
            if ((e.kind.empty() || e.told_by_people()) != told_by_people) continue;
            out += "<li><strong>" + html(stage_label(in.model, s.id)) + ":</strong> " + html(e.text) +
                   (e.source.empty() ? "" : " <span class=\"note\">(" + html(e.source) + ")</span>") + "</li>\n";
        }
    }
    return out.empty() ? "" : "<ul class=\"evidence\">\n" + out + "</ul>\n";
}

}  // namespace

std::string evidence_section(const ReportInput& in) {
    const std::string told = evidence_items(in, true), published = evidence_items(in, false);
    if (told.empty() && published.empty()) return "";
    std::string body = "<h3>What people told us</h3>\n" +
                       (told.empty() ? paragraph("No testimony from residents is recorded in this model yet.") : told);
    if (!published.empty())
        body += paragraph("Published evidence (statistics, law and practice, not what residents told us) is listed "
                          "stage by stage in the appendix.");
    return section("evidence", "Evidence", body);
}

std::string published_evidence_section(const ReportInput& in) {
    const std::string published = evidence_items(in, false);
    if (published.empty()) return "";
    return section("published-evidence", "Published evidence",
                   paragraph("Statistics, law and practice, as published; not what residents told us.") + published);
}

namespace {

std::string outcome_definitions(const Model& model) {
    std::string out;
    for (const char* kind : {"settled", "drop_off", "neutral"}) {
        std::string names;
        for (const auto& o : outcome_list(model)) {
            if (o.kind == kind) names += (names.empty() ? "" : "; ") + o.label;
        }
        if (names.empty()) continue;
        const std::string term = std::string(kind) == "settled"    ? "Settled"
                                 : std::string(kind) == "drop_off" ? "Drop-off"
                                                                   : "Other end";
        out += "<dt>" + term + "</dt><dd>In this model: " + html(names) + ".</dd>\n";
    }
    return out;
}

std::string deadline_definitions(const Model& model) {
    std::string out;
    for (const Deadline& d : model.deadlines) {
        out += "<dt>" + html(d.label.empty() ? readable_id(d.id) : d.label) +
               "</dt><dd>The clock starts at \xE2\x80\x9C" + html(stage_label(model, model.stages[d.starts_at].id)) +
               "\xE2\x80\x9D and runs about " + html(text::days_words(d.after.mean())) + ".";
        std::string effects;
        for (MoveEffect e : {MoveEffect::loses_accommodation, MoveEffect::loses_support, MoveEffect::handover}) {
            if (std::find(d.effect.begin(), d.effect.end(), e) == d.effect.end()) continue;
            effects += effects.empty() ? "" : "; ";
            effects += e == MoveEffect::loses_accommodation ? "some lose their accommodation"
                       : e == MoveEffect::loses_support     ? "some lose support"
                                                            : "some are handed over to the next duty with nothing lost";
        }
        if (!effects.empty()) out += html(" " + text::capitalised(std::move(effects)).append("."));
        out += "</dd>\n";
    }
    return out;
}

}  // namespace

std::string glossary_section(const ReportInput& in) {
    std::string body =
        "<dl class=\"glossary\">\n<dt>Household</dt><dd>What the model counts: a single adult or a family.</dd>\n" +
        outcome_definitions(in.model) + deadline_definitions(in.model) +
        "<dt>Handover</dt><dd>A deadline that passes a household to the next duty or service with "
        "nothing lost: never counted as a loss.</dd>\n"
        "<dt>Give up waiting</dt><dd>A household left a queue before getting help.</dd>\n"
        "<dt>95% interval</dt><dd>A range that very likely holds the true figure for this model; it "
        "shows chance, not whether the model's assumptions are right.</dd>\n"
        "<dt>What-if</dt><dd>A change to the pathway, run on the same simulated households.</dd>\n</dl>\n";
    return section("glossary", "Words used in this report", body);
}

}  // namespace pathways::report
