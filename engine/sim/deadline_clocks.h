#pragma once
// Deadline clocks: one per person and deadline, started when the person enters
// the deadline's starting stage. A clock is never stopped by removing its
// event: its generation moves on instead, and an event that carries an older
// generation is stale when it comes up.
#include <cstdint>
#include <vector>

#include "model/model.h"
#include "sim/people.h"

namespace pathways {

class DeadlineClocks {
public:
    explicit DeadlineClocks(const Model& model);
    // Where clocks start and which stages they apply to, from the rules now in force.
    void use_rules(const Model& rules);

    std::size_t count() const { return deadlines_; }
    // The deadlines whose clocks start on entering stage s.
    const std::vector<std::uint32_t>& starting_at(StageIndex s) const { return starting_at_[s]; }
    // Whether deadline d diverts someone who is at stage s when it fires.
    bool applies(std::uint32_t d, StageIndex s) const { return applies_[d * stages_ + s] != 0; }

    // (Re)starts p's clock for d; returns the generation its event must carry.
    std::uint32_t start(PersonId p, std::uint32_t d) { return ++slot(p, d); }
    bool current(PersonId p, std::uint32_t d, std::uint32_t generation) const {
        return generation_[p * deadlines_ + d] == generation;
    }
    // The clock fired; a later restart starts afresh.
    void expire(PersonId p, std::uint32_t d) { ++slot(p, d); }
    // p's journey ended: every clock of theirs goes stale.
    void stop_all(PersonId p) {
        for (std::uint32_t d = 0; d < deadlines_; ++d) ++slot(p, d);
    }

private:
    // Grows with the people pool; a new slot's generation starts at 0.
    std::uint32_t& slot(PersonId p, std::uint32_t d) {
        const std::size_t i = std::size_t{p} * deadlines_ + d;
        if (i >= generation_.size()) generation_.resize((std::size_t{p} + 1) * deadlines_, 0);
        return generation_[i];
    }

    std::uint32_t deadlines_;
    std::size_t stages_;
    std::vector<std::vector<std::uint32_t>> starting_at_;  // by stage
    std::vector<std::uint8_t> applies_;                    // deadline * stages + stage
    std::vector<std::uint32_t> generation_;                // person * deadlines + deadline
};

}  // namespace pathways
