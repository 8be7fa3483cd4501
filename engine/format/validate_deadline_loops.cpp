// Deadlines that divert people back to where their own clock starts, with
// nothing else able to happen first: the clock restarts, fires again and
// diverts them again, forever (sim/deadline_clocks.h). Such a run never ends,
// or ends only at --max-events after minutes and gigabytes.
//
// A diversion back into the starting stage is a loop only when it is certain:
// the person cannot leave any stage on the way (by finishing it, giving up
// waiting, or another deadline) before the clock fires, and each move between
// diversions has one possible destination. Any chance of leaving ends the
// loop sooner or later, so such models stay valid.
#include <algorithm>
#include <limits>

#include "format/validate.h"

namespace pathways {

namespace {

constexpr Days no_end = std::numeric_limits<Days>::infinity();

struct TimeSpan {
    Days lo = 0, hi = 0;
};

// The least and greatest values a duration can take.
TimeSpan bounds_of(const Duration& d) {
    switch (d.kind) {
        case DistKind::fixed: return {d.a, d.a};
        case DistKind::uniform: return {d.a, d.b};
        case DistKind::triangular: return {d.a, d.c};
        case DistKind::empirical:
            if (d.samples.empty()) return {0, 0};
            return {*std::min_element(d.samples.begin(), d.samples.end()),
                    *std::max_element(d.samples.begin(), d.samples.end())};
        default: return {0, no_end};
    }
}

// How long someone stays at a stage before it lets them go by itself: a
// service or supply stage may keep them waiting for a place or a unit.
TimeSpan stay_at(const Stage& s) {
    if (s.kind == StageKind::supply || !s.duration) return {0, no_end};
    const TimeSpan d = bounds_of(*s.duration);
    return {d.lo, s.kind == StageKind::service ? no_end : d.hi};
}

// The one stage a stage can send anyone to, if there is exactly one.
std::optional<StageIndex> one_next_stage(const Stage& s) {
    std::optional<StageIndex> to;
    for (const Edge& e : s.next) {
        if (!(e.p > 0)) continue;
        if (to && *to != e.to) return std::nullopt;
        to = e.to;
    }
    return to;
}

bool other_deadline_applies(const Model& m, std::size_t d, StageIndex s) {
    for (std::size_t o = 0; o < m.deadlines.size(); ++o) {
        if (o != d && m.deadlines[o].position(s)) return true;
    }
    return false;
}

struct DeadlineLoop {
    std::vector<StageIndex> stages;  // from the starting stage round to it again
    bool at_one_instant = true;
};

// Follows deadline d's clock from its start, as long as what happens is certain.
std::optional<DeadlineLoop> follow_clock(const Model& m, std::size_t d) {
    const Deadline& deadline = m.deadlines[d];
    const TimeSpan fires = bounds_of(deadline.after);
    DeadlineLoop loop{{deadline.starts_at}, fires.hi == 0};
    TimeSpan since_start;  // time from the clock's start to entering the current stage
    bool running = true;
    for (std::size_t step = 0; step <= 2 * m.stages.size(); ++step) {
        const StageIndex x = loop.stages.back();
        const Stage& stage = m.stages[x];
        if (stage.kind == StageKind::outcome || other_deadline_applies(m, d, x)) return std::nullopt;
        const TimeSpan here = stay_at(stage);
        const Days gives_up = stage.patience ? bounds_of(*stage.patience).lo : no_end;
        std::optional<StageIndex> to;
        // At the same instant a departure comes before the deadline, giving up after it.
        if (running && since_start.lo + here.lo > fires.hi && since_start.lo + gives_up >= fires.hi) {
            const auto position = deadline.position(x);
            if (!position) return std::nullopt;
            to = deadline.divert_to[*position];
            running = false;
        } else if (!running || since_start.hi + here.hi <= fires.lo) {
            if (stage.patience) return std::nullopt;
            to = one_next_stage(stage);
            if (!to || (running && *to == deadline.starts_at)) return std::nullopt;
            loop.at_one_instant = loop.at_one_instant && here.hi == 0;
            since_start = {since_start.lo + here.lo, since_start.hi + here.hi};
        } else {
            return std::nullopt;
        }
        loop.stages.push_back(*to);
        if (*to == deadline.starts_at) return loop;
    }
    return std::nullopt;
}

std::string loop_path(const Model& m, const std::vector<StageIndex>& stages) {
    std::string path;
    for (StageIndex s : stages) path += (path.empty() ? "'" : " -> '") + m.stages[s].id + "'";
    return path;
}

// The stages someone at `from` must pass through next, each left at once and
// for one certain destination, until they come back to `from` (a loop in which
// time stands still), or nothing when anything else can happen on the way.
std::optional<std::vector<StageIndex>> instant_loop_from(const Model& m, StageIndex from) {
    std::vector<StageIndex> stages = {from};
    for (std::size_t step = 0; step < m.stages.size(); ++step) {
        const Stage& stage = m.stages[stages.back()];
        if (stage.kind == StageKind::outcome || stage.patience || stay_at(stage).hi != 0) return std::nullopt;
        const auto to = one_next_stage(stage);
        if (!to) return std::nullopt;
        stages.push_back(*to);
        if (*to == from) return stages;
    }
    return std::nullopt;
}

}  // namespace

void check_deadline_loops(LoadContext& c, bool at_one_instant, bool with_time_passing) {
    const Model& m = c.model;
    for (std::size_t d = 0; d < m.deadlines.size(); ++d) {
        const auto loop = follow_clock(m, d);
        if (!loop || !(loop->at_one_instant ? at_one_instant : with_time_passing)) continue;
        const std::string when =
            loop->at_one_instant ? "at one instant, so the run never ends" : "every time it fires, so they never leave";
        c.in.error(child(child("/deadlines", m.deadlines[d].id), "divert_to"),
                   "people diverted by deadline '" + m.deadlines[d].id + "' go round " + loop_path(m, loop->stages) +
                       ", where its clock starts again, before anything else can happen to them: they would be "
                       "diverted again " +
                       when + " (let them leave before it fires, or divert them elsewhere)");
    }
}

// Stages that pass people round a loop taking no time, with no other way on:
// the clock never moves, so no deadline can fire to take them out, and the
// run goes on at one instant until --max-events.
void check_instant_loops(LoadContext& c) {
    const Model& m = c.model;
    std::vector<bool> reported(m.stages.size(), false);
    for (StageIndex s = 0; s < m.stages.size(); ++s) {
        if (reported[s]) continue;
        const auto loop = instant_loop_from(m, s);
        if (!loop) continue;
        for (StageIndex x : *loop) reported[x] = true;
        c.in.error(child(child("/stages", m.stages[s].id), "next"),
                   "people go round " + loop_path(m, *loop) +
                       " taking no time and with no other way on: time would stand still and the run never end "
                       "(give a stage on the way a duration, or another way on)");
    }
}

}  // namespace pathways
