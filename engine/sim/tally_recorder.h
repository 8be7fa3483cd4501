#pragma once
// Every write to a replication's statistics goes through here, and so does
// every report to the visit observer: the engine says what happened to whom,
// and the recorder decides what that adds to which tally. A plain class, bound
// at compile time, so the event loop pays no virtual call for it; the observer
// is called only when there is one.
#include <cstdint>
#include <optional>

#include "model/model.h"
#include "sim/measure_recorder.h"
#include "sim/observer.h"
#include "sim/people.h"
#include "tallies/model_index.h"
#include "tallies/replication_stats.h"

namespace pathways {

class TallyRecorder {
public:
    // `rules`: the model in force at day 0 (the base model, or a regime from day 0 or earlier).
    TallyRecorder(const Model& model, const Model& rules, const ModelIndex& index, std::uint32_t replication,
                  bool daily_occupancy, VisitObserver* observer);

    void arrived(const Person& x) {
        if (!x.cohort) return;
        ++stats_.cohort_size;
        ++stats_.arrivals[x.stream].cohort;
        if (measures_.on()) measures_.arrived(x);
    }
    // Someone arrived by stream `stream` at `now`, in the cohort or not.
    void came(std::uint32_t stream, Days now) {
        if (counting_periods_) count_in_period(stats_.periods.arrivals, stream, now);
    }
    // x has just entered stage s (not an outcome) at `now`.
    void entered(Person& x, StageIndex s, Days now) {
        StageTally& tally = stats_.stages[s];
        tally.occupancy.change(now, +1);
        if (in_window(now)) ++tally.entries_in_window_all;
        if (counting_periods_) count_in_period(stats_.periods.entries, s, now);
        if (!x.cohort) return;
        ++tally.entries;
        x.cost += rules_->stages[s].cost.per_entry;
        if (measures_.on()) measures_.entered(x, s);
    }
    void joined_line(StageIndex s, Days now) { stats_.stages[s].queue.change(now, +1); }
    void left_line(StageIndex s, Days now) { stats_.stages[s].queue.change(now, -1); }
    void took_place(StageIndex s, Days now) { stats_.stages[s].busy.change(now, +1); }
    void freed_place(StageIndex s, Days now) { stats_.stages[s].busy.change(now, -1); }
    // x's service started, or x received a unit, at `now`.
    void served(const Person& x, StageIndex s, Days now) {
        if (!x.cohort) return;
        StageTally& tally = stats_.stages[s];
        ++tally.started;
        tally.wait_days += now - x.entered;
        if (now > x.entered) {
            ++tally.waited;
            tally.when_wait.add(x.entered - x.arrived);
            count_groups(x, s, GapKind::wait);
        }
    }
    // x leaves its stage at `now`, before its service place (if any) is freed.
    void left(Person& x, Days now, LeaveReason how) {
        stats_.stages[x.stage].occupancy.change(now, -1);
        stay_ended(x, now, how);
    }
    // x leaves its service stage for a supply stage but keeps the place there
    // (format 1.1 `held_in`): the stay ends, the occupancy does not.
    void left_holding(Person& x, Days now, LeaveReason how) { stay_ended(x, now, how); }
    // x gives up the place kept in x.held at `now`, before it is freed.
    void released_hold(Person& x, Days now) {
        stats_.stages[x.held].occupancy.change(now, -1);
        if (x.cohort) x.cost += rules_->stages[x.held].cost.per_day * (now - x.held_since);
    }
    // From `now` on, `next` is in force: costs per day change for those already
    // in a stage, and available places change.
    void switch_rules(const Model& next, People& people, Days now);
    void reneged(const Person& x, Days now) {
        if (!x.cohort) return;
        StageTally& tally = stats_.stages[x.stage];
        ++tally.reneged;
        tally.when_renege.add(now - x.arrived);
        count_groups(x, x.stage, GapKind::renege);
    }
    void diverted(const Person& x, Days now) {
        if (!x.cohort) return;
        StageTally& tally = stats_.stages[x.stage];
        ++tally.diverted;
        tally.when_deadline.add(now - x.arrived);
        count_groups(x, x.stage, GapKind::deadline);
    }
    void moved(const Person& x, StageIndex from, StageIndex to) {
        if (!x.cohort) return;
        const std::uint32_t slot = index_.flow_slot(from, to);
        if (slot != no_slot) ++stats_.flows[slot];
    }
    // x reached outcome stage `outcome` at `now`, from stage `from` unless x started there.
    void finished(const Person& x, StageIndex outcome, std::optional<StageIndex> from, Days now);

    // Ends the run at `end`: closes the time averages and the journeys still open.
    ReplicationStats close(Days end, const People& people, std::uint64_t events);

    // Whether t falls in the measurement window [warmup, horizon).
    bool in_window(Days t) const { return t >= warmup_ && t < horizon_; }

private:
    void report(const Person& x, Days left, LeaveReason how) const;
    void stay_ended(Person& x, Days now, LeaveReason how);
    void journey_ended(const Person& x, std::uint32_t slot, Days days);
    // Counts a cohort member's gap at stage s under each of their values and their stream.
    void count_groups(const Person& x, StageIndex s, GapKind kind) {
        std::uint64_t* counts =
            stats_.stages[s].gap_groups.data() + static_cast<std::size_t>(kind) * index_.group_slots;
        for (std::uint32_t a = 0; a < index_.attribute_first_slot.size(); ++a)
            ++counts[index_.attribute_first_slot[a] + model_.profile_value(x.profile, a)];
        ++counts[index_.stream_first_slot + x.stream];
        if (measures_.on()) measures_.met_gap(x, s, kind);
    }
    // Counts item `item` in the period holding `now` (times never decrease).
    void count_in_period(std::vector<std::uint64_t>& counts, std::size_t item, Days now) {
        const std::vector<Days>& bounds = stats_.periods.bounds;
        if (now < bounds.front() || now >= bounds.back()) return;
        while (now >= bounds[period_ + 1]) ++period_;
        counts[period_ * (counts.size() / (bounds.size() - 1)) + item] += 1;
    }
    void track_capacity(const Model& rules, Days now);

    const Model& model_;
    const Model* rules_;  // the rules in force: costs and capacities
    const ModelIndex& index_;
    const std::uint32_t replication_;
    VisitObserver* const observer_;
    const Days horizon_, warmup_;
    const bool counting_periods_;
    std::size_t period_ = 0;
    ReplicationStats stats_;
    MeasureRecorder measures_;
};

}  // namespace pathways
