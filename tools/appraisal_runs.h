#pragma once
// Running the options of an appraisal. An option (doing nothing, an action,
// a package, an ask) is the model document, in one plausible world or as
// written, with the command's scenarios, then the options' patches merged and
// their levers set, loaded and run with the model's seed: replication r of
// every option in every world shares its random streams (common random
// numbers), so differences between options are paired.
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/appraisal.h"
#include "appraisal_actions.h"
#include "draw_sharing.h"
#include "simulation_options.h"
#include "world_model.h"

namespace pathways::cli {

using OptionActions = std::vector<const AppraisedAction*>;  // empty: doing nothing

class OptionRunner {
public:
    // underneath: the patches under every option; measures: the model's
    // measures whose households a year to collect.
    OptionRunner(Json base, std::vector<WorldChange> underneath, std::vector<Lever> levers,
                 std::vector<std::size_t> measures, const SimulationOptions& options);

    // The model document in the world at `world` (null: as written) with the
    // patches under every option: made once a world, shared by its options.
    Json world(const std::vector<double>* world) const;
    // [measure][replication]: replications [first, first + count) of the
    // option on top of a world(), on one thread. Throws WorldInvalid naming
    // `what` when the option's model is invalid there.
    std::vector<std::vector<double>> run(const OptionActions& option, const Json& world, std::uint32_t first,
                                         std::uint32_t count, const std::string& what) const;
    const std::vector<UncertainParameter>& parameters() const { return parameters_; }

private:
    Json base_;
    std::vector<WorldChange> underneath_;
    std::vector<Lever> levers_;
    std::vector<std::size_t> measures_;
    std::vector<UncertainParameter> parameters_;
    SimulationOptions options_;
};

// Every option in every world, `replications` each (their mean is the
// world's value), the worlds shared among threads and processes. Returns the
// options' samples, [measure][world], on the first process; elsewhere, none.
std::vector<OptionSamples> run_in_worlds(const OptionRunner& runner, const std::vector<OptionActions>& options,
                                         const std::vector<std::vector<double>>& worlds, std::uint32_t replications,
                                         DrawSharing& sharing, unsigned threads);

// How the model-as-written appraisal spends its replications: a first stage
// for every option, then as many again in `rounds` rounds, each shared by
// ranking and selection (next_round in analysis/appraisal.h). Doing nothing
// is kept level with the most-run option, so every difference stays paired.
struct SelectionPlan {
    std::uint32_t first_stage = 10;
    std::uint32_t rounds = 5;
};

// Runs `in.options` (their samples filled in; `options` in the same order)
// as the plan says, the work of each round shared among threads and processes
// (every process ends with every sample). Returns the replications run.
std::uint64_t run_selection(const OptionRunner& runner, const std::vector<OptionActions>& options,
                            const SelectionPlan& plan, AppraisalInputs& in, DrawSharing& sharing, unsigned threads);

}  // namespace pathways::cli
