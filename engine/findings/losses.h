#pragma once
// The losses a summary names: drop-offs, and reneges and deadlines that cost
// support or a home (never a handover, never a wait), each with the window in
// which it happens, the days inside it when much of it happens at once, the
// groups it falls on and the what-if that closes most of it.
#include <optional>
#include <string>
#include <vector>

#include "analysis/gap_ranking.h"
#include "model/model.h"
#include "run/comparison.h"

namespace pathways::findings {

// A loss: a drop-off, or a renege or deadline that costs support or a home,
// whose count holds no handover.
bool is_loss(const Model& model, const Gap& gap);

// Days on which a large share of a loss happens at once (a deadline passing,
// an offer expiring): `share` of those the gap touched, on two days around `day`.
struct Cliff {
    double day = 0, share = 0;
};
// When a loss happens, in days since arrival: from the day by which 1 in 10
// it touched were touched to the day by which 9 in 10 were, with its cliffs.
struct Window {
    double from_day = 0, to_day = 0;
    std::vector<Cliff> cliffs;
};
// A cliff holds at least a tenth of a gap's losses within two days, and at
// least three times the share two days of the window hold on average: in a
// window of a few days every day holds much of it, and none stands out.
inline constexpr double cliff_share = 0.1;
inline constexpr double cliff_over_average = 3;
Window window_of(const Gap& gap);

// A group that makes up nearly all (95% or more) of those a gap touched, by an
// attribute (streams are named elsewhere).
struct NamedGroup {
    std::string by, value;
    double share = 0;
};
inline constexpr double named_group_share = 0.95;
std::vector<NamedGroup> nearly_all_of(const Gap& gap);

// The what-if (by its place in the comparison) that lowers the gap's count
// most, clear of noise; none when no what-if lowers it clearly.
std::optional<std::size_t> best_what_if(const Gap& gap);
// Other losses the what-if clearly adds to, biggest first, at most two.
std::vector<const Gap*> displaced_by(const Model& model, const GapAnalysis& gaps, const Gap& closed,
                                     std::size_t what_if);

struct Loss {
    const Gap* gap = nullptr;
    Window window;
    std::vector<NamedGroup> nearly_all;
    std::optional<std::size_t> best;
    std::vector<const Gap*> displaced;  // by the best what-if
};
// The biggest losses, one a stage, so nobody is counted twice in one finding;
// when none of them is a loss with no support, the biggest such loss takes the
// last place.
std::vector<Loss> losses_to_name(const Model& model, const GapAnalysis& gaps, std::size_t count = 3);

}  // namespace pathways::findings
