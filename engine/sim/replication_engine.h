#pragma once
// The state machine of one replication, shared by the files that implement it
// by concept: replication.cpp (arrivals, stages, lines, moves), regimes.cpp
// (rules coming into force), held_places.cpp (format 1.1 `held_in`) and
// supply.cpp (units released to a line). Only run_replication()
// (sim/replication.h) is for use outside the simulation core.
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "sim/deadline_clocks.h"
#include "sim/event_queue.h"
#include "sim/people.h"
#include "sim/profile_draw.h"
#include "sim/replication.h"
#include "sim/replication_streams.h"
#include "sim/rule_checker.h"
#include "sim/tally_recorder.h"
#include "sim/waiting_line.h"

namespace pathways::replication_detail {

// How many events pass between looks at the clock for RunOptions::stop_by.
constexpr std::uint64_t clock_check_events = 4096;

// What a service or supply stage holds besides its line.
struct Places {
    WaitingLine line;
    std::uint64_t busy = 0;        // service: places in use
    bool release_pending = false;  // supply: a Poisson release is scheduled
};

class Replication {
public:
    Replication(const CompiledModel& compiled, std::uint32_t replication, const RunOptions& options,
                VisitObserver* observer);
    ReplicationStats run();

private:
    void schedule_initial_events();
    void place_initial_occupants();
    void dispatch(const Event& e);
    void on_departure(const Event& e);
    void on_deadline(const Event& e);
    void on_renege(const Event& e);
    void on_supply_release(const Event& e);
    void on_supply_batch(const Event& e);
    void on_arrival(const Event& e);
    void on_arrival_batch(const Event& e);
    void on_regime_switch(const Event& e);
    void schedule_rules_events(Days from);
    void arrive(std::uint32_t a);
    PersonId new_person(bool cohort, std::uint32_t profile, std::uint32_t stream = 0);
    void enter(PersonId p, StageIndex s, std::optional<StageIndex> from);
    void start_deadlines(PersonId p, StageIndex s);
    void join_line(PersonId p, StageIndex s);
    void start_service(PersonId p, StageIndex s);
    std::optional<PersonId> next_in_line(StageIndex s);
    void leave_line(PersonId p, StageIndex s);
    void fill_places(StageIndex s);
    void free_place(StageIndex s);
    void hold_place(PersonId p, LeaveReason how);
    void release_held(PersonId p);
    void vacate(PersonId p, LeaveReason how);
    void move_on(PersonId p, StageIndex to, LeaveReason how);
    void give_unit(StageIndex s);
    void finish(PersonId p, StageIndex outcome, std::optional<StageIndex> from);
    void schedule_next_arrival(std::uint32_t stream, Days after);
    void schedule_next_release(StageIndex s, Days after);

    const Model& model_;  // the structure: stages, kinds, attributes, `sets`, `held_in`, queues
    const CompiledModel& compiled_;
    // The rules in force (format 1.1 regimes): durations, capacities, routing,
    // rates, deadlines and costs. Arrival and release events carry the epoch
    // of the rules that scheduled them; a switch makes the older ones stale.
    const Model* rules_;
    const RoutingTable* routing_;
    std::uint32_t epoch_;
    const std::uint32_t replication_;
    const RunOptions options_;
    const Days horizon_;

    ReplicationStreams rng_;
    const ProfileDraw draw_profile_;
    DeadlineClocks clocks_;
    std::vector<Places> places_;  // by stage
    EventQueue queue_;
    People people_;
    TallyRecorder tally_;
    std::unique_ptr<RuleChecker> journey_check_;  // null for a model without journey rules
    Days now_ = 0;
};

}  // namespace pathways::replication_detail
