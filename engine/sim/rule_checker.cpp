#include "sim/rule_checker.h"

#include <algorithm>

namespace pathways {

bool RuleChecker::any_bit(PersonId p, const std::vector<std::uint64_t>& mask) const {
    const std::uint64_t* mine = bits_.data() + p * words_;
    for (std::size_t w = 0; w < mask.size(); ++w)
        if (mine[w] & mask[w]) return true;
    return false;
}

void RuleChecker::test_entry(PersonId p, const Person& x, std::uint32_t r, Days now) {
    if (!book_.applies(r, x.profile, x.stream)) return;
    const JourneyRuleBook::Compiled& rule = book_.rule(r);
    switch (rule.form) {
        case RuleForm::requires_earlier:
            if (!any_bit(p, rule.mask)) broke(p, x, r);
            break;
        case RuleForm::forbids_earlier:
            if (any_bit(p, rule.mask)) broke(p, x, r);
            break;
        case RuleForm::within_days: {
            // The most recent earlier entry of an of_entering stage; none: -infinity, always too long ago.
            Days last = -never;
            for (std::uint32_t t : rule.entry_times) {
                const Days at = times_[p * slots_ + t];
                if (at != never) last = std::max(last, at);
            }
            if (now - last > rule.within_days) broke(p, x, r);
            break;
        }
        case RuleForm::not_after_deadline: break;
    }
}

void RuleChecker::test_stay(PersonId p, const Person& x, std::uint32_t r, Days now) {
    if (!book_.applies(r, x.profile, x.stream)) return;
    const Days fired = times_[p * slots_ + book_.rule(r).clock];
    if (fired != never && now > fired && now > x.entered) broke(p, x, r);
}

void RuleChecker::broke(PersonId p, const Person& x, std::uint32_t r) {
    std::uint64_t& word = bits_[p * words_ + book_.bit_words() + r / 64];
    const std::uint64_t bit = std::uint64_t{1} << (r % 64);
    if (word & bit) return;
    word |= bit;
    RuleTally& t = tallies_[r];
    ++t.violating;
    if (t.first_person == 0 || x.number < t.first_person) t.first_person = x.number;
}

void RuleChecker::close(const People& people, Days end) {
    const std::vector<Person>& slots = people.slots();
    for (PersonId p = 0; p < slots.size(); ++p) {
        if (slots[p].live) stay_ended(p, slots[p], end);
    }
}

}  // namespace pathways
