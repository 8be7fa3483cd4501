#pragma once
// Every write to a replication's statistics goes through here, and so does
// every report to the visit observer: the engine says what happened to whom,
// and the recorder decides what that adds to which tally. A plain class, bound
// at compile time, so the event loop pays no virtual call for it; the observer
// is called only when there is one.
#include <cstdint>
#include <optional>

#include "model/model.h"
#include "sim/observer.h"
#include "sim/people.h"
#include "tallies/model_index.h"
#include "tallies/replication_stats.h"

namespace pathways {

class TallyRecorder {
public:
    TallyRecorder(const Model& model, const ModelIndex& index, std::uint32_t replication, bool daily_occupancy,
                  VisitObserver* observer);

    void arrived(const Person& x) {
        if (!x.cohort) return;
        ++stats_.cohort_size;
        ++stats_.profiles[x.profile].cohort;
    }
    // x has just entered stage s (not an outcome) at `now`.
    void entered(Person& x, StageIndex s, Days now) {
        StageTally& tally = stats_.stages[s];
        tally.occupancy.change(now, +1);
        if (in_window(now)) ++tally.entries_in_window_all;
        if (!x.cohort) return;
        ++tally.entries;
        x.cost += model_.stages[s].cost.per_entry;
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
        }
    }
    // x leaves its stage at `now`, before its service place (if any) is freed.
    void left(Person& x, Days now, LeaveReason how);
    void reneged(const Person& x, Days now) {
        if (!x.cohort) return;
        StageTally& tally = stats_.stages[x.stage];
        ++tally.reneged;
        tally.when_renege.add(now - x.arrived);
    }
    void diverted(const Person& x, Days now) {
        if (!x.cohort) return;
        StageTally& tally = stats_.stages[x.stage];
        ++tally.diverted;
        tally.when_deadline.add(now - x.arrived);
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

    const Model& model_;
    const ModelIndex& index_;
    const std::uint32_t replication_;
    VisitObserver* const observer_;
    const Days horizon_, warmup_;
    ReplicationStats stats_;
};

}  // namespace pathways
