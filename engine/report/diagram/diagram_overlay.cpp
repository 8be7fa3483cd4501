#include "report/diagram/diagram_overlay.h"

#include <algorithm>
#include <cmath>

#include "report/diagram/diagram_text.h"

namespace pathways::diagram {

namespace {

std::string condition_text(const Model& model, const std::vector<Condition>& when) {
    std::string text;
    for (const Condition& c : when) {
        if (!text.empty()) text += " and ";
        const Attribute& a = model.attributes.at(c.attribute);
        text += a.name + " = " + a.values.at(c.value);
    }
    return text;
}

std::string route_line(const Model& model, const Edge& e) {
    bool everyone = e.p >= 1.0 - 1e-9;
    std::string share = everyone ? "" : diagram_text::percent(e.p);
    if (e.when.empty()) return share;
    std::string condition = "if " + condition_text(model, e.when);
    return share.empty() ? condition : share + " " + condition;
}

std::string patience_words(const Duration& patience) {
    if (std::optional<Days> days = patience.exact_days()) return diagram_text::plain_number(*days) + " d";
    std::string words = "~";
    words += diagram_text::plain_number(patience.mean());
    return words + " d";
}

void add_routes(const Model& model, StageIndex from, std::vector<DiagramEdge>& edges) {
    std::size_t first = edges.size();
    for (const Edge& e : model.stages[from].next) {
        auto same = std::find_if(edges.begin() + static_cast<std::ptrdiff_t>(first), edges.end(),
                                 [&](const DiagramEdge& d) { return d.to == e.to; });
        if (same == edges.end()) {
            edges.push_back({from, e.to, EdgeKind::route, 0, {}, MoveEffect::loses_support});
            same = edges.end() - 1;
        }
        std::string line = route_line(model, e);
        if (!line.empty()) same->lines.push_back(line);
    }
}

std::string stage_name(const Stage& s) { return s.label.empty() ? s.id : s.label; }

DiagramEdge renege_edge(const Model& model, StageIndex s, bool effects) {
    const Stage& stage = model.stages[s];
    DiagramEdge e{s,
                  *stage.on_renege,
                  EdgeKind::renege,
                  0,
                  {"gives up after " + patience_words(*stage.patience)},
                  stage.renege_effect};
    if (effects) e.lines.push_back(effect_words(e.effect, stage_name(model.stages[e.to])));
    return e;
}

void add_deadline(const Model& model, std::size_t d, bool effects, std::vector<DiagramEdge>& edges) {
    const Deadline& deadline = model.deadlines[d];
    std::string name = deadline.label.empty() ? deadline.id : deadline.label;
    for (std::size_t i = 0; i < deadline.applies_to.size(); ++i) {
        DiagramEdge e{deadline.applies_to[i],
                      deadline.divert_to[i],
                      EdgeKind::deadline,
                      d,
                      {"after " + deadline.after.describe() + " (" + name + ")"},
                      i < deadline.effect.size() ? deadline.effect[i] : MoveEffect::loses_support};
        if (effects) e.lines.push_back(effect_words(e.effect, stage_name(model.stages[e.to])));
        edges.push_back(std::move(e));
    }
}

std::size_t deadlines_applying_to(const Model& model, StageIndex stage) {
    std::size_t n = 0;
    for (const Deadline& d : model.deadlines) n += std::count(d.applies_to.begin(), d.applies_to.end(), stage);
    return n;
}

}  // namespace

Stat ResultsView::stage_stat(const std::string& id, Metric m) const {
    const StageResult* s = results_.stage(id);
    return s ? s->figures[m] : Stat{};
}

Stat ResultsView::flow_stat(const std::string& from, const std::string& to) const {
    const FlowResult* f = results_.flow(from, to);
    return f ? f->figures[Metric::flow_count] : Stat{};
}

Stat ResultsView::outcome_share_stat(const std::string& id) const {
    const OutcomeResult* o = results_.outcome(id);
    return o ? o->figures[Metric::outcome_share] : Stat{};
}

bool words_effects(const Model& model) {
    for (const Deadline& d : model.deadlines) {
        for (MoveEffect e : d.effect) {
            if (e != MoveEffect::loses_support) return true;
        }
    }
    for (const Stage& s : model.stages) {
        if (s.on_renege && s.patience && s.renege_effect != MoveEffect::loses_support) return true;
    }
    return false;
}

std::string effect_words(MoveEffect effect, const std::string& to_label) {
    switch (effect) {
        case MoveEffect::loses_accommodation: return "loses their accommodation";
        case MoveEffect::handover: return "hands over to " + to_label;
        case MoveEffect::loses_support: break;
    }
    return "loses support";
}

std::vector<DiagramEdge> collect_edges(const Model& model) {
    const bool effects = words_effects(model);
    std::vector<DiagramEdge> edges;
    for (StageIndex s = 0; s < model.stages.size(); ++s) {
        add_routes(model, s, edges);
        const Stage& stage = model.stages[s];
        if (stage.on_renege && stage.patience) edges.push_back(renege_edge(model, s, effects));
    }
    for (std::size_t d = 0; d < model.deadlines.size(); ++d) add_deadline(model, d, effects, edges);
    return edges;
}

double edge_count(const Model& model, const DiagramEdge& edge, const ResultsView& results) {
    const Stage& from = model.stages[edge.from];
    const std::string& to = model.stages[edge.to].id;
    double diverted = results.stage(from.id, Metric::diverted_by_deadline);
    switch (edge.kind) {
        case EdgeKind::renege: return results.stage(from.id, Metric::reneged);
        case EdgeKind::deadline:
            // With several deadlines over one stage the counter cannot be split between them.
            return deadlines_applying_to(model, edge.from) == 1 ? diverted : 0;
        case EdgeKind::route: break;
    }
    double count = results.flow(from.id, to);
    if (from.on_renege && *from.on_renege == edge.to) count -= results.stage(from.id, Metric::reneged);
    for (const Deadline& d : model.deadlines) {
        const auto at = d.position(edge.from);
        if (at && d.divert_to[*at] == edge.to && deadlines_applying_to(model, edge.from) == 1) count -= diverted;
    }
    return std::max(count, 0.0);
}

Stat edge_stat(const Model& model, const DiagramEdge& edge, const ResultsView& results) {
    const std::string& from = model.stages[edge.from].id;
    const Stat counter = edge.kind == EdgeKind::renege     ? results.stage_stat(from, Metric::reneged)
                         : edge.kind == EdgeKind::deadline ? results.stage_stat(from, Metric::diverted_by_deadline)
                                                           : results.flow_stat(from, model.stages[edge.to].id);
    const double mean = edge_count(model, edge, results), half = counter.half_width();
    return {mean, counter.sd, mean - half, mean + half};
}

std::vector<std::size_t> severity_levels(const Model& model, const ResultsView& results, std::size_t levels) {
    std::vector<double> drops, waits;
    for (const Stage& s : model.stages) {
        drops.push_back(std::max(results.stage(s.id, Metric::drop_offs_after), 0.0));
        waits.push_back(std::max(results.stage(s.id, Metric::mean_wait_days), 0.0));
    }
    double worst_drop = drops.empty() ? 0 : *std::max_element(drops.begin(), drops.end());
    double worst_wait = waits.empty() ? 0 : *std::max_element(waits.begin(), waits.end());
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < model.stages.size(); ++i) {
        double severity =
            std::max(worst_drop > 0 ? drops[i] / worst_drop : 0.0, worst_wait > 0 ? waits[i] / worst_wait : 0.0);
        // Any concern at all shows as at least the first tint.
        auto level = static_cast<std::size_t>(std::ceil(severity * static_cast<double>(levels - 1)));
        out.push_back(std::min(level, levels - 1));
    }
    return out;
}

}  // namespace pathways::diagram
