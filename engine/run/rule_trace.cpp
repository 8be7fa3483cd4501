#include "run/rule_trace.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace pathways {

namespace {

// Keeps the visits of a few people of one replication.
class FewPeople : public VisitObserver {
public:
    explicit FewPeople(std::vector<std::uint64_t> people) : people_(std::move(people)) {}
    void on_visit(const VisitRecord& visit) override {
        if (std::find(people_.begin(), people_.end(), visit.person) != people_.end()) visits_.push_back(visit);
    }
    std::vector<VisitRecord> of(std::uint64_t person) const {
        std::vector<VisitRecord> out;
        std::copy_if(visits_.begin(), visits_.end(), std::back_inserter(out),
                     [&](const VisitRecord& v) { return v.person == person; });
        return out;
    }

private:
    std::vector<std::uint64_t> people_;
    std::vector<VisitRecord> visits_;
};

}  // namespace

std::vector<std::optional<JourneyTrace>> trace_first_violations(const CompiledModel& compiled,
                                                                const std::vector<std::vector<RuleTally>>& tallies,
                                                                const RunOptions& options) {
    std::vector<std::optional<JourneyTrace>> first(compiled.journey_rules.rule_count());
    std::map<std::uint32_t, std::vector<std::uint64_t>> wanted;  // replication -> people
    for (std::size_t r = 0; r < first.size(); ++r) {
        for (std::uint32_t k = 0; k < tallies.size() && !first[r]; ++k) {
            const RuleTally& t = tallies[k][r];
            if (t.violating == 0) continue;
            first[r] = JourneyTrace{k, t.first_person, {}};
            wanted[k].push_back(t.first_person);
        }
    }
    for (const auto& [replication, people] : wanted) {
        FewPeople observer(people);
        run_replication(compiled, replication, options, &observer);
        for (auto& trace : first) {
            if (trace && trace->replication == replication) trace->visits = observer.of(trace->person);
        }
    }
    return first;
}

}  // namespace pathways
