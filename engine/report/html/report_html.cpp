#include "report/html/report_html.h"

#include <algorithm>

#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"

namespace pathways {

namespace report {

std::string Table::html() const {
    std::string out = "<div class=\"table-wrap\"><table>\n<caption>" + caption + "</caption>\n<thead><tr>";
    for (const auto& c : columns) out += "<th scope=\"col\">" + c + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
        out += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i) {
            out += i == 0 ? "<th scope=\"row\">" + row[i] + "</th>" : "<td>" + row[i] + "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table></div>\n";
}

std::string chart_figure(const std::string& id, const std::string& caption, const Json& spec, const Table& table) {
    return "<figure class=\"chart-figure\">\n<figcaption>" + caption + "</figcaption>\n<div class=\"chart\" id=\"" +
           id + "\" data-title=\"" + caption +
           "\"><p class=\"no-js\">The chart needs JavaScript; the figures are "
           "in the table below.</p></div>\n<script type=\"application/json\" data-chart=\"" +
           id + "\">" + script_json(spec) +
           "</script>\n<details class=\"chart-table\"><summary>Show the figures as a table</summary>\n" + table.html() +
           "</details>\n</figure>\n";
}

std::string section(const std::string& id, const std::string& heading, const std::string& body) {
    return "<section id=\"" + id + "\" aria-labelledby=\"" + id + "-heading\">\n<h2 id=\"" + id + "-heading\">" +
           heading + "</h2>\n" + body + "</section>\n";
}

std::string paragraph(const std::string& escaped) { return "<p>" + escaped + "</p>\n"; }

const Figures& outcome_figures(const ReportInput& in, const std::string& id) {
    static const Figures none;
    const OutcomeResult* o = in.results.outcome(id);
    return o ? o->figures : none;
}

std::string hidden_bars_caption(const ReportInput& in) {
    if (!in.small.active()) return "";
    return " (a figure hidden to protect privacy reads &ldquo;" + html(in.small.mask()) +
           "&rdquo; or &ldquo;suppressed&rdquo; where its bar would be: it is not zero)";
}

std::string stage_label(const Model& model, const std::string& id) {
    auto index = model.find_stage(id);
    if (index && !model.stages[*index].label.empty()) return model.stages[*index].label;
    return readable_id(id);
}

std::vector<OutcomeInfo> outcome_list(const Model& model) {
    std::vector<OutcomeInfo> out;
    for (const Stage& s : model.stages) {
        if (s.kind == StageKind::outcome) out.push_back({s.id, stage_label(model, s.id), outcome_kind_name(s.outcome)});
    }
    return out;
}

namespace {

std::string head(const ReportInput& in) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:\">\n"
           "<title>Gap analysis: " +
           html(in.model.name) + "</title>\n<style>\n" + report_css() + "</style>\n</head>\n";
}

// The contents also give the printed PDF its named places: each linked id
// becomes a destination, which is how a test finds the page the appendix starts on.
std::string contents(const ReportInput& in) {
    static const std::pair<const char*, const char*> items[] = {
        {"rules", "Journey rules"},
        {"summary", "Summary"},
        {"what-first", "What to do first"},
        {"easy-read", "Easy read"},
        {"outcomes", "Where households end up"},
        {"curves", "How long it takes"},
        {"by-attribute", "Who is affected"},
        {"periods", "Year by year"},
        {"occupancy", "Places over time"},
        {"gaps", "The gaps, ranked"},
        {"comparison", "What-if scenarios"},
        {"costs", "Costs"},
        {"evidence", "Evidence"},
        {"targets", "Checks against published figures"},
        {"appendix", "Appendix: the pathway diagram, words used, evidence, sources"},
        {"sensitivity", "Appendix: how sure are we"}};
    std::string out = "<nav aria-label=\"Contents\"><h2 class=\"nav-heading\">Contents</h2><ol>\n";
    for (const auto& [id, title] : items) {
        const std::string name = id;
        if (name == "sensitivity" && !in.sensitivity) continue;
        if (name == "what-first" && !in.found->first_steps) continue;
        if (name == "rules" && in.results.rules.empty()) continue;
        if (name == "periods" && in.results.by_period.empty()) continue;
        if (name == "costs" && costs_section(in).empty()) continue;
        if (name == "evidence" && evidence_section(in).empty()) continue;
        out += "<li><a href=\"#" + name + "\">" + title + "</a></li>\n";
    }
    return out + "</ol></nav>\n";
}

// The pathway diagram (a whole printed page, to be read on screen or enlarged),
// the words used, the sensitivity study's parameter tables, published evidence,
// sources and references: printed after the report proper and counted apart from it.
std::string appendix(const ReportInput& in) {
    return "<div class=\"appendix\" id=\"appendix\">\n<p class=\"appendix-title\">Appendix</p>\n" +
           diagram_section(in) + glossary_section(in) + sensitivity_section(in) + published_evidence_section(in) +
           sources_section(in) + "</div>\n";
}

// Every chart is drawn with Vega's expression interpreter (Vega's CSP-compliant
// mode), so that the page's policy needs no 'unsafe-eval'.
std::string libraries(const ChartLibrary& charts) {
    const std::string interpreted =
        "vegaEmbed = (function (embed) {\n"
        "  return Object.assign(function (el, spec, opt) {\n"
        "    return embed(el, spec, Object.assign({}, opt, { ast: true, expr: vega.expressionInterpreter }));\n"
        "  }, embed);\n"
        "})(vegaEmbed);\n";
    std::string out;
    for (const std::string* script :
         {&charts.vega, &charts.vega_lite, &charts.vega_embed, &charts.vega_interpreter, &interpreted})
        out += "<script>\n" + *script + "\n</script>\n";
    return out + "<script>\n" + report_bootstrap_js() + "</script>\n";
}

}  // namespace

}  // namespace report

std::string report_html(const ReportInput& given, const ChartLibrary& charts) {
    using namespace report;
    const SuppressionPlan own =
        given.hidden ? SuppressionPlan() : plan_suppression(given.results, given.gaps, given.comparison, given.small);
    const findings::Findings own_findings =
        given.found ? findings::Findings()
                    : findings::find(given.model, given.results, given.gaps, given.comparison, given.appraisal);
    ReportInput in = given;
    if (!in.hidden) in.hidden = &own;
    if (!in.found) in.found = &own_findings;
    std::string body = "<body>\n<header><p class=\"kicker\">Housing pathways: journey mapping and gap analysis</p>\n"
                       "<h1>" +
                       html(in.model.name) + "</h1></header>\n" + contents(in) + "<main>\n";
    for (auto part : {rules_section, summary_section, what_first_section, easy_read_section, outcomes_section,
                      curves_section, by_attribute_section, periods_section, occupancy_section, gaps_section,
                      comparison_section, costs_section, evidence_section, targets_section, appendix}) {
        body += part(in);
    }
    body += "</main>\n<footer><p>Made with Pathways " + html(PATHWAYS_VERSION) +
            ". Figures are from a simulation: they show what the model implies, not a count of real people.</p>"
            "</footer>\n";
    return head(in) + body + libraries(charts) + "</body>\n</html>\n";
}

OccupancySeries thin_occupancy(const Model& model, const Results& results, std::size_t max_points) {
    std::vector<std::pair<std::string, const std::vector<double>*>> daily;
    std::size_t days = 0;
    for (const StageResult& s : results.stages) {
        auto index = model.find_stage(s.id);
        if (!index || !model.stages[*index].waits() || s.daily_occupancy.empty()) continue;
        daily.emplace_back(s.id, &s.daily_occupancy);
        days = std::max(days, s.daily_occupancy.size());
    }
    const std::size_t step = std::max<std::size_t>(1, (days + max_points - 1) / std::max<std::size_t>(1, max_points));
    OccupancySeries out;
    for (std::size_t d = 0; d < days; d += step) out.days.push_back(d);
    for (const auto& [id, series] : daily) {
        std::vector<double> values;
        for (std::size_t d = 0; d < days; d += step) {
            std::size_t end = std::min(days, std::min(d + step, series->size()));
            double sum = 0;
            for (std::size_t k = d; k < end; ++k) sum += (*series)[k];
            values.push_back(end > d ? sum / static_cast<double>(end - d) : 0.0);
        }
        out.stages.emplace_back(id, std::move(values));
    }
    return out;
}

}  // namespace pathways
