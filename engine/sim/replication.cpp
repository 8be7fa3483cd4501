#include "sim/replication.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "sim/event_queue.h"
#include "sim/random.h"
#include "sim/release_clock.h"
#include "sim/sampling.h"

namespace pathways {

const char* leave_reason_name(LeaveReason r) {
    switch (r) {
        case LeaveReason::route: return "moved_on";
        case LeaveReason::renege: return "gave_up_waiting";
        case LeaveReason::deadline: return "deadline";
        case LeaveReason::outcome: return "outcome";
        case LeaveReason::unfinished: return "unfinished";
    }
    return "?";
}

namespace {

struct Person {
    Days arrived = 0, entered = 0, started = 0;
    StageIndex stage = 0;
    std::uint32_t profile = 0;
    std::uint32_t visit = 0;  // bumped on every stage entry: events of older visits are stale
    std::uint64_t number = 0;
    double cost = 0;
    bool cohort = false, waiting = false, in_service = false, live = false;
};

struct QueueEntry {
    std::uint32_t person, visit;
};

// A waiting line: one FIFO per priority rank, highest rank first. People who
// leave it early (renege, deadline) are left in place and skipped when reached.
struct WaitingLine {
    std::vector<std::deque<QueueEntry>> ranks;
    std::uint64_t busy = 0;
    std::uint64_t waiting = 0;
    bool release_pending = false;  // supply: a Poisson release is scheduled
};

class Replication {
public:
    Replication(const CompiledModel& compiled, std::uint32_t replication, const RunOptions& options,
                VisitObserver* observer);
    ReplicationStats run();

private:
    // Set-up
    void make_streams();
    void make_tallies();
    void schedule_initial_events();
    void place_initial_occupants();
    // Events
    void dispatch(const Event& e);
    void on_departure(const Event& e);
    void on_deadline(const Event& e);
    void on_renege(const Event& e);
    void on_supply_release(const Event& e);
    void on_supply_batch(const Event& e);
    void on_arrival(const Event& e);
    void on_arrival_batch(const Event& e);
    // Journeys
    std::uint32_t new_person(bool cohort, std::uint32_t profile);
    std::uint32_t draw_profile(const Mix& mix, Rng& rng);
    void enter(std::uint32_t p, StageIndex s, std::optional<StageIndex> from);
    void start_deadlines(std::uint32_t p, StageIndex s);
    void join_line(std::uint32_t p, StageIndex s);
    void start_service(std::uint32_t p, StageIndex s);
    std::optional<std::uint32_t> next_in_line(StageIndex s);
    void leave_line(std::uint32_t p, StageIndex s);
    void vacate(std::uint32_t p, LeaveReason how);
    void move_on(std::uint32_t p, StageIndex to, LeaveReason how);
    void give_unit(StageIndex s);
    void finish(std::uint32_t p, StageIndex outcome, std::optional<StageIndex> from);
    void schedule_next_arrival(std::uint32_t stream, Days after);
    void schedule_next_release(StageIndex s, Days after);
    void close(Days end);
    bool in_window(Days t) const { return t >= warmup_ && t < horizon_; }
    void report(const Person& x, Days left, LeaveReason how);

    const Model& model_;
    const CompiledModel& compiled_;
    const std::uint32_t replication_;
    const RunOptions options_;
    VisitObserver* observer_;
    const Days horizon_, warmup_;
    const std::size_t deadlines_;

    std::vector<Rng> arrival_time_rng_, arrival_mix_rng_, duration_rng_, route_rng_, patience_rng_,
        supply_rng_, initial_rng_, deadline_rng_;
    std::vector<std::uint32_t> strides_;
    std::vector<std::vector<std::uint32_t>> starts_here_;  // by stage: deadlines started there
    std::vector<std::uint8_t> applies_;                    // deadline * stages + stage
    std::vector<WaitingLine> lines_;

    EventQueue queue_;
    std::vector<Person> people_;
    std::vector<std::uint32_t> free_;
    std::vector<std::uint32_t> clock_;  // person * deadlines + deadline: current clock generation
    Days now_ = 0;
    std::uint64_t cohort_remaining_ = 0, cohort_numbered_ = 0;
    ReplicationStats stats_;
};

Replication::Replication(const CompiledModel& compiled, std::uint32_t replication, const RunOptions& options,
                         VisitObserver* observer)
    : model_(compiled.model), compiled_(compiled), replication_(replication), options_(options),
      observer_(observer), horizon_(model_.simulation.horizon_days), warmup_(model_.simulation.warmup_days),
      deadlines_(model_.deadlines.size()) {
    make_streams();
    make_tallies();
    starts_here_.resize(model_.stages.size());
    applies_.assign(deadlines_ * model_.stages.size(), 0);
    for (std::size_t d = 0; d < deadlines_; ++d) {
        starts_here_[model_.deadlines[d].starts_at].push_back(static_cast<std::uint32_t>(d));
        for (StageIndex s : model_.deadlines[d].applies_to) applies_[d * model_.stages.size() + s] = 1;
    }
    strides_.assign(model_.attributes.size(), 1);
    for (std::size_t a = model_.attributes.size(); a-- > 1;) {
        strides_[a - 1] = strides_[a] * static_cast<std::uint32_t>(model_.attributes[a].values.size());
    }
}

void Replication::make_streams() {
    const std::uint64_t seed = model_.simulation.seed;
    auto streams = [&](std::size_t n, StreamPurpose purpose) {
        std::vector<Rng> v;
        v.reserve(n);
        for (std::size_t i = 0; i < n; ++i) v.emplace_back(seed, replication_, purpose, i);
        return v;
    };
    const std::size_t stages = model_.stages.size(), arrivals = model_.arrivals.size();
    arrival_time_rng_ = streams(arrivals, StreamPurpose::arrival_times);
    arrival_mix_rng_ = streams(arrivals, StreamPurpose::arrival_mix);
    duration_rng_ = streams(stages, StreamPurpose::stage_duration);
    route_rng_ = streams(stages, StreamPurpose::stage_route);
    patience_rng_ = streams(stages, StreamPurpose::stage_patience);
    supply_rng_ = streams(stages, StreamPurpose::supply_releases);
    initial_rng_ = streams(stages, StreamPurpose::initial_mix);
    deadline_rng_ = streams(deadlines_, StreamPurpose::deadline_after);
}

void Replication::make_tallies() {
    const auto& index = compiled_.index;
    stats_.stages.resize(model_.stages.size());
    for (auto& t : stats_.stages) {
        t.occupancy = t.queue = t.busy = TimeAverage(warmup_, horizon_);
        if (options_.daily_occupancy) t.occupancy.track_daily(static_cast<std::size_t>(std::ceil(horizon_)));
    }
    stats_.outcomes.resize(index.outcome_stage.size());
    stats_.flows.assign(index.flow.size(), 0);
    stats_.profiles.resize(model_.profile_count());
    for (auto& p : stats_.profiles) p.outcome.assign(index.outcome_stage.size(), 0);
    lines_.resize(model_.stages.size());
    for (std::size_t s = 0; s < model_.stages.size(); ++s) {
        const Stage& stage = model_.stages[s];
        if (!stage.waits()) continue;
        std::size_t ranks = 1;
        if (stage.priority) {
            ranks = model_.attributes[stage.priority->attribute].values.size() + 1;
        }
        lines_[s].ranks.resize(ranks);
    }
}

ReplicationStats Replication::run() {
    schedule_initial_events();
    place_initial_occupants();
    Days end = horizon_;
    const auto& follow_up = model_.simulation.follow_up_days;
    while (!queue_.empty()) {
        const Event& next = queue_.top();
        if (next.time >= horizon_ && cohort_remaining_ == 0) break;
        if (follow_up && next.time > horizon_ + *follow_up) {
            end = horizon_ + *follow_up;
            break;
        }
        Event e = queue_.pop();
        if (++stats_.events > options_.max_events) {
            throw EventLimitExceeded("replication " + std::to_string(replication_ + 1) + " passed " +
                                     std::to_string(options_.max_events) +
                                     " events (--max-events); no results were written");
        }
        now_ = e.time;
        dispatch(e);
        end = std::max(end, now_);
    }
    close(end);
    return std::move(stats_);
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
    }
}

void Replication::schedule_initial_events() {
    for (std::uint32_t a = 0; a < model_.arrivals.size(); ++a) {
        schedule_next_arrival(a, 0);
        const auto& batches = model_.arrivals[a].plan.batches;
        for (std::uint32_t b = 0; b < batches.size(); ++b) {
            if (batches[b].day < horizon_) queue_.push(batches[b].day, EventType::arrival_batch, a, b, 0);
        }
    }
    for (StageIndex s = 0; s < model_.stages.size(); ++s) {
        const auto& supply = model_.stages[s].supply;
        if (!supply) continue;
        schedule_next_release(s, 0);
        for (std::uint32_t b = 0; b < supply->batches.size(); ++b) {
            queue_.push(supply->batches[b].day, EventType::supply_batch, s, b, 0);
        }
    }
}

void Replication::place_initial_occupants() {
    for (StageIndex s = 0; s < model_.stages.size(); ++s) {
        const Initial& initial = model_.stages[s].initial;
        for (std::uint64_t i = 0; i < initial.count; ++i) {
            std::uint32_t p = new_person(false, draw_profile(initial.mix, initial_rng_[s]));
            enter(p, s, std::nullopt);
        }
    }
}

void Replication::schedule_next_arrival(std::uint32_t stream, Days after) {
    Rng& rng = arrival_time_rng_[stream];
    auto t = next_poisson_time(model_.arrivals[stream].plan, after, sample_exponential(rng, 1.0), horizon_,
                               PastHorizon::stop);
    if (t) queue_.push(*t, EventType::arrival, stream, 0, 0);
}

void Replication::schedule_next_release(StageIndex s, Days after) {
    Rng& rng = supply_rng_[s];
    auto t = next_poisson_time(*model_.stages[s].supply, after, sample_exponential(rng, 1.0), horizon_,
                               PastHorizon::continue_at_horizon_rate);
    if (!t) return;
    queue_.push(*t, EventType::supply_release, s, 0, 0);
    lines_[s].release_pending = true;
}

std::uint32_t Replication::draw_profile(const Mix& mix, Rng& rng) {
    std::uint32_t profile = 0;
    for (std::size_t a = 0; a < model_.attributes.size(); ++a) {
        std::uint32_t value = 0;
        if (a < mix.size() && mix[a].size() > 1) {
            double u = rng.uniform(), total = 0;
            value = static_cast<std::uint32_t>(mix[a].size() - 1);
            for (std::size_t v = 0; v + 1 < mix[a].size(); ++v) {
                total += mix[a][v];
                if (u < total) {
                    value = static_cast<std::uint32_t>(v);
                    break;
                }
            }
        } else if (a < mix.size() && mix[a].size() == 1) {
            value = 0;
        }
        profile += value * strides_[a];
    }
    return profile;
}

std::uint32_t Replication::new_person(bool cohort, std::uint32_t profile) {
    std::uint32_t p;
    if (!free_.empty()) {
        p = free_.back();
        free_.pop_back();
    } else {
        if (people_.size() >= options_.max_people) {
            throw PeopleLimitExceeded("replication " + std::to_string(replication_ + 1) + " had more than " +
                                      std::to_string(options_.max_people) +
                                      " people in the pathway at once (--max-people); no results were written");
        }
        p = static_cast<std::uint32_t>(people_.size());
        people_.emplace_back();
        clock_.resize(clock_.size() + deadlines_, 0);
    }
    Person& x = people_[p];
    std::uint32_t visit = x.visit;  // generations survive reuse of the slot
    x = Person{};
    x.visit = visit;
    x.arrived = now_;
    x.profile = profile;
    x.cohort = cohort;
    x.live = true;
    if (cohort) {
        x.number = ++cohort_numbered_;
        ++cohort_remaining_;
        ++stats_.cohort_size;
        ++stats_.profiles[profile].cohort;
    }
    return p;
}

void Replication::on_arrival(const Event& e) {
    const ArrivalStream& stream = model_.arrivals[e.subject];
    bool cohort = stream.in_cohort && in_window(now_);
    std::uint32_t p = new_person(cohort, draw_profile(stream.mix, arrival_mix_rng_[e.subject]));
    enter(p, stream.to, std::nullopt);
    schedule_next_arrival(e.subject, now_);
}

void Replication::on_arrival_batch(const Event& e) {
    const ArrivalStream& stream = model_.arrivals[e.subject];
    bool cohort = stream.in_cohort && in_window(now_);
    for (std::uint64_t i = 0; i < stream.plan.batches[e.generation].size; ++i) {
        std::uint32_t p = new_person(cohort, draw_profile(stream.mix, arrival_mix_rng_[e.subject]));
        enter(p, stream.to, std::nullopt);
    }
}

void Replication::enter(std::uint32_t p, StageIndex s, std::optional<StageIndex> from) {
    Person& x = people_[p];
    const Stage& stage = model_.stages[s];
    x.stage = s;
    x.entered = now_;
    x.waiting = x.in_service = false;
    ++x.visit;
    if (stage.kind == StageKind::outcome) {
        finish(p, s, from);
        return;
    }
    StageTally& tally = stats_.stages[s];
    tally.occupancy.change(now_, +1);
    if (in_window(now_)) ++tally.entries_in_window_all;
    if (x.cohort) {
        ++tally.entries;
        x.cost += stage.cost.per_entry;
    }
    if (!starts_here_[s].empty()) start_deadlines(p, s);
    switch (stage.kind) {
        case StageKind::delay:
            queue_.push(now_ + sample(*stage.duration, duration_rng_[s]), EventType::departure, p, x.visit, s);
            break;
        case StageKind::service:
            if (lines_[s].busy < stage.capacity) {
                start_service(p, s);
            } else {
                join_line(p, s);
            }
            break;
        case StageKind::supply: join_line(p, s); break;
        case StageKind::outcome: break;
    }
}

void Replication::start_deadlines(std::uint32_t p, StageIndex s) {
    for (std::uint32_t d : starts_here_[s]) {
        std::uint32_t generation = ++clock_[p * deadlines_ + d];
        Days after = sample(model_.deadlines[d].after, deadline_rng_[d]);
        queue_.push(now_ + after, EventType::deadline, p, generation, d);
    }
}

void Replication::join_line(std::uint32_t p, StageIndex s) {
    Person& x = people_[p];
    const Stage& stage = model_.stages[s];
    std::size_t rank = 0;
    if (stage.priority) {
        std::uint32_t value = model_.profile_value(x.profile, stage.priority->attribute);
        rank = std::min<std::size_t>(stage.priority->rank_of_value[value], lines_[s].ranks.size() - 1);
    }
    lines_[s].ranks[rank].push_back({p, x.visit});
    ++lines_[s].waiting;
    x.waiting = true;
    if (stage.supply && !lines_[s].release_pending && now_ >= horizon_) schedule_next_release(s, now_);
    stats_.stages[s].queue.change(now_, +1);
    if (stage.patience) {
        queue_.push(now_ + sample(*stage.patience, patience_rng_[s]), EventType::renege, p, x.visit, s);
    }
}

void Replication::start_service(std::uint32_t p, StageIndex s) {
    Person& x = people_[p];
    const Stage& stage = model_.stages[s];
    x.in_service = true;
    x.started = now_;
    ++lines_[s].busy;
    StageTally& tally = stats_.stages[s];
    tally.busy.change(now_, +1);
    if (x.cohort) {
        ++tally.started;
        tally.wait_days += now_ - x.entered;
        if (now_ > x.entered) {
            ++tally.waited;
            tally.when_wait.add(x.entered - x.arrived);
        }
    }
    queue_.push(now_ + sample(*stage.duration, duration_rng_[s]), EventType::departure, p, x.visit, s);
}

std::optional<std::uint32_t> Replication::next_in_line(StageIndex s) {
    for (auto& line : lines_[s].ranks) {
        while (!line.empty()) {
            QueueEntry entry = line.front();
            line.pop_front();
            const Person& x = people_[entry.person];
            if (x.live && x.visit == entry.visit && x.waiting) return entry.person;
        }
    }
    return std::nullopt;
}

void Replication::leave_line(std::uint32_t p, StageIndex s) {
    people_[p].waiting = false;
    --lines_[s].waiting;
    stats_.stages[s].queue.change(now_, -1);
}

// Takes person p out of their stage (place, line, occupancy) and tallies the stay.
void Replication::vacate(std::uint32_t p, LeaveReason how) {
    Person& x = people_[p];
    const StageIndex s = x.stage;
    const Stage& stage = model_.stages[s];
    StageTally& tally = stats_.stages[s];
    tally.occupancy.change(now_, -1);
    if (x.waiting) leave_line(p, s);
    if (x.cohort) {
        ++tally.exits;
        tally.stay_days += now_ - x.entered;
        x.cost += stage.cost.per_day * (now_ - x.entered);
    }
    if (observer_ && x.cohort) report(x, now_, how);
    if (x.in_service) {
        x.in_service = false;
        --lines_[s].busy;
        tally.busy.change(now_, -1);
        // The freed place goes straight to the head of the line.
        if (auto next = next_in_line(s)) {
            leave_line(*next, s);
            start_service(*next, s);
        }
    }
}

void Replication::report(const Person& x, Days left, LeaveReason how) {
    VisitRecord r;
    r.person = x.number;
    r.replication = replication_;
    r.stage = x.stage;
    r.entered = x.entered;
    if (x.in_service || (model_.stages[x.stage].kind == StageKind::supply && how == LeaveReason::route)) {
        r.started = x.started;
    }
    r.left = left;
    r.how = how;
    r.profile = x.profile;
    observer_->on_visit(r);
}

void Replication::move_on(std::uint32_t p, StageIndex to, LeaveReason how) {
    const StageIndex from = people_[p].stage;
    vacate(p, how);
    if (people_[p].cohort) {
        std::uint32_t slot = compiled_.index.flow_slot(from, to);
        if (slot != no_slot) ++stats_.flows[slot];
    }
    enter(p, to, from);
}

void Replication::on_departure(const Event& e) {
    const Person& x = people_[e.subject];
    if (!x.live || x.visit != e.generation) return;
    StageIndex to = compiled_.routing.draw(e.aux, x.profile, route_rng_[e.aux]);
    move_on(e.subject, to, LeaveReason::route);
}

void Replication::on_renege(const Event& e) {
    Person& x = people_[e.subject];
    if (!x.live || x.visit != e.generation || !x.waiting) return;
    StageTally& tally = stats_.stages[e.aux];
    if (x.cohort) {
        ++tally.reneged;
        tally.when_renege.add(now_ - x.arrived);
    }
    move_on(e.subject, *model_.stages[e.aux].on_renege, LeaveReason::renege);
}

void Replication::on_deadline(const Event& e) {
    const std::uint32_t d = e.aux;
    Person& x = people_[e.subject];
    if (!x.live || clock_[e.subject * deadlines_ + d] != e.generation) return;
    ++clock_[e.subject * deadlines_ + d];  // fired: a later restart starts afresh
    if (!applies_[d * model_.stages.size() + x.stage]) return;
    StageTally& tally = stats_.stages[x.stage];
    if (x.cohort) {
        ++tally.diverted;
        tally.when_deadline.add(now_ - x.arrived);
    }
    move_on(e.subject, model_.deadlines[d].divert_to, LeaveReason::deadline);
}

// A unit goes to the head of the line, who leaves at once by `next`.
void Replication::give_unit(StageIndex s) {
    auto p = next_in_line(s);
    if (!p) return;  // released to an empty line: lost
    Person& x = people_[*p];
    x.started = now_;
    StageTally& tally = stats_.stages[s];
    if (x.cohort) {
        ++tally.started;
        tally.wait_days += now_ - x.entered;
        if (now_ > x.entered) {
            ++tally.waited;
            tally.when_wait.add(x.entered - x.arrived);
        }
    }
    StageIndex to = compiled_.routing.draw(s, x.profile, route_rng_[s]);
    move_on(*p, to, LeaveReason::route);
}

void Replication::on_supply_release(const Event& e) {
    lines_[e.subject].release_pending = false;
    give_unit(e.subject);
    // Past the horizon, releases go on only while someone waits, so that a run
    // whose cohort is stuck elsewhere can end. Poisson releases are memoryless:
    // restarting the clock when someone joins changes no probabilities.
    if (now_ < horizon_ || lines_[e.subject].waiting > 0) schedule_next_release(e.subject, now_);
}

void Replication::on_supply_batch(const Event& e) {
    const auto& batch = model_.stages[e.subject].supply->batches[e.generation];
    for (std::uint64_t i = 0; i < batch.size; ++i) give_unit(e.subject);
}

void Replication::finish(std::uint32_t p, StageIndex outcome, std::optional<StageIndex> from) {
    Person& x = people_[p];
    if (x.cohort) {
        const Days days = now_ - x.arrived;
        const std::uint32_t slot = compiled_.index.outcome_slot[outcome];
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
        if (observer_) report(x, now_, LeaveReason::outcome);
        --cohort_remaining_;
    }
    for (std::size_t d = 0; d < deadlines_; ++d) ++clock_[p * deadlines_ + d];
    x.live = false;
    free_.push_back(p);
}

// Ends the run at `end`: closes the time averages and the journeys still open.
void Replication::close(Days end) {
    now_ = end;
    for (std::size_t s = 0; s < model_.stages.size(); ++s) {
        StageTally& t = stats_.stages[s];
        Days until = std::max(end, horizon_);
        t.occupancy.advance(until);
        t.queue.advance(until);
        t.busy.advance(until);
        const Cost& cost = model_.stages[s].cost;
        stats_.cost_total += cost.per_day * t.occupancy.area() + cost.per_entry * t.entries_in_window_all;
    }
    for (Person& x : people_) {
        if (!x.live || !x.cohort) continue;
        x.cost += model_.stages[x.stage].cost.per_day * (end - x.entered);
        stats_.cost_cohort += x.cost;
        if (observer_) report(x, end, LeaveReason::unfinished);
    }
    stats_.unfinished = cohort_remaining_;
}

}  // namespace

ReplicationStats run_replication(const CompiledModel& compiled, std::uint32_t replication,
                                 const RunOptions& options, VisitObserver* observer) {
    return Replication(compiled, replication, options, observer).run();
}

}  // namespace pathways
