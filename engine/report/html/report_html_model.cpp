// Sections about the model itself: the diagram, and the sources and
// assumptions behind every figure.
#include <algorithm>
#include <regex>

#include "report/diagram/diagram.h"
#include "report/html/report_html_parts.h"
#include "report/html/report_html_text.h"
#include "report/text/figures_text.h"

namespace pathways::report {

namespace {

// Graphviz SVG made fit to sit inside HTML: no XML prologue, doctype or
// comments, no namespace declarations (HTML supplies them), and no text a
// browser could read as an address.
std::string inline_svg(const std::string& svg) {
    std::size_t start = svg.find("<svg");
    std::string out = start == std::string::npos ? svg : svg.substr(start);
    out = std::regex_replace(out, std::regex("<!--[\\s\\S]*?-->"), "");
    out = std::regex_replace(out, std::regex(R"(\s+xmlns(:xlink)?="[^"]*")"), "");
    out = std::regex_replace(out, std::regex("//"), "&#47;&#47;");
    out = std::regex_replace(out, std::regex("(https?):", std::regex::icase), "$1&#58;");
    return out;
}

std::string diagram_svg(const ReportInput& in) {
    DiagramOptions options;
    options.title = in.model.name;
    options.overview = true;
    // With small numbers hidden the diagram goes without figures: its labels
    // would otherwise print every flow, however small.
    if (!in.small.active()) options.results = &in.results;
    return inline_svg(render_graphviz(pathway_dot(in.model, options), ImageFormat::svg));
}

std::string sources_list(const Sourcing& item) {
    std::string out;
    if (!item.source.empty()) out += "<li>Source: " + html(item.source) + "</li>";
    for (const auto& [key, value] : item.sources) out += "<li>" + html(readable_id(key)) + ": " + html(value) + "</li>";
    if (!item.note.empty()) out += "<li>Note: " + html(item.note) + "</li>";
    return out;
}

std::string stage_sources(const Stage& s) {
    return sources_list(Sourcing{s.source, s.note, {s.sources.begin(), s.sources.end()}});
}

std::string entry(const std::string& heading, const std::string& items) {
    return "<li><strong>" + heading + "</strong>" +
           (items.empty() ? " <span class=\"note\">(no source given)</span>" : "<ul>" + items + "</ul>") + "</li>\n";
}

// The full citation of every register entry the model's sources cite by [id].
std::string references_part(const std::vector<Citation>& citations) {
    if (citations.empty()) return "";
    std::string out = "<h3>References</h3>\n" +
                      paragraph("A source that names an entry in square brackets, such as [" +
                                html(citations.front().id) + "], cites the publication listed here under that name.") +
                      "<ul>\n";
    for (const Citation& c : citations) {
        out += "<li><strong>[" + html(c.id) + "]</strong> " + html(c.publisher) + ", \xE2\x80\x9C" + html(c.title) +
               "\xE2\x80\x9D (" + html(c.date) + "). " + html(c.figure) + " Confidence: " + html(c.confidence) + "." +
               (c.checked.empty() ? "" : " Checked on " + html(c.checked) + ".") +
               (c.url.empty() ? "" : " Address: " + html(c.url)) + "</li>\n";
    }
    return out + "</ul>\n";
}

// "“Relief duty”", or, when stages go to different places, each with where it is from.
std::string deadline_destinations(const Model& model, const Deadline& d) {
    auto quoted = [&](StageIndex s) {
        return "\xE2\x80\x9C" + html(stage_label(model, model.stages[s].id)) + "\xE2\x80\x9D";
    };
    const bool one =
        std::all_of(d.divert_to.begin(), d.divert_to.end(), [&](StageIndex s) { return s == d.divert_to.front(); });
    if (one) return d.divert_to.empty() ? std::string() : quoted(d.divert_to.front());
    std::string out;
    for (std::size_t i = 0; i < d.applies_to.size(); ++i) {
        out += (i == 0 ? "" : ", ") + quoted(d.divert_to[i]) + " from " + quoted(d.applies_to[i]);
    }
    return out;
}

// Said only for models that have them, so that other reports read as before.
std::string format_1_1_key(const Model& model) {
    std::string out;
    for (const Deadline& d : model.deadlines) {
        if (std::find(d.effect.begin(), d.effect.end(), MoveEffect::handover) != d.effect.end()) {
            out += " Solid blue arrows are people handed over by a deadline to the next duty or service, with "
                   "nothing lost.";
            break;
        }
    }
    if (std::any_of(model.stages.begin(), model.stages.end(), [](const Stage& s) { return s.held_in.has_value(); }))
        out += " A grey dashed line without an arrowhead joins a wait to the place people keep while waiting.";
    return out;
}

// "rules as checked on 2026-03-12": the latest day the register entries a regime cites
// were compared with their publications (ISO dates order as text), or "" when none says.
std::string checked_on(const Model& model, const Regime& r) {
    std::string latest;
    const std::string text = r.sourcing.source + " " + r.sourcing.note;
    for (const Citation& c : model.citations) {
        std::string tag = "[";
        tag.append(c.id).append("]");
        if (!c.checked.empty() && text.find(tag) != std::string::npos) latest = std::max(latest, c.checked);
    }
    if (latest.empty()) return "";
    std::string out = " (rules as checked on ";
    return out.append(latest).append(")");
}

// Dated rule changes, each with when it took effect and its sources.
std::string regimes_part(const ReportInput& in) {
    if (in.model.regimes.empty()) return "";
    std::string out = "<h3>Rules over time</h3>\n" +
                      paragraph("The rules changed on these dates; the model applies each from its date on.") +
                      "<ul>\n";
    for (const Regime& r : in.model.regimes) {
        out += entry(html(month_of_day(in.model, r.from) + ": " + (r.label.empty() ? readable_id(r.id) : r.label) +
                          checked_on(in.model, r)),
                     sources_list(r.sourcing));
    }
    return out + "</ul>\n";
}

}  // namespace

std::string diagram_section(const ReportInput& in) {
    std::string body = paragraph(
        "Each box is a stage of the journey; arrows show where people go next. Dotted arrows are people giving up "
        "waiting; dashed arrows are people moved on by a deadline." +
        format_1_1_key(in.model) + " Boxes at the bottom are where journeys end.");
    body += paragraph(in.small.active()
                          ? "Figures are left off the diagram in this report, because small numbers are hidden; "
                            "they are in the tables below."
                          : "Thicker arrows carry more people. Stages where many people drop off or wait a long time "
                            "are shaded darker.");
    return section("diagram", "The pathway",
                   body + "<figure class=\"diagram\" role=\"group\" aria-label=\"Diagram of the pathway\">" +
                       diagram_svg(in) +
                       "<figcaption>The pathway, from arrival to each outcome</figcaption></figure>\n");
}

std::string sources_section(const ReportInput& in) {
    std::string body = paragraph(
        "Every figure in the model comes from a published source or is an assumption. They are listed here so "
        "that anyone can check them, and correct them when better figures are known.");
    if (!in.model.source.empty() || !in.model.note.empty()) {
        body += "<ul>" +
                entry("The model as a whole",
                      (in.model.source.empty() ? "" : "<li>Source: " + html(in.model.source) + "</li>") +
                          (in.model.note.empty() ? "" : "<li>Note: " + html(in.model.note) + "</li>")) +
                "</ul>\n";
    }
    body += "<h3>Arrivals</h3>\n<ul>\n";
    for (const ArrivalStream& a : in.model.arrivals) {
        const std::string name = a.label.empty() ? readable_id(a.id) : a.label;
        std::string heading =
            html(name) + (a.in_cohort                                    ? ""
                          : name.find("background") != std::string::npos ? " (not in the cohort)"
                                                                         : " (background demand, not in the cohort)");
        body += entry(heading, sources_list(a.sourcing));
    }
    body += "</ul>\n<h3>Stages</h3>\n<ul>\n";
    for (const Stage& s : in.model.stages) body += entry(html(stage_label(in.model, s.id)), stage_sources(s));
    body += "</ul>\n";
    if (!in.model.deadlines.empty()) {
        body += "<h3>Deadlines</h3>\n<ul>\n";
        for (const Deadline& d : in.model.deadlines) {
            std::string what = html(d.label.empty() ? readable_id(d.id) : d.label) + ": from \xE2\x80\x9C" +
                               html(stage_label(in.model, in.model.stages[d.starts_at].id)) +
                               "\xE2\x80\x9D, after about " + html(text::days_words(d.after.mean())) + ", to " +
                               deadline_destinations(in.model, d);
            body += entry(what, sources_list(d.sourcing));
        }
        body += "</ul>\n";
    }
    body += regimes_part(in);
    body += references_part(in.model.citations);
    if (!in.results.manifest.command.empty()) {
        body += paragraph("<span class=\"note\">Produced by: " + html(in.results.manifest.command) + "</span>");
    }
    return section("sources", "Sources and assumptions", body);
}

}  // namespace pathways::report
