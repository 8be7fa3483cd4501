#pragma once
// Which counts a published folder hides, chosen once for all its files
// (report.html, gaps.csv, gaps.json, the terminal table). A count can be
// worked back across tables as well as within one: a gap's count from the
// drop-off outcome's total minus the other drop-off gaps, a group's outcome
// from the outcome's total minus the other groups, a what-if's own count
// from today's count plus the change, a stream's drop-offs from the
// drop-off total minus the other streams'. Each such identity is a relation; in
// every relation that holds a hidden small count (or a count hidden to cover
// one), the smallest shown counts are hidden too until at least two are
// hidden and together they reach the threshold (complementary suppression),
// and the relations are revisited until none needs more. Every output then asks the plan, so a count hidden
// in one place is hidden in all. Two groups that hold the same people under
// two names (an attribute value and an arrival stream whose counts agree in
// every gap) are found from the results and bound as equal: hiding one hides
// the other. A change between two runs is not a count of people: it is hidden
// only when it would reveal one (either run's count being small, or it being
// needed to cover one), never for being small itself.
#include <map>
#include <string>
#include <vector>

#include "analysis/gap_ranking.h"
#include "report/results/gaps_suppression.h"
#include "results/results.h"

namespace pathways {

class SuppressionPlan {
public:
    SuppressionPlan() = default;
    explicit SuppressionPlan(SmallNumbers small) : small_(small) {}

    const SmallNumbers& small() const { return small_; }
    bool active() const { return small_.active(); }
    // A count that is published (as itself, or as a share of a shown total).
    void shown(const std::string& key, double count);
    // A count published nowhere, which the others might still reveal.
    void unshown(const std::string& key, double count);
    // A published difference between two runs' counts (`before` and `after`):
    // hidden when either is small, or later to cover another count; never for its own size.
    void difference(const std::string& key, double change, double before, double after);
    // The counts named are bound by one identity (a total and its parts, or a
    // difference and its two counts): any one is the others' sum or difference.
    void relate(const std::vector<std::string>& keys);
    void solve();
    // True when the count must not be shown. Throws std::logic_error for a
    // count the plan does not know while suppression is on.
    bool hides(const std::string& key) const;
    // True when the count is itself under the threshold (not hidden only to protect another).
    bool small(const std::string& key) const;
    // What a hidden count reads: "<N" when it is small, else "suppressed"
    // (hidden to protect another; "<N" would be untrue).
    std::string hidden_text(const std::string& key) const;

private:
    struct Cell {
        double count = 0;
        bool hidden = false;
        bool covered = false;  // must stay hidden: small, or hiding one that is
        bool small = false;    // a count under the threshold (a difference never is)
    };
    std::size_t cell(const std::string& key, double count, bool hidden, bool small);
    const Cell* find(const std::string& key) const;
    bool protect(const std::vector<std::size_t>& relation);

    SmallNumbers small_;
    std::map<std::string, std::size_t> index_;
    std::vector<Cell> cells_;
    std::vector<std::vector<std::size_t>> relations_;
};

// The names of the published counts.
namespace published {
std::string cohort();
std::string outcome(const std::string& id);
std::string unfinished();
std::string group(const std::string& attribute, const std::string& value);
std::string group_outcome(const std::string& attribute, const std::string& value, const std::string& outcome);
std::string gap(const Gap& g);
std::string gap_change(const Gap& g, std::size_t scenario);
// Of the journeys headline measure `measure` counts, those that met the gap (format 1.2).
std::string gap_measure(const Gap& g, const std::string& measure);
// Of those a gap touched, the group with `value` of attribute `by` (or of "arrival_stream").
std::string gap_group(const Gap& g, const std::string& by, const std::string& value);
std::string scenario_outcome(std::size_t scenario, const std::string& id);
// The journeys a headline measure counts over the cohort window (format 1.2).
std::string measure(const std::string& id);
// Arrivals counted together (the whole cohort, the headline streams) or one stream.
std::string whole_cohort();
std::string headline_streams();
std::string stream(const std::string& id);
// Of the households counted under `arrivals`, those reaching an outcome of a kind ("settled").
std::string arrivals_kind(const std::string& arrivals, const std::string& kind);
}  // namespace published

// The plan for a gap analysis and its report: every count they publish and
// every identity between them.
SuppressionPlan plan_suppression(const Results& results, const GapAnalysis& gaps,
                                 const std::vector<ScenarioComparison>& scenarios, SmallNumbers small);

}  // namespace pathways
