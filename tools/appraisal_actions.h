#pragma once
// The actions `appraise` weighs: scenario files, each checked on the model.
// The council's own actions must state what they cost a year; an action
// decided by someone else (the Home Office) is an ask, appraised apart and
// never put into a package. A package applies its actions' patches and sets
// their levers together: two actions that set one lever combine through it
// when every figure the lever drives is multiplied (their factors multiply);
// otherwise, and when two patches write one figure, they cannot be combined.
#include <optional>
#include <string>
#include <vector>

#include "analysis/action_packages.h"
#include "cli_common.h"
#include "format/levers.h"

namespace pathways::cli {

struct AppraisedAction {
    std::string id;  // the file's name without .json
    std::string name, file, decided_by;
    std::optional<double> cost_per_year;
    Json patch;
    std::vector<LeverValue> levers;
};

struct AppraisedActions {
    std::vector<AppraisedAction> council, asks;
};

// The bundled scenarios beside the model (its folder's ../scenarios), in
// name order, that state a cost or are decided by someone else.
std::vector<std::string> bundled_actions(const std::string& model_path);

// Reads and checks each file on the model with `underneath` applied first.
// Throws UsageError (exit 2) for a file that does not load on the model
// (problems printed), a council action without a cost a year, or two files
// with one id. `levers`: the model's.
AppraisedActions read_actions(const std::vector<std::string>& files, const std::string& model_path,
                              const std::vector<std::string>& underneath);

// The council's actions as the package search sees them: each with its cost
// and the figures it writes (its patch's, and each lever it sets whose drives
// do not all multiply).
std::vector<Action> searched_actions(const std::vector<AppraisedAction>& council, const std::vector<Lever>& levers);

// The lever values of actions applied together: one lever set by several
// multiplies their factors (value / default).
std::vector<LeverValue> combined_levers(const std::vector<const AppraisedAction*>& actions,
                                        const std::vector<Lever>& levers);

}  // namespace pathways::cli
