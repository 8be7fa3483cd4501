// Rules coming into force during a replication (format 1.1 regimes).
#include "sim/replication_engine.h"

namespace pathways::replication_detail {

void Replication::schedule_initial_events() {
    for (std::uint32_t k = 0; k < model_.regimes.size(); ++k) {
        if (model_.regimes[k].from > 0) queue_.push(model_.regimes[k].from, EventType::regime_switch, k, 0, 0);
    }
    schedule_rules_events(0);
}

// Arrivals and releases of the rules in force, from `from` on.
void Replication::schedule_rules_events(Days from) {
    for (std::uint32_t a = 0; a < rules_->arrivals.size(); ++a) {
        schedule_next_arrival(a, from);
        const auto& batches = rules_->arrivals[a].plan.batches;
        for (std::uint32_t b = 0; b < batches.size(); ++b) {
            const Days day = batches[b].day;
            if (day >= from && day < horizon_) queue_.push(day, EventType::arrival_batch, a, b, epoch_);
        }
    }
    for (StageIndex s = 0; s < rules_->stages.size(); ++s) {
        const auto& supply = rules_->stages[s].supply;
        if (!supply) continue;
        places_[s].release_pending = false;
        if (from < horizon_ || places_[s].line.waiting() > 0) schedule_next_release(s, from);
        for (std::uint32_t b = 0; b < supply->batches.size(); ++b) {
            const Days day = supply->batches[b].day;
            if (day >= from) queue_.push(day, EventType::supply_batch, s, b, epoch_);
        }
    }
}

// A regime comes into force: sampled durations and deadline fire times run
// on; rates, routing and deadline rules change at once, and places a higher
// capacity adds are filled from the line straight away.
void Replication::on_regime_switch(const Event& e) {
    const Model& next = *model_.regimes[e.subject].rules;
    tally_.switch_rules(next, people_, now_);
    rules_ = &next;
    routing_ = &compiled_.regime_routing[e.subject];
    epoch_ = e.subject + 1;
    clocks_.use_rules(next);
    schedule_rules_events(now_);
    for (StageIndex s = 0; s < model_.stages.size(); ++s) {
        if (model_.stages[s].kind == StageKind::service) fill_places(s);
    }
}

}  // namespace pathways::replication_detail
