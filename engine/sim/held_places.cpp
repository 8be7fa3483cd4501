// Places kept while a person waits elsewhere (format 1.1 `held_in`).
#include "sim/replication_engine.h"

namespace pathways::replication_detail {

// p moves from a place in service into the supply stage that holds it
// (format 1.1 `held_in`): the stay ends but the place stays taken.
void Replication::hold_place(PersonId p, LeaveReason how) {
    Person& x = people_[p];
    if (journey_check_) journey_check_->stay_ended(p, x, now_);
    tally_.left_holding(x, now_, how);
    x.in_service = false;
    x.held = x.stage;
    x.held_since = now_;
}

void Replication::release_held(PersonId p) {
    Person& x = people_[p];
    tally_.released_hold(x, now_);
    const StageIndex s = x.held;
    x.held = no_stage;
    free_place(s);
}

}  // namespace pathways::replication_detail
