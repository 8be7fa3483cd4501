#include "report/diagram/diagram.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <sstream>

#include "report/diagram/diagram_change.h"
#include "report/diagram/diagram_label.h"
#include "report/diagram/diagram_overlay.h"
#include "report/diagram/diagram_style.h"
#include "report/diagram/diagram_text.h"
#include "report/text/figures_text.h"

namespace pathways {

namespace {

using namespace diagram;
using namespace diagram_text;
namespace style = diagram_style;

// The figures laid over the model, if any.
struct Overlay {
    std::optional<ResultsView> results, versus;
    std::vector<std::size_t> severity;  // by stage; results without versus only
};

struct NodeLook {
    std::string_view shape = "box", style = "filled", fill = style::stage_fill, border = style::ink;
    int peripheries = 1;
    bool dark = false;
};

NodeLook model_look(const Stage& stage) {
    NodeLook look;
    switch (stage.kind) {
        case StageKind::outcome:
            look.style = "rounded,filled,bold";
            look.fill = stage.outcome == OutcomeKind::settled    ? style::settled_fill
                        : stage.outcome == OutcomeKind::drop_off ? style::drop_off_fill
                                                                 : style::neutral_fill;
            look.border = stage.outcome == OutcomeKind::settled    ? style::bluish_green
                          : stage.outcome == OutcomeKind::drop_off ? style::vermillion
                                                                   : style::grey;
            break;
        case StageKind::service: look.peripheries = 2; break;  // a double border: limited places
        case StageKind::supply:
            look.shape = "cylinder";  // a pool of lets or placements
            look.fill = style::supply_fill;
            break;
        case StageKind::delay: break;
    }
    return look;
}

// A stage's figures in both runs, judged for people (drop-offs and waits: fewer is better).
Judgement stage_judgement(const Stage& s, Metric m, const ResultsView& r, const ResultsView& v) {
    return judge(r.stage_stat(s.id, m), v.stage_stat(s.id, m), metric_def(m).better);
}

Judgement outcome_judgement(const Stage& s, const ResultsView& r, const ResultsView& v) {
    const Better way = s.outcome == OutcomeKind::settled    ? Better::higher
                       : s.outcome == OutcomeKind::drop_off ? Better::lower
                                                            : Better::neither;
    return judge(r.outcome_share_stat(s.id), v.outcome_share_stat(s.id), way);
}

// Worse wins over better: a stage that loses more people is not good news for shorter waits.
std::string_view change_fill(const Stage& s, const ResultsView& r, const ResultsView& v) {
    const Judgement drops = stage_judgement(s, Metric::drop_offs_after, r, v);
    const Judgement wait = s.waits() ? stage_judgement(s, Metric::mean_wait_days, r, v) : Judgement::noise;
    if (drops == Judgement::worse || wait == Judgement::worse) return judgement_fill(Judgement::worse);
    if (drops == Judgement::better || wait == Judgement::better) return judgement_fill(Judgement::better);
    return style::stage_fill;
}

void add_result_figures(const Stage& s, const ResultsView& r, std::vector<LabelLine>& lines) {
    if (s.kind == StageKind::outcome) {
        lines.push_back({LineKind::figure, percent(r.outcome_share(s.id)) + " of the cohort"});
        return;
    }
    lines.push_back({LineKind::figure, text::people_count(r.stage(s.id, Metric::entries)) + " enter"});
    if (s.waits())
        lines.push_back({LineKind::figure, "mean wait " + text::days_words(r.stage(s.id, Metric::mean_wait_days))});
    double drops = r.stage(s.id, Metric::drop_offs_after);
    if (drops > 0) lines.push_back({LineKind::figure, text::people_count(drops) + " drop off after"});
}

std::string judged(std::string line, Judgement j) {
    const std::string words = judgement_words(j);
    return words.empty() ? line : line + " (" + words + ")";
}

void add_change_figures(const Stage& s, const ResultsView& r, const ResultsView& v, std::vector<LabelLine>& lines) {
    if (s.kind == StageKind::outcome) {
        std::string from = percent(r.outcome_share(s.id)), to = percent(v.outcome_share(s.id));
        const Judgement j = outcome_judgement(s, r, v);
        lines.push_back({LineKind::figure, j == Judgement::noise ? "share " + to + ", no clear change"
                                                                 : judged("share " + from + " → " + to, j)});
        return;
    }
    const double drops = v.stage(s.id, Metric::drop_offs_after) - r.stage(s.id, Metric::drop_offs_after);
    const double wait = v.stage(s.id, Metric::mean_wait_days) - r.stage(s.id, Metric::mean_wait_days);
    if (const Judgement j = stage_judgement(s, Metric::drop_offs_after, r, v); j != Judgement::noise)
        lines.push_back({LineKind::figure, "drop-offs after " + text::signed_figure(text::people_count(drops), drops)});
    if (const Judgement j = stage_judgement(s, Metric::mean_wait_days, r, v); s.waits() && j != Judgement::noise)
        lines.push_back(
            {LineKind::figure,
             "mean wait " + text::counted(text::signed_figure(text::days_count(wait), wait), "day", "days")});
}

// What each figure on a stage is, for its tooltip: the catalogue's words, means over replications.
std::string figures_tooltip(const Stage& s, const ResultsView& r) {
    if (s.kind == StageKind::outcome)
        return "share of the cohort reaching it: " + percent(r.outcome_share(s.id)) + " (mean over replications)";
    std::string tip = "entries: " + text::people_count(r.stage(s.id, Metric::entries));
    if (s.waits()) tip += "; mean wait: " + text::days_words(r.stage(s.id, Metric::mean_wait_days));
    if (s.kind == StageKind::service) tip += "; places: " + text::places_count(static_cast<double>(s.capacity));
    tip += "; people there on average: " + text::places_count(r.stage(s.id, Metric::mean_occupancy));
    tip += "; lost to the pathway after it: " + text::people_count(r.stage(s.id, Metric::drop_offs_after));
    return tip + " (means over replications)";
}

std::string stage_tooltip(const Stage& s, const Overlay& overlay) {
    std::string tip = s.note.empty() ? (s.label.empty() ? s.id : s.label) : s.note;
    if (overlay.results && overlay.versus)
        tip += "\n" + run_name(overlay.results->results()) + ": " + figures_tooltip(s, *overlay.results) + "\n" +
               run_name(overlay.versus->results()) + ": " + figures_tooltip(s, *overlay.versus);
    else if (overlay.results)
        tip += "\n" + figures_tooltip(s, *overlay.results);
    return tip;
}

NodeLook overlay_look(const Stage& s, StageIndex i, const Overlay& overlay) {
    NodeLook look = model_look(s);
    if (s.kind == StageKind::outcome || !overlay.results) return look;
    if (overlay.versus) {
        look.fill = change_fill(s, *overlay.results, *overlay.versus);
        return look;
    }
    look.fill = style::severity_fill[overlay.severity[i]];
    look.dark = overlay.severity[i] >= style::first_dark_severity;
    return look;
}

std::vector<LabelLine> overview_lines(const Stage& s) {
    std::vector<LabelLine> lines{{LineKind::title, s.label.empty() ? s.id : s.label}};
    if (s.kind != StageKind::outcome && s.support.empty()) lines.push_back({LineKind::muted, "no support recorded"});
    return lines;
}

std::string stage_node(const Model& model, StageIndex i, const Overlay& overlay, bool overview) {
    const Stage& s = model.stages[i];
    std::vector<LabelLine> lines = overview ? overview_lines(s) : stage_lines(model, s);
    if (overlay.results && overlay.versus)
        add_change_figures(s, *overlay.results, *overlay.versus, lines);
    else if (overlay.results)
        add_result_figures(s, *overlay.results, lines);
    NodeLook look = overlay_look(s, i, overlay);
    std::ostringstream out;
    out << dot_quote(s.id) << " [id=" << dot_quote("stage-" + s.id) << ", shape=" << look.shape
        << ", style=" << dot_quote(look.style) << ", fillcolor=" << dot_quote(look.fill)
        << ", color=" << dot_quote(look.border);
    if (look.peripheries != 1) out << ", peripheries=" << look.peripheries;
    if (look.dark) out << ", fontcolor=\"#FFFFFF\"";
    out << ", tooltip=" << dot_quote(stage_tooltip(s, overlay)) << ", label=" << html_label(lines, look.dark) << "];\n";
    return out.str();
}

std::string arrival_id(const ArrivalStream& a) { return dot_quote("arrival." + a.id); }

void write_arrivals(std::ostream& out, const Model& model) {
    for (const ArrivalStream& a : model.arrivals) {
        out << "  " << arrival_id(a) << " [id=" << dot_quote("arrival-" + a.id)
            << ", shape=cds, style=filled, fillcolor=" << dot_quote(style::arrival_fill)
            << ", color=" << dot_quote(style::blue) << ", label=" << html_label(arrival_lines(a)) << "];\n";
    }
    for (const ArrivalStream& a : model.arrivals) {
        out << "  " << arrival_id(a) << " -> " << dot_quote(model.stages[a.to].id)
            << " [color=" << dot_quote(style::blue) << ", penwidth=1.5];\n";
    }
}

void write_stages(std::ostream& out, const Model& model, const Overlay& overlay, bool overview) {
    std::vector<std::string> pathways;
    std::map<std::string, std::vector<StageIndex>> members;
    for (StageIndex i = 0; i < model.stages.size(); ++i) {
        const std::string& p = model.stages[i].pathway;
        if (p.empty()) {
            out << "  " << stage_node(model, i, overlay, overview);
            continue;
        }
        if (!members.count(p)) pathways.push_back(p);
        members[p].push_back(i);
    }
    for (const std::string& p : pathways) {
        if (overview) {  // clusters would widen the layout; the overview trades them for legibility
            for (StageIndex i : members[p]) out << "  " << stage_node(model, i, overlay, overview);
            continue;
        }
        out << "  subgraph " << dot_quote("cluster_" + p) << " {\n"
            << "    label=<<B>" << html_escape(shortened(humanise(p), longest_label)) << "</B>>;\n"
            << "    style=\"rounded,filled\"; fillcolor=" << dot_quote(style::cluster_fill)
            << "; color=\"#BBBBBB\"; fontsize=13; labeljust=l; margin=12;\n";
        for (StageIndex i : members[p]) out << "    " << stage_node(model, i, overlay, overview);
        out << "  }\n";
    }
}

// How an overlay changes one edge: its width, an extra label line, its
// colour, and its tooltip saying which number is which.
struct EdgeOverlay {
    double weight = 0;
    std::string line;
    std::string_view colour;
    std::string tooltip;
};

std::string_view edge_colour(const DiagramEdge& e) {
    if (e.handover()) return style::handover_colour;
    switch (e.kind) {
        case EdgeKind::renege: return style::renege_colour;
        case EdgeKind::deadline: return style::deadline_colour;
        case EdgeKind::route: break;
    }
    return style::route_colour;
}

std::string people_moving(double count) {
    const std::string n = text::people_count(count);
    return n + (n == "1" ? " person" : " people");
}

std::string edge_name(const Model& model, const DiagramEdge& e) {
    auto name = [](const Stage& s) { return s.label.empty() ? s.id : s.label; };
    return "from " + name(model.stages[e.from]) + " to " + name(model.stages[e.to]);
}

// A change within the noise is drawn thin and grey, however large its mean.
EdgeOverlay change_overlay(const Model& model, const DiagramEdge& e, const Stat& before, const Stat& after) {
    const double change = after.mean - before.mean;
    const Judgement j = judge(before, after, edge_better(model, e));
    const std::string both = text::people_count(before.mean) + " → " + text::people_count(after.mean);
    std::string tooltip = "People moving " + edge_name(model, e) + ", means over replications: " + both;
    if (j == Judgement::noise)
        return {0, "no clear change (" + people_moving(after.mean) + ")", judgement_colour(j),
                tooltip + "; the change is within the simulation's noise"};
    const std::string line = text::signed_figure(text::people_count(change), change) + " people (" + both + ")";
    const std::string words = judgement_words(j);
    return {std::fabs(change), line, judgement_colour(j), tooltip + (words.empty() ? "" : "; " + words)};
}

std::vector<EdgeOverlay> edge_overlays(const Model& model, const std::vector<DiagramEdge>& edges,
                                       const Overlay& overlay) {
    std::vector<EdgeOverlay> out;
    if (!overlay.results) return out;
    for (const DiagramEdge& e : edges) {
        const Stat before = edge_stat(model, e, *overlay.results);
        if (overlay.versus) {
            out.push_back(change_overlay(model, e, before, edge_stat(model, e, *overlay.versus)));
            continue;
        }
        out.push_back({before.mean, people_moving(before.mean), edge_colour(e),
                       "People moving " + edge_name(model, e) + ": " + text::people_count(before.mean) +
                           " (mean over replications)"});
    }
    return out;
}

// In an overview the edge's text becomes its tooltip (a <title> in SVG):
// labels would double the layout's width.
std::string edge_statement(const Model& model, const DiagramEdge& e, const std::vector<std::string>& lines,
                           const EdgeOverlay* figure, double max_weight, bool overview) {
    std::string_view colour = figure ? figure->colour : edge_colour(e);
    double width = e.kind == EdgeKind::route ? 1.2 : 1.5;
    if (figure) {
        double share = max_weight > 0 ? figure->weight / max_weight : 0;
        width = style::min_penwidth + (style::max_penwidth - style::min_penwidth) * share;
    }
    std::ostringstream out;
    out << "  " << dot_quote(model.stages[e.from].id) << " -> " << dot_quote(model.stages[e.to].id)
        << " [color=" << dot_quote(colour) << ", penwidth=" << plain_number(width);
    if (e.kind == EdgeKind::renege) out << ", style=dotted";
    if (e.kind == EdgeKind::deadline && !e.handover()) out << ", style=dashed";
    if (!lines.empty() && overview) {
        std::string tip;
        for (const std::string& l : lines) tip += (tip.empty() ? "" : "; ") + l;
        if (figure) tip = figure->tooltip + "\n" + tip;
        out << ", tooltip=" << dot_quote(tip);
    } else if (!lines.empty()) {
        if (figure) out << ", tooltip=" << dot_quote(figure->tooltip);
        std::vector<LabelLine> label;
        for (const std::string& l : lines) label.push_back({LineKind::detail, l});
        out << ", label=" << html_label(label);
    }
    out << "];\n";
    return out.str();
}

// Label lines per edge. Dot lays the labels of parallel edges on top of each
// other, so an edge that shares its two stages with an earlier one hands its
// text to that edge, one line per edge ("after 28 d (move_on_ends): ~12 people").
std::vector<std::vector<std::string>> edge_labels(const std::vector<DiagramEdge>& edges,
                                                  const std::vector<EdgeOverlay>& figures, bool overview) {
    std::vector<std::vector<std::string>> labels;
    std::map<std::pair<StageIndex, StageIndex>, std::size_t> first;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        std::vector<std::string> lines = overview ? std::vector<std::string>{} : edges[i].lines;
        if (!figures.empty()) lines.push_back(figures[i].line);
        auto [at, fresh] = first.emplace(std::pair{edges[i].from, edges[i].to}, i);
        if (fresh) {
            labels.push_back(std::move(lines));
            continue;
        }
        std::string joined;
        for (const std::string& l : lines) joined += (joined.empty() ? "" : ": ") + l;
        if (!joined.empty()) labels[at->second].push_back(joined);
        labels.emplace_back();
    }
    return labels;
}

void write_edges(std::ostream& out, const Model& model, const Overlay& overlay, bool overview) {
    std::vector<DiagramEdge> edges = collect_edges(model);
    std::vector<EdgeOverlay> figures = edge_overlays(model, edges, overlay);
    std::vector<std::vector<std::string>> labels = edge_labels(edges, figures, overview);
    double max_weight = 0;
    for (const EdgeOverlay& f : figures) max_weight = std::max(max_weight, f.weight);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        out << edge_statement(model, edges[i], labels[i], figures.empty() ? nullptr : &figures[i], max_weight,
                              overview);
    }
}

// A supply stage whose waiters keep a place in a service stage: a grey dashed
// line without an arrowhead (nobody moves along it), drawn outside the layout
// so that it cannot pull the service stage down.
void write_held_places(std::ostream& out, const Model& model, bool overview) {
    for (const Stage& s : model.stages) {
        if (!s.held_in) continue;
        const Stage& held = model.stages[*s.held_in];
        const std::string text = "keeps a place in " + (held.label.empty() ? held.id : held.label) + " while waiting";
        out << "  " << dot_quote(s.id) << " -> " << dot_quote(held.id) << " [id=" << dot_quote("held-" + s.id)
            << ", color=" << dot_quote(style::held_place_colour)
            << ", penwidth=1.2, style=dashed, arrowhead=none, constraint=false, ";
        if (overview) {
            out << "tooltip=" << dot_quote(text) << "];\n";
        } else {
            out << "label=" << html_label({{LineKind::detail, text}}) << "];\n";
        }
    }
}

bool has_handovers(const Model& model) {
    for (const Deadline& d : model.deadlines) {
        if (std::find(d.effect.begin(), d.effect.end(), MoveEffect::handover) != d.effect.end()) return true;
    }
    return false;
}

// The key's last line: line styles, plus handovers and held places when the model has them.
std::string styles_key(const Model& model) {
    std::string key =
        "Dashed lines: a deadline moves people on. Dotted lines: people give up waiting. Double border: limited "
        "places. Cylinder: lets or placements released over time.";
    if (has_handovers(model)) key += " Solid blue lines from a stage: a deadline hands people over, nothing lost.";
    if (std::any_of(model.stages.begin(), model.stages.end(), [](const Stage& s) { return s.held_in.has_value(); }))
        key += " Grey dashed lines without arrowheads: a place kept while waiting.";
    return key;
}

constexpr const char* versus_legend =
    "Colours judge each change for people. Green: better (more settled; fewer lost, moved on by a deadline or "
    "giving up; shorter waits). Vermillion: worse. Blue: more or fewer people on an ordinary route, neither better "
    "nor worse. Grey: no clear change, within the simulation's noise (inside its 95% interval). Line width shows "
    "the size of the change; stages are shaded by their drop-offs and waits.";

std::vector<LabelLine> key_lines(const Model& model, const Overlay& overlay) {
    std::vector<LabelLine> lines;
    if (overlay.results && overlay.versus) {
        lines.push_back({LineKind::detail, versus_legend});
    } else if (overlay.results) {
        lines.push_back({LineKind::detail, text::people_count(overlay.results->cohort_size()) +
                                               " people in the cohort (means over replications). Line width "
                                               "shows people moving; darker stages have more drop-offs "
                                               "after them or longer waits, relative to the worst stage."});
    }
    lines.push_back({LineKind::muted, styles_key(model)});
    return lines;
}

std::string graph_label(const Model& model, const DiagramOptions& options, const Overlay& overlay) {
    std::string title = shortened(!options.title.empty() ? options.title
                                  : !model.name.empty()  ? model.name
                                                         : "Pathway diagram",
                                  longest_label);
    std::string out = "<<FONT POINT-SIZE=\"18\"><B>" + html_escape(title) + "</B></FONT>";
    if (overlay.versus) {
        out += "<BR ALIGN=\"LEFT\"/><FONT POINT-SIZE=\"14\">" +
               html_escape("What changes from " + run_name(overlay.results->results()) + " (first run) to " +
                           run_name(overlay.versus->results()) + " (second run)") +
               "</FONT>";
    }
    std::vector<LabelLine> key = key_lines(model, overlay);
    // An overview keeps only what reads the colours: the legend of a comparison.
    if (options.overview) key.resize(overlay.versus ? 1 : 0);
    if (key.empty()) return out + ">";
    for (const LabelLine& line : key) {
        // Key lines are long by design: wrap them at a page width, not a node width.
        for (const std::string& part : wrap_words(line.text, 110)) {
            out += "<BR ALIGN=\"LEFT\"/>" +
                   std::string(line.kind == LineKind::muted ? "<FONT POINT-SIZE=\"10\" COLOR=\"#555555\">"
                                                            : "<FONT POINT-SIZE=\"11\">") +
                   html_escape(part) + "</FONT>";
        }
    }
    return out + "<BR ALIGN=\"LEFT\"/>>";
}

void write_header(std::ostream& out, const Model& model, const DiagramOptions& options, const Overlay& overlay) {
    std::string font = dot_quote(style::font);
    out << "digraph pathways {\n"
        << "  graph [rankdir=TB, newrank=true, fontname=" << font << ", labelloc=t, labeljust=l, charset=\"UTF-8\",\n"
        << "         nodesep=0.35, ranksep=" << (options.overview ? "0.5, concentrate=true" : "0.75")
        << ", pad=0.4, bgcolor=\"#FFFFFF\",\n"
        << "         label=" << graph_label(model, options, overlay) << "];\n"
        << "  node [fontname=" << font
        << ", shape=box, style=filled, fillcolor=\"#FFFFFF\", color=" << dot_quote(style::ink)
        << ", margin=\"0.14,0.07\", penwidth=1.2];\n"
        << "  edge [fontname=" << font << ", fontsize=10, fontcolor=" << dot_quote(style::ink) << ", arrowsize=0.7];\n";
}

// Text of any length is valid in a model, but a label of megabytes costs
// Graphviz minutes and gigabytes to lay out and helps no reader. The diagram
// draws shortened copies; reports and results keep the whole text.
Model drawable(const Model& model) {
    Model m = model;
    auto cut = [](std::string& text, std::size_t longest) { text = shortened(text, longest); };
    cut(m.name, longest_label);
    cut(m.note, longest_note);
    for (Stage& s : m.stages) {
        cut(s.label, longest_label);
        cut(s.note, longest_note);
        for (std::string& line : s.support) cut(line, longest_label);
    }
    for (ArrivalStream& a : m.arrivals) cut(a.label, longest_label);
    for (Deadline& d : m.deadlines) cut(d.label, longest_label);
    return m;
}

}  // namespace

std::string pathway_dot(const Model& full_model, const DiagramOptions& options) {
    const Model model = drawable(full_model);
    Overlay overlay;
    if (options.results) {
        overlay.results.emplace(*options.results);
        if (options.versus)
            overlay.versus.emplace(*options.versus);
        else
            overlay.severity = severity_levels(model, *overlay.results, style::severity_fill.size());
    }
    std::ostringstream out;
    write_header(out, model, options, overlay);
    write_arrivals(out, model);
    write_stages(out, model, overlay, options.overview);
    write_edges(out, model, overlay, options.overview);
    write_held_places(out, model, options.overview);
    out << "}\n";
    return out.str();
}

}  // namespace pathways
