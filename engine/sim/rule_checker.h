#pragma once
// Checks the journey rules (format 1.2) on every cohort journey of one
// replication as it runs. The engine tells it of admissions, stage entries,
// clocks started and fired, and stays ended; it keeps per person slot only
// the bits and times the rule book numbered, and counts each journey at most
// once per rule. A replication of a model without rules has no checker.
//
// When a rule is tested:
// - `enter` rules (requires, forbids, within_days) on entering a listed stage,
//   against what happened strictly earlier in the journey (an earlier visit, a
//   clock that fired before, in event order, at the same instant included);
// - `in` rules (not_after_deadline) when a stay in a listed stage ends (or the
//   run ends with the person still there): the stay breaks the rule if any of
//   it falls after the clock fired, that is if it ends after both the entry
//   and the firing. A clock started again (the starting stage entered again)
//   has not fired until it fires again.
// `when` is judged on the values the person has at the test; `streams` on the
// stream they arrived by.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "sim/journey_rule_book.h"
#include "sim/people.h"
#include "tallies/rule_tally.h"

namespace pathways {

class RuleChecker {
public:
    explicit RuleChecker(const JourneyRuleBook& book)
        : book_(book),
          words_(book.bit_words() + book.broken_words()),
          slots_(book.time_slots()),
          tallies_(book.rule_count()) {}

    // A new journey in slot p: it has visited nothing and broken nothing.
    void admitted(PersonId p, const Person& x) {
        if (!x.cohort) return;
        const std::size_t need = (std::size_t{p} + 1);
        if (bits_.size() < need * words_) bits_.resize(need * words_);
        if (times_.size() < need * slots_) times_.resize(need * slots_);
        std::fill_n(bits_.begin() + static_cast<std::ptrdiff_t>(p * words_), words_, 0);
        std::fill_n(times_.begin() + static_cast<std::ptrdiff_t>(p * slots_), slots_, never);
    }
    // x has just entered stage s (its `sets` applied), outcome stages included.
    void entered(PersonId p, const Person& x, StageIndex s, Days now) {
        if (!x.cohort) return;
        const JourneyRuleBook::StageHooks& h = book_.stage(s);
        for (std::uint32_t i = h.entry_begin; i < h.entry_end; ++i) test_entry(p, x, book_.check(i), now);
        if (h.mark != JourneyRuleBook::none) bits_[p * words_ + h.mark / 64] |= std::uint64_t{1} << (h.mark % 64);
        if (h.entry_time != JourneyRuleBook::none) times_[p * slots_ + h.entry_time] = now;
    }
    // p's clock for deadline d starts (again): it has not fired since.
    void clock_started(PersonId p, const Person& x, std::uint32_t d) {
        const std::uint32_t clock = book_.deadline(d).clock;
        if (x.cohort && clock != JourneyRuleBook::none) times_[p * slots_ + clock] = never;
    }
    // p's clock for deadline d fires at `now`.
    void clock_fired(PersonId p, const Person& x, std::uint32_t d, Days now) {
        if (!x.cohort) return;
        const JourneyRuleBook::DeadlineHooks& h = book_.deadline(d);
        if (h.fired != JourneyRuleBook::none) bits_[p * words_ + h.fired / 64] |= std::uint64_t{1} << (h.fired % 64);
        if (h.clock != JourneyRuleBook::none) times_[p * slots_ + h.clock] = now;
    }
    // x's stay in x.stage ends at `now`.
    void stay_ended(PersonId p, const Person& x, Days now) {
        if (!x.cohort) return;
        const JourneyRuleBook::StageHooks& h = book_.stage(x.stage);
        for (std::uint32_t i = h.stay_begin; i < h.stay_end; ++i) test_stay(p, x, book_.check(i), now);
    }
    // The run ends at `end`: the stays of journeys still open end there.
    void close(const People& people, Days end);
    std::vector<RuleTally> tallies() && { return std::move(tallies_); }

private:
    static constexpr Days never = std::numeric_limits<Days>::infinity();

    void test_entry(PersonId p, const Person& x, std::uint32_t r, Days now);
    void test_stay(PersonId p, const Person& x, std::uint32_t r, Days now);
    bool any_bit(PersonId p, const std::vector<std::uint64_t>& mask) const;
    void broke(PersonId p, const Person& x, std::uint32_t r);

    const JourneyRuleBook& book_;
    const std::size_t words_;  // per person: the book's bits, then one bit per rule broken
    const std::size_t slots_;  // per person
    std::vector<std::uint64_t> bits_;
    std::vector<Days> times_;
    std::vector<RuleTally> tallies_;
};

}  // namespace pathways
