#include "sim/journey_rule_book.h"

#include <algorithm>

namespace pathways {

JourneyRuleBook::JourneyRuleBook(const Model& model)
    : stages_(model.stages.size()), deadlines_(model.deadlines.size()), rules_(model.journey_rules.size()) {
    if (model.journey_rules.empty()) return;
    number_marks(model);
    list_checks(model);
    for (std::size_t r = 0; r < rules_.size(); ++r) compile(model, model.journey_rules[r], rules_[r]);
}

// Gives a bit to each stage and deadline some rule asks about ("visited",
// "deadline_fired") and a time slot to each stage whose last entry and each
// clock whose firing some rule measures from: nothing for the others.
void JourneyRuleBook::number_marks(const Model& model) {
    std::uint32_t bits = 0, slots = 0;
    auto bit = [&](std::uint32_t& b) {
        if (b == none) b = bits++;
    };
    auto slot = [&](std::uint32_t& t) {
        if (t == none) t = static_cast<std::uint32_t>(slots++);
    };
    for (const JourneyRule& rule : model.journey_rules) {
        switch (rule.form) {
            case RuleForm::requires_earlier:
                for (std::uint32_t d : rule.deadlines) bit(deadlines_[d].fired);
                [[fallthrough]];
            case RuleForm::forbids_earlier:
                for (std::uint32_t s : rule.visited) bit(stages_[s].mark);
                break;
            case RuleForm::within_days:
                for (std::uint32_t s : rule.visited) slot(stages_[s].entry_time);
                break;
            case RuleForm::not_after_deadline: slot(deadlines_[rule.deadlines[0]].clock); break;
        }
    }
    bit_words_ = (bits + 63) / 64;
    time_slots_ = slots;
}

// Each stage's rules, tested on entering it (`enter`) or on leaving it (`in`).
void JourneyRuleBook::list_checks(const Model& model) {
    const auto& rules = model.journey_rules;
    for (StageIndex s = 0; s < stages_.size(); ++s) {
        StageHooks& h = stages_[s];
        for (int stays = 0; stays < 2; ++stays) {
            (stays ? h.stay_begin : h.entry_begin) = static_cast<std::uint32_t>(checks_.size());
            for (std::uint32_t r = 0; r < rules.size(); ++r) {
                const bool stay_rule = rules[r].form == RuleForm::not_after_deadline;
                const auto& listed = rules[r].stages;
                if (stay_rule == (stays == 1) && std::find(listed.begin(), listed.end(), s) != listed.end())
                    checks_.push_back(r);
            }
            (stays ? h.stay_end : h.entry_end) = static_cast<std::uint32_t>(checks_.size());
        }
    }
}

void JourneyRuleBook::compile(const Model& model, const JourneyRule& rule, Compiled& c) const {
    c.form = rule.form;
    c.within_days = rule.within_days;
    c.mask.assign(bit_words_, 0);
    auto set = [&](std::uint32_t b) { c.mask[b / 64] |= std::uint64_t{1} << (b % 64); };
    if (rule.form == RuleForm::requires_earlier || rule.form == RuleForm::forbids_earlier) {
        for (std::uint32_t s : rule.visited) set(stages_[s].mark);
        for (std::uint32_t d : rule.deadlines) set(deadlines_[d].fired);
    }
    if (rule.form == RuleForm::within_days)
        for (std::uint32_t s : rule.visited) c.entry_times.push_back(stages_[s].entry_time);
    if (rule.form == RuleForm::not_after_deadline) c.clock = deadlines_[rule.deadlines[0]].clock;
    if (!rule.when.empty()) {
        c.by_profile.assign(model.profile_count(), 0);
        for (std::uint32_t p = 0; p < c.by_profile.size(); ++p) {
            c.by_profile[p] = std::all_of(rule.when.begin(), rule.when.end(),
                                          [&](const auto& w) { return model.profile_value(p, w.first) == w.second; });
        }
    }
    if (!rule.streams.empty()) {
        c.by_stream.assign(model.arrivals.size(), 0);
        for (std::uint32_t a : rule.streams) c.by_stream[a] = 1;
    }
}

}  // namespace pathways
