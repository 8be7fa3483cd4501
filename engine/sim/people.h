#pragma once
// The people in the system, in slots reused once a journey ends, so memory
// follows the number in the system at once rather than the number simulated.
// A slot keeps its visit count across reuse: events addressed to an earlier
// occupant's visit stay stale.
#include <cstdint>
#include <vector>

#include "model/model.h"

namespace pathways {

using PersonId = std::uint32_t;
inline constexpr StageIndex no_stage = UINT32_MAX;

struct Person {
    Days arrived = 0, entered = 0, started = 0;
    StageIndex stage = 0;
    std::uint32_t profile = 0;
    std::uint32_t visit = 0;     // bumped on every stage entry: events of older visits are stale
    std::uint32_t slot = 0;      // the person's own PersonId, for state kept beside the slots
    std::uint64_t number = 0;    // cohort members: 1, 2, ... in arrival order
    std::uint32_t stream = 0;    // the arrival stream they came by (cohort members)
    StageIndex held = no_stage;  // a service stage whose place they keep while waiting elsewhere
    Days held_since = 0;
    double cost = 0;
    bool cohort = false, waiting = false, in_service = false, live = false;
};

class People {
public:
    // A new person arrives at `now`; cohort members are numbered and counted.
    PersonId admit(Days now, std::uint32_t profile, bool cohort, std::uint32_t stream = 0) {
        PersonId p;
        if (!free_.empty()) {
            p = free_.back();
            free_.pop_back();
        } else {
            p = static_cast<PersonId>(slots_.size());
            slots_.emplace_back();
        }
        Person& x = slots_[p];
        x = Person{.arrived = now,
                   .profile = profile,
                   .visit = x.visit,
                   .slot = p,
                   .stream = stream,
                   .cohort = cohort,
                   .live = true};
        if (cohort) {
            x.number = ++cohort_numbered_;
            ++cohort_in_system_;
        }
        return p;
    }
    // The journey of p has ended; the slot may be reused.
    void release(PersonId p) {
        Person& x = slots_[p];
        if (x.cohort) --cohort_in_system_;
        x.live = false;
        free_.push_back(p);
    }
    Person& operator[](PersonId p) { return slots_[p]; }
    const Person& operator[](PersonId p) const { return slots_[p]; }
    // Every slot, live or not (check Person::live).
    const std::vector<Person>& slots() const { return slots_; }
    std::uint64_t cohort_in_system() const { return cohort_in_system_; }
    // Everyone in the system now, cohort or not.
    std::size_t in_system() const { return slots_.size() - free_.size(); }

private:
    std::vector<Person> slots_;
    std::vector<PersonId> free_;
    std::uint64_t cohort_numbered_ = 0, cohort_in_system_ = 0;
};

}  // namespace pathways
