#include "sim/tally_recorder.h"

#include <algorithm>
#include <cmath>

namespace pathways {

TallyRecorder::TallyRecorder(const Model& model, const ModelIndex& index, std::uint32_t replication,
                             bool daily_occupancy, VisitObserver* observer)
    : model_(model),
      index_(index),
      replication_(replication),
      observer_(observer),
      horizon_(model.simulation.horizon_days),
      warmup_(model.simulation.warmup_days) {
    stats_.stages.resize(model.stages.size());
    for (StageTally& t : stats_.stages) {
        t.occupancy = t.queue = t.busy = TimeAverage(warmup_, horizon_);
        if (daily_occupancy) t.occupancy.track_daily(static_cast<std::size_t>(std::ceil(horizon_)));
    }
    stats_.outcomes.resize(index.outcome_stage.size());
    stats_.flows.assign(index.flow.size(), 0);
    stats_.profiles.resize(model.profile_count());
    for (ProfileTally& p : stats_.profiles) p.outcome.assign(index.outcome_stage.size(), 0);
}

void TallyRecorder::left(Person& x, Days now, LeaveReason how) {
    StageTally& tally = stats_.stages[x.stage];
    tally.occupancy.change(now, -1);
    if (!x.cohort) return;
    ++tally.exits;
    tally.stay_days += now - x.entered;
    x.cost += model_.stages[x.stage].cost.per_day * (now - x.entered);
    if (observer_) report(x, now, how);
}

void TallyRecorder::finished(const Person& x, StageIndex outcome, std::optional<StageIndex> from, Days now) {
    if (!x.cohort) return;
    const Days days = now - x.arrived;
    const std::uint32_t slot = index_.outcome_slot[outcome];
    OutcomeTally& tally = stats_.outcomes[slot];
    ++tally.count;
    tally.days += days;
    tally.days_sketch.add(days);
    ++stats_.finished;
    stats_.time_in_system += days;
    stats_.time_in_system_sketch.add(days);
    ProfileTally& profile = stats_.profiles[x.profile];
    ++profile.finished;
    profile.days += days;
    ++profile.outcome[slot];
    stats_.cost_cohort += x.cost;
    if (from && model_.stages[outcome].outcome == OutcomeKind::drop_off) {
        ++stats_.stages[*from].drop_offs_after;
        stats_.stages[*from].when_drop_off.add(days);
    }
    if (observer_) report(x, now, LeaveReason::outcome);
}

void TallyRecorder::report(const Person& x, Days left, LeaveReason how) const {
    VisitRecord r;
    r.person = x.number;
    r.replication = replication_;
    r.stage = x.stage;
    r.entered = x.entered;
    // At a supply stage, whoever moves on has received a unit.
    if (x.in_service || (model_.stages[x.stage].kind == StageKind::supply && how == LeaveReason::route)) {
        r.started = x.started;
    }
    r.left = left;
    r.how = how;
    r.profile = x.profile;
    observer_->on_visit(r);
}

ReplicationStats TallyRecorder::close(Days end, const People& people, std::uint64_t events) {
    const Days until = std::max(end, horizon_);
    for (std::size_t s = 0; s < model_.stages.size(); ++s) {
        StageTally& t = stats_.stages[s];
        t.occupancy.advance(until);
        t.queue.advance(until);
        t.busy.advance(until);
        const Cost& cost = model_.stages[s].cost;
        stats_.cost_total += cost.per_day * t.occupancy.area() + cost.per_entry * t.entries_in_window_all;
    }
    for (const Person& x : people.slots()) {
        if (!x.live || !x.cohort) continue;
        stats_.cost_cohort += x.cost + model_.stages[x.stage].cost.per_day * (end - x.entered);
        if (observer_) report(x, end, LeaveReason::unfinished);
    }
    stats_.unfinished = people.cohort_in_system();
    stats_.events = events;
    return std::move(stats_);
}

}  // namespace pathways
