#include "sim/tally_recorder.h"

#include <algorithm>
#include <cmath>

namespace pathways {

TallyRecorder::TallyRecorder(const Model& model, const Model& rules, const ModelIndex& index, std::uint32_t replication,
                             bool daily_occupancy, VisitObserver* observer)
    : model_(model),
      rules_(&rules),
      index_(index),
      replication_(replication),
      observer_(observer),
      horizon_(model.simulation.horizon_days),
      warmup_(model.simulation.warmup_days),
      counting_periods_(!index.period_bounds.empty()),
      measures_(model, index) {
    stats_.stages.resize(model.stages.size());
    for (StageTally& t : stats_.stages) {
        t.occupancy = t.queue = t.busy = t.capacity = TimeAverage(warmup_, horizon_);
        if (daily_occupancy) t.occupancy.track_daily(static_cast<std::size_t>(std::ceil(horizon_)));
        if (counting_periods_) t.occupancy.track_periods(&index.period_bounds);
        t.gap_groups.assign(gap_kind_count * index.group_slots, 0);
    }
    stats_.outcomes.resize(index.outcome_stage.size());
    stats_.flows.assign(index.flow.size(), 0);
    stats_.profiles.resize(model.profile_count());
    for (ProfileTally& p : stats_.profiles) p.outcome.assign(index.outcome_stage.size(), 0);
    stats_.arrivals.resize(model.arrivals.size());
    for (ArrivalTally& a : stats_.arrivals) a.outcome.assign(index.outcome_stage.size(), 0);
    if (counting_periods_) {
        stats_.periods.bounds = index.period_bounds;
        stats_.periods.arrivals.assign(index.periods.size() * model.arrivals.size(), 0);
        stats_.periods.entries.assign(index.periods.size() * model.stages.size(), 0);
        stats_.periods.outcomes.assign(index.periods.size() * index.outcome_stage.size(), 0);
    }
    if (!model.regimes.empty()) track_capacity(rules, 0);
}

// Available places change by what the new rules add, so that utilisation is
// busy place-days over available place-days.
void TallyRecorder::track_capacity(const Model& rules, Days now) {
    for (std::size_t s = 0; s < model_.stages.size(); ++s) {
        if (model_.stages[s].kind != StageKind::service) continue;
        TimeAverage& capacity = stats_.stages[s].capacity;
        capacity.change(now, static_cast<double>(rules.stages[s].capacity) - capacity.value());
    }
}

void TallyRecorder::switch_rules(const Model& next, People& people, Days now) {
    for (std::size_t s = 0; s < model_.stages.size(); ++s) {
        const Cost& before = rules_->stages[s].cost;
        const Cost& after = next.stages[s].cost;
        StageTally& t = stats_.stages[s];
        // What has happened so far is charged at the old rates; close() then
        // charges everything at the new ones, so the difference is added now.
        stats_.cost_total += (before.per_entry - after.per_entry) * static_cast<double>(t.entries_in_window_all);
        const double change = before.per_day - after.per_day;
        if (change == 0) continue;
        t.occupancy.advance(now);
        stats_.cost_total += change * t.occupancy.area();
        for (PersonId p = 0; p < people.slots().size(); ++p) {
            Person& x = people[p];
            if (!x.live || !x.cohort) continue;
            if (x.stage == s) x.cost += change * (now - x.entered);
            if (x.held == s) x.cost += change * (now - x.held_since);
        }
    }
    track_capacity(next, now);
    rules_ = &next;
}

void TallyRecorder::stay_ended(Person& x, Days now, LeaveReason how) {
    if (!x.cohort) return;
    StageTally& tally = stats_.stages[x.stage];
    ++tally.exits;
    tally.stay_days += now - x.entered;
    x.cost += rules_->stages[x.stage].cost.per_day * (now - x.entered);
    if (observer_) report(x, now, how);
}

void TallyRecorder::finished(const Person& x, StageIndex outcome, std::optional<StageIndex> from, Days now) {
    const std::uint32_t slot = index_.outcome_slot[outcome];
    if (counting_periods_) count_in_period(stats_.periods.outcomes, slot, now);
    if (!x.cohort) return;
    const Days days = now - x.arrived;
    OutcomeTally& tally = stats_.outcomes[slot];
    ++tally.count;
    tally.days += days;
    tally.days_sketch.add(days);
    ++stats_.finished;
    stats_.time_in_system += days;
    stats_.time_in_system_sketch.add(days);
    journey_ended(x, slot, days);
    stats_.cost_cohort += x.cost;
    if (from && model_.stages[outcome].outcome == OutcomeKind::drop_off) {
        ++stats_.stages[*from].drop_offs_after;
        stats_.stages[*from].when_drop_off.add(days);
        count_groups(x, *from, GapKind::drop_off);
    }
    if (measures_.on()) measures_.finished(x, outcome, now);
    if (observer_) report(x, now, LeaveReason::outcome);
}

// By the values the person ends with, and by the stream they came by.
void TallyRecorder::journey_ended(const Person& x, std::uint32_t slot, Days days) {
    ProfileTally& profile = stats_.profiles[x.profile];
    ++profile.cohort;
    ++profile.finished;
    profile.days += days;
    ++profile.outcome[slot];
    ArrivalTally& arrival = stats_.arrivals[x.stream];
    ++arrival.finished;
    arrival.days += days;
    ++arrival.outcome[slot];
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
        const Cost& cost = rules_->stages[s].cost;
        t.capacity.advance(until);
        stats_.cost_total += cost.per_day * t.occupancy.area() + cost.per_entry * t.entries_in_window_all;
    }
    for (const Person& x : people.slots()) {
        if (!x.live || !x.cohort) continue;
        ++stats_.profiles[x.profile].cohort;
        stats_.cost_cohort += x.cost + rules_->stages[x.stage].cost.per_day * (end - x.entered);
        if (x.held != no_stage) stats_.cost_cohort += rules_->stages[x.held].cost.per_day * (end - x.held_since);
        if (measures_.on()) measures_.unfinished(x, end);
        if (observer_) report(x, end, LeaveReason::unfinished);
    }
    if (measures_.on()) stats_.measures = measures_.take();
    stats_.unfinished = people.cohort_in_system();
    stats_.events = events;
    return std::move(stats_);
}

}  // namespace pathways
