#include "findings/losses.h"

#include <algorithm>
#include <cmath>

namespace pathways::findings {

bool is_loss(const Model& model, const Gap& g) {
    if (g.kind == GapKind::drop_off) return true;
    if (g.kind == GapKind::wait || !g.note.empty()) return false;  // a note: the count holds handovers
    if (!model.version_1_1()) return true;  // format 1: every move against one's will loses support
    return g.effect && *g.effect != MoveEffect::handover;
}

namespace {

// Those touched on each whole day d (in (d - 1, d]; day 0: at arrival).
std::vector<double> touched_each_day(const std::vector<double>& reached) {
    std::vector<double> out(reached.size());
    for (std::size_t d = 0; d < reached.size(); ++d) out[d] = reached[d] - (d == 0 ? 0 : reached[d - 1]);
    return out;
}

std::vector<Cliff> cliffs_in(const std::vector<double>& reached, double from_day, double to_day) {
    std::vector<Cliff> out;
    if (reached.empty() || !(reached.back() > 0)) return out;
    const std::vector<double> each = touched_each_day(reached);
    const double total = reached.back();
    // The window holds 8 in 10 of the loss.
    const double average_two_days = 0.8 * 2 / std::max(2.0, to_day - from_day);
    const double least = std::max(cliff_share, cliff_over_average * average_two_days) * total;
    const auto first = static_cast<std::size_t>(std::max(0.0, std::floor(from_day)));
    for (std::size_t d = first; d + 1 < each.size() && static_cast<double>(d) <= std::ceil(to_day); ++d) {
        const double two_days = each[d] + each[d + 1];
        if (two_days < least) continue;
        out.push_back({static_cast<double>(each[d] >= each[d + 1] ? d : d + 1), two_days / total});
        ++d;  // the day after is this cliff's
    }
    return out;
}

}  // namespace

Window window_of(const Gap& g) {
    Window w{g.days_p10.mean, g.days_p90.mean, {}};
    w.cliffs = cliffs_in(g.reached_by_day, w.from_day, w.to_day);
    return w;
}

std::vector<NamedGroup> nearly_all_of(const Gap& gap) {
    std::vector<NamedGroup> out;
    for (const GapBreakdown& b : gap.breakdowns) {
        if (b.by == arrival_stream_breakdown) continue;
        double total = 0;
        for (const GapGroup& g : b.groups) total += g.people;
        for (const GapGroup& g : b.groups) {
            if (total > 0 && g.people / total >= named_group_share) out.push_back({b.by, g.value, g.people / total});
        }
    }
    return out;
}

std::optional<std::size_t> best_what_if(const Gap& g) {
    std::optional<std::size_t> best;
    double lowest = 0;
    for (std::size_t s = 0; s < g.scenarios.size(); ++s) {
        const Stat& change = g.scenarios[s].people_change;
        if (clearly_lower(change) && change.mean < lowest) {
            lowest = change.mean;
            best = s;
        }
    }
    return best;
}

std::vector<const Gap*> displaced_by(const Model& model, const GapAnalysis& gaps, const Gap& closed,
                                     std::size_t what_if) {
    std::vector<const Gap*> out;
    for (const Gap& g : gaps.gaps) {
        if (out.size() == 2) break;  // the gaps come biggest first; two say enough
        if (&g == &closed || !is_loss(model, g) || what_if >= g.scenarios.size()) continue;
        if (clearly_higher(g.scenarios[what_if].people_change)) out.push_back(&g);
    }
    return out;
}

namespace {

Loss loss_at(const Model& model, const GapAnalysis& gaps, const Gap& g) {
    Loss l{&g, window_of(g), nearly_all_of(g), best_what_if(g), {}};
    if (l.best) l.displaced = displaced_by(model, gaps, g, *l.best);
    return l;
}

// A loss where no support is offered at all is where support can most plainly
// be expanded: when none of the biggest losses is one, the biggest such loss
// takes the last place.
void with_unsupported_loss(const Model& model, const GapAnalysis& gaps, std::vector<Loss>& losses) {
    const auto unsupported = [](const Loss& l) { return l.gap->unsupported(); };
    if (losses.empty() || std::any_of(losses.begin(), losses.end(), unsupported)) return;
    for (const Gap& g : gaps.gaps) {
        if (!g.unsupported() || !is_loss(model, g)) continue;
        losses.back() = loss_at(model, gaps, g);
        return;
    }
}

}  // namespace

std::vector<Loss> losses_to_name(const Model& model, const GapAnalysis& gaps, std::size_t count) {
    std::vector<Loss> out;
    std::vector<std::string> stages;
    for (const Gap& g : gaps.gaps) {
        if (out.size() == count) break;
        if (!is_loss(model, g) || std::find(stages.begin(), stages.end(), g.stage) != stages.end()) continue;
        stages.push_back(g.stage);
        out.push_back(loss_at(model, gaps, g));
    }
    with_unsupported_loss(model, gaps, out);
    return out;
}

}  // namespace pathways::findings
