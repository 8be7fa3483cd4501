// Supply stages: units (social lets, say) released to a line, at random or in batches.
#include "sim/release_clock.h"
#include "sim/replication_engine.h"
#include "sim/sampling.h"

namespace pathways::replication_detail {

void Replication::schedule_next_release(StageIndex s, Days after) {
    const double exp1 = sample_exponential(rng_.supply[s], 1.0);
    auto t = next_poisson_time(*rules_->stages[s].supply, after, exp1, horizon_, PastHorizon::continue_at_horizon_rate);
    if (!t) return;
    queue_.push(*t, EventType::supply_release, s, epoch_, 0);
    places_[s].release_pending = true;
}

// A unit goes to the head of the line, who leaves at once by routing.
void Replication::give_unit(StageIndex s) {
    const auto p = next_in_line(s);
    if (!p) return;  // released to an empty line: lost
    Person& x = people_[*p];
    x.started = now_;
    tally_.served(x, s, now_);
    move_on(*p, routing_->draw(s, x.profile, rng_.route[s]), LeaveReason::route);
}

void Replication::on_supply_release(const Event& e) {
    if (e.generation != epoch_) return;
    places_[e.subject].release_pending = false;
    give_unit(e.subject);
    // Past the horizon, releases go on only while someone waits, so that a run
    // whose cohort is stuck elsewhere can end. Poisson releases are memoryless:
    // restarting the clock when someone joins changes no probabilities.
    if (now_ < horizon_ || places_[e.subject].line.waiting() > 0) schedule_next_release(e.subject, now_);
}

void Replication::on_supply_batch(const Event& e) {
    if (e.aux != epoch_) return;
    const auto& batch = rules_->stages[e.subject].supply->batches[e.generation];
    for (std::uint64_t i = 0; i < batch.size; ++i) give_unit(e.subject);
}

}  // namespace pathways::replication_detail
