#pragma once
// The model's journey rules (format 1.2) compiled for checking: which stage
// entries, stays and deadline firings each rule looks at, as indices fixed at
// load, so that a replication keeps per person only a few bits (stages
// visited, deadlines fired, rules broken) and a few times (last entries,
// clocks fired). Built once per model and shared read-only by every
// replication.
#include <cstdint>
#include <limits>
#include <vector>

#include "model/model.h"

namespace pathways {

class JourneyRuleBook {
public:
    static constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

    // What happens at one stage: the rules tested on entering it or on
    // leaving it (positions in checks()), and what entering it records.
    struct StageHooks {
        std::uint32_t entry_begin = 0, entry_end = 0;  // `enter` rules
        std::uint32_t stay_begin = 0, stay_end = 0;    // `in` rules
        std::uint32_t mark = none;                     // bit: the stage was visited
        std::uint32_t entry_time = none;               // time slot: the last entry
    };
    struct DeadlineHooks {
        std::uint32_t fired = none;  // bit: the clock has ever fired
        std::uint32_t clock = none;  // time slot: when the clock now running fired
    };
    // One rule as the engine tests it.
    struct Compiled {
        RuleForm form = RuleForm::requires_earlier;
        std::vector<std::uint64_t> mask;         // bits that satisfy (requires) or break (forbids) it
        std::vector<std::uint32_t> entry_times;  // within_days: the of_entering stages' time slots
        std::uint32_t clock = none;              // not_after_deadline: the clock's time slot
        Days within_days = 0;
        std::vector<std::uint8_t> by_profile;  // whether `when` holds, by profile; empty: for everyone
        std::vector<std::uint8_t> by_stream;   // whether it applies, by arrival stream; empty: every stream
    };

    explicit JourneyRuleBook(const Model& model);

    bool empty() const { return rules_.empty(); }
    std::size_t rule_count() const { return rules_.size(); }
    std::size_t bit_words() const { return bit_words_; }  // per person: stages visited, deadlines fired
    std::size_t broken_words() const { return (rules_.size() + 63) / 64; }  // per person: rules broken
    std::size_t time_slots() const { return time_slots_; }                  // per person

    const StageHooks& stage(StageIndex s) const { return stages_[s]; }
    const DeadlineHooks& deadline(std::uint32_t d) const { return deadlines_[d]; }
    std::uint32_t check(std::uint32_t position) const { return checks_[position]; }
    const Compiled& rule(std::uint32_t r) const { return rules_[r]; }
    bool applies(std::uint32_t r, std::uint32_t profile, std::uint32_t stream) const {
        const Compiled& c = rules_[r];
        return (c.by_profile.empty() || c.by_profile[profile]) && (c.by_stream.empty() || c.by_stream[stream]);
    }

private:
    void number_marks(const Model& model);
    void list_checks(const Model& model);
    void compile(const Model& model, const JourneyRule& rule, Compiled& c) const;

    std::vector<StageHooks> stages_;
    std::vector<DeadlineHooks> deadlines_;
    std::vector<std::uint32_t> checks_;  // rule indices, grouped by stage: entries first, then stays
    std::vector<Compiled> rules_;
    std::size_t bit_words_ = 0, time_slots_ = 0;
};

}  // namespace pathways
