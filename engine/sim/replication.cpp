#include "sim/replication.h"

#include <algorithm>
#include <chrono>
#include <optional>

#include "model/memory_room.h"
#include "sim/release_clock.h"
#include "sim/replication_engine.h"
#include "sim/sampling.h"

namespace pathways::replication_detail {

Replication::Replication(const CompiledModel& compiled, std::uint32_t replication, const RunOptions& options,
                         VisitObserver* observer)
    : model_(compiled.model),
      compiled_(compiled),
      rules_(&compiled.rules_at_start()),
      routing_(&compiled.routing_at_start()),
      epoch_(compiled.epoch_at_start()),
      replication_(replication),
      options_(options),
      horizon_(model_.simulation.horizon_days),
      rng_(model_, replication),
      draw_profile_(model_),
      clocks_(*rules_),
      places_(model_.stages.size()),
      tally_(model_, *rules_, compiled.index, replication, options.daily_occupancy, observer),
      journey_check_(compiled.journey_rules.empty() ? nullptr : std::make_unique<RuleChecker>(compiled.journey_rules)) {
    for (std::size_t s = 0; s < model_.stages.size(); ++s) {
        if (model_.stages[s].waits()) places_[s].line.set_ranks(priority_ranks(model_, model_.stages[s]));
    }
}

ReplicationStats Replication::run() {
    schedule_initial_events();
    place_initial_occupants();
    Days end = horizon_;
    const auto& follow_up = model_.simulation.follow_up_days;
    std::uint64_t events = 0;
    while (!queue_.empty()) {
        const Event& next = queue_.top();
        if (next.time >= horizon_ && people_.cohort_in_system() == 0) break;
        if (follow_up && next.time > horizon_ + *follow_up) {
            end = horizon_ + *follow_up;
            break;
        }
        Event e = queue_.pop();
        if (++events > options_.max_events) event_limit_passed(replication_, options_.max_events);
        // Reading the clock every event would cost more than the event itself.
        if (events % clock_check_events == 0) {
            if (std::chrono::steady_clock::now() > options_.stop_by) time_limit_passed(replication_);
            if (options_.cancel && options_.cancel->load(std::memory_order_relaxed)) run_cancelled(replication_);
            check_memory_room();
        }
        now_ = e.time;
        dispatch(e);
        end = std::max(end, now_);
    }
    if (journey_check_) journey_check_->close(people_, end);
    ReplicationStats stats = tally_.close(end, people_, events);
    if (journey_check_) stats.journey_rules = std::move(*journey_check_).tallies();
    return stats;
}

void Replication::dispatch(const Event& e) {
    switch (e.type()) {
        case EventType::departure: on_departure(e); break;
        case EventType::deadline: on_deadline(e); break;
        case EventType::renege: on_renege(e); break;
        case EventType::supply_release: on_supply_release(e); break;
        case EventType::supply_batch: on_supply_batch(e); break;
        case EventType::arrival: on_arrival(e); break;
        case EventType::arrival_batch: on_arrival_batch(e); break;
        case EventType::regime_switch: on_regime_switch(e); break;
    }
}

void Replication::place_initial_occupants() {
    for (StageIndex s = 0; s < model_.stages.size(); ++s) {
        const Initial& initial = model_.stages[s].initial;
        for (std::uint64_t i = 0; i < initial.count; ++i) {
            enter(new_person(false, draw_profile_(initial.mix, rng_.initial_mix[s])), s, std::nullopt);
        }
    }
}

void Replication::schedule_next_arrival(std::uint32_t stream, Days after) {
    const double exp1 = sample_exponential(rng_.arrival_time[stream], 1.0);
    auto t = next_poisson_time(rules_->arrivals[stream].plan, after, exp1, horizon_, PastHorizon::stop);
    if (t) queue_.push(*t, EventType::arrival, stream, epoch_, 0);
}

PersonId Replication::new_person(bool cohort, std::uint32_t profile, std::uint32_t stream) {
    if (people_.in_system() >= options_.max_people) people_limit_passed(replication_, options_.max_people);
    const PersonId p = people_.admit(now_, profile, cohort, stream);
    tally_.arrived(people_[p]);
    if (journey_check_) journey_check_->admitted(p, people_[p]);
    return p;
}

// Someone arrives by stream a; they join the cohort inside the measurement window.
void Replication::arrive(std::uint32_t a) {
    const ArrivalStream& stream = rules_->arrivals[a];
    const bool cohort = stream.in_cohort && tally_.in_window(now_);
    tally_.came(a, now_);
    enter(new_person(cohort, draw_profile_(stream.mix, rng_.arrival_mix[a]), a), stream.to, std::nullopt);
}

void Replication::on_arrival(const Event& e) {
    if (e.generation != epoch_) return;
    arrive(e.subject);
    schedule_next_arrival(e.subject, now_);
}

void Replication::on_arrival_batch(const Event& e) {
    if (e.aux != epoch_) return;
    for (std::uint64_t i = 0; i < rules_->arrivals[e.subject].plan.batches[e.generation].size; ++i) arrive(e.subject);
}

void Replication::enter(PersonId p, StageIndex s, std::optional<StageIndex> from) {
    Person& x = people_[p];
    const Stage& stage = rules_->stages[s];
    x.stage = s;
    x.entered = now_;
    x.waiting = x.in_service = false;
    ++x.visit;
    if (!stage.sets.empty()) x.profile = model_.after_entering(s, x.profile);
    if (journey_check_) journey_check_->entered(p, x, s, now_);
    if (stage.kind == StageKind::outcome) {
        finish(p, s, from);
        return;
    }
    tally_.entered(x, s, now_);
    if (!clocks_.starting_at(s).empty()) start_deadlines(p, s);
    switch (stage.kind) {
        case StageKind::delay:
            queue_.push(now_ + sample(*stage.duration, rng_.duration[s]), EventType::departure, p, x.visit, s);
            break;
        case StageKind::service:
            if (places_[s].busy < stage.capacity) {
                start_service(p, s);
            } else {
                join_line(p, s);
            }
            break;
        case StageKind::supply: join_line(p, s); break;
        case StageKind::outcome: break;
    }
}

void Replication::start_deadlines(PersonId p, StageIndex s) {
    for (std::uint32_t d : clocks_.starting_at(s)) {
        const std::uint32_t generation = clocks_.start(p, d);
        if (journey_check_) journey_check_->clock_started(p, people_[p], d);
        const Days after = sample(rules_->deadlines[d].after, rng_.deadline_after[d]);
        queue_.push(now_ + after, EventType::deadline, p, generation, d);
    }
}

void Replication::join_line(PersonId p, StageIndex s) {
    Person& x = people_[p];
    const Stage& stage = rules_->stages[s];
    Places& places = places_[s];
    places.line.join(priority_rank(model_, stage, x.profile), {p, x.visit});
    x.waiting = true;
    if (stage.supply && !places.release_pending && now_ >= horizon_) schedule_next_release(s, now_);
    tally_.joined_line(s, now_);
    if (stage.patience) {
        queue_.push(now_ + sample(*stage.patience, rng_.patience[s]), EventType::renege, p, x.visit, s);
    }
}

void Replication::start_service(PersonId p, StageIndex s) {
    Person& x = people_[p];
    x.in_service = true;
    x.started = now_;
    ++places_[s].busy;
    tally_.took_place(s, now_);
    tally_.served(x, s, now_);
    queue_.push(now_ + sample(*rules_->stages[s].duration, rng_.duration[s]), EventType::departure, p, x.visit, s);
}

std::optional<PersonId> Replication::next_in_line(StageIndex s) {
    return places_[s].line.next([this](const WaitingLine::Entry& entry) {
        const Person& x = people_[entry.person];
        return x.live && x.visit == entry.visit && x.waiting;
    });
}

void Replication::leave_line(PersonId p, StageIndex s) {
    people_[p].waiting = false;
    places_[s].line.leave();
    tally_.left_line(s, now_);
}

// Free places go straight to the head of the line; a lower capacity leaves
// them empty until occupancy is under it.
void Replication::fill_places(StageIndex s) {
    while (places_[s].busy < rules_->stages[s].capacity) {
        const auto next = next_in_line(s);
        if (!next) return;
        leave_line(*next, s);
        start_service(*next, s);
    }
}

void Replication::free_place(StageIndex s) {
    --places_[s].busy;
    tally_.freed_place(s, now_);
    fill_places(s);
}

// Takes person p out of their stage (place, line, occupancy) and tallies the stay.
void Replication::vacate(PersonId p, LeaveReason how) {
    Person& x = people_[p];
    const StageIndex s = x.stage;
    if (journey_check_) journey_check_->stay_ended(p, x, now_);
    if (x.waiting) leave_line(p, s);
    tally_.left(x, now_, how);
    if (x.held != no_stage) release_held(p);
    if (!x.in_service) return;
    x.in_service = false;
    free_place(s);
}

void Replication::move_on(PersonId p, StageIndex to, LeaveReason how) {
    const Person& x = people_[p];
    const StageIndex from = x.stage;
    if (x.in_service && model_.stages[to].held_in == from)
        hold_place(p, how);
    else
        vacate(p, how);
    tally_.moved(people_[p], from, to);
    enter(p, to, from);
}

void Replication::on_departure(const Event& e) {
    const Person& x = people_[e.subject];
    if (!x.live || x.visit != e.generation) return;
    move_on(e.subject, routing_->draw(e.aux, x.profile, rng_.route[e.aux]), LeaveReason::route);
}

void Replication::on_renege(const Event& e) {
    const Person& x = people_[e.subject];
    if (!x.live || x.visit != e.generation || !x.waiting) return;
    tally_.reneged(x, now_);
    move_on(e.subject, *rules_->stages[e.aux].on_renege, LeaveReason::renege);
}

void Replication::on_deadline(const Event& e) {
    const std::uint32_t d = e.aux;
    const Person& x = people_[e.subject];
    if (!x.live || !clocks_.current(e.subject, d, e.generation)) return;
    clocks_.expire(e.subject, d);
    if (journey_check_) journey_check_->clock_fired(e.subject, x, d, now_);
    if (!clocks_.applies(d, x.stage)) return;
    tally_.diverted(x, now_);
    const Deadline& deadline = rules_->deadlines[d];
    move_on(e.subject, deadline.divert_to[*deadline.position(x.stage)], LeaveReason::deadline);
}

void Replication::finish(PersonId p, StageIndex outcome, std::optional<StageIndex> from) {
    tally_.finished(people_[p], outcome, from, now_);
    clocks_.stop_all(p);
    people_.release(p);
}

}  // namespace pathways::replication_detail

namespace pathways {

ReplicationStats run_replication(const CompiledModel& compiled, std::uint32_t replication, const RunOptions& options,
                                 VisitObserver* observer) {
    return replication_detail::Replication(compiled, replication, options, observer).run();
}

}  // namespace pathways
