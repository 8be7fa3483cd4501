#pragma once
// Counts the model's measures (format 1.2) among cohort journeys. Each person
// carries two words beside their slot: the measures whose population they
// arrived in and the `visits` measures whose stages they have entered; a
// journey is judged once, when it ends (or when the run does). With headline
// measures, the gaps each person met are kept too, so that each gap can say
// how many of a headline measure's journeys went through it.
#include <cstdint>
#include <vector>

#include "model/model.h"
#include "sim/people.h"
#include "tallies/gap_kind.h"
#include "tallies/measure_tallies.h"
#include "tallies/model_index.h"

namespace pathways {

class MeasureRecorder {
public:
    MeasureRecorder(const Model& model, const ModelIndex& index);
    // Whether the model has measures at all: nothing else here is called otherwise.
    bool on() const { return !measures_.empty(); }

    // A cohort member has arrived (their stream and profile are set).
    void arrived(const Person& x);
    // A cohort member has entered stage s (not an outcome).
    void entered(const Person& x, StageIndex s) { people_[x.slot].visited |= visits_of_[s]; }
    // A cohort member met a gap at stage s.
    void met_gap(const Person& x, StageIndex s, GapKind kind) {
        if (!headline_.empty())
            gaps_met_[x.slot].push_back(s * static_cast<std::uint32_t>(gap_kind_count) +
                                        static_cast<std::uint32_t>(kind));
    }
    // A cohort member's journey ended in `outcome` at `now`.
    void finished(const Person& x, StageIndex outcome, Days now);
    // A cohort member is still in the pathway when the run ends at `end`.
    void unfinished(const Person& x, Days end);

    MeasureTallies take() { return std::move(tallies_); }

private:
    struct Tracked {
        std::uint64_t population = 0;  // bit m: in measure m's population
        std::uint64_t visited = 0;     // bit m: entered a stage of `visits` measure m
    };
    // Still in the pathway `days` after arriving: the in_pathway_after_days measures met.
    std::uint64_t still_in_pathway(Days days, bool ended) const;
    void count(const Person& x, std::uint64_t met);
    void count_gaps(const Person& x, std::uint64_t counted);
    // The period holding day t; none outside the periods.
    std::size_t period_of(Days t) const;

    const std::vector<Measure>& measures_;
    const std::vector<Days>& period_bounds_;
    std::uint32_t profiles_ = 1;
    std::vector<std::uint64_t> member_;                 // by stream * profiles + arrival profile
    std::vector<std::uint64_t> visits_of_;              // by stage: the visits measures listing it
    std::vector<std::uint64_t> ends_in_;                // by stage: the ends_in measures listing it
    std::uint64_t within_ = 0, after_ = 0;              // measures with within_days; in_pathway_after_days measures
    std::vector<std::uint32_t> headline_;               // the headline measures, in model order
    std::vector<Tracked> people_;                       // by slot
    std::vector<std::vector<std::uint32_t>> gaps_met_;  // by slot: stage * gap_kind_count + kind
    MeasureTallies tallies_;
};

}  // namespace pathways
