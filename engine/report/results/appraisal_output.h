#pragma once
// An appraisal's outputs (`pathways-appraisal/1`): appraisal.json,
// options.csv and the table in plain words. The same appraisal gives the same
// bytes whatever the threads or processes that ran it.
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/appraisal.h"
#include "format/load.h"

namespace pathways {

struct AppraisalMeasure {
    std::string id, label;
    bool higher_is_better = false;
    bool headline = false;
};

struct AppraisalAction {
    std::string id, name, file, decided_by;
    double cost_per_year = 0;
};

// An ask of someone else, appraised apart: doing nothing and the ask alone.
struct AppraisalAsk {
    AppraisalAction action;
    OptionAppraisal result;
};

struct AppraisalClash {
    std::vector<std::string> actions;  // two ids
    std::vector<std::string> paths;
};

struct AppraisalRun {
    std::string model_name, model_file, model_sha256, currency;
    std::vector<std::string> scenario_sha256;  // of each -s file, in order
    std::string samples;                       // "worlds", "draws" or "replications"
    std::string worlds_file;                   // worlds only
    std::size_t sample_count = 0;              // worlds or draws; replications: of doing nothing
    std::uint32_t replications_per_sample = 1;
    std::uint32_t first_stage = 0;   // replications only: the first stage of ranking and selection
    std::uint64_t replications = 0;  // replications only: all the options' replications
    std::uint64_t seed = 0;
    bool exhaustive = true;
    std::size_t packages = 0;  // packages the search found (clashing ones left out)
    std::vector<AppraisalMeasure> measures;
    std::size_t measure = 0;  // the deciding one
    std::vector<UncertainParameter> parameters;
    std::vector<AppraisalAction> actions;  // the council's
    std::vector<AppraisalAsk> asks;
    std::vector<AppraisalClash> clashes;
    std::vector<std::vector<std::string>> options;  // each option's action ids, sorted; [0] is doing nothing
    std::vector<double> option_costs;               // a year, by option
    std::vector<double> budgets;
    Appraisal appraisal;  // of the options, in their order
};

Json appraisal_json(const AppraisalRun& run);
// One row per option: its actions, cost, effect, cost per household,
// frontier, probability best per budget, and every measure's value and change.
std::string options_csv(const AppraisalRun& run);
// "Within £100,000 a year, fund: ... It keeps 12 households a year from ...".
std::string appraisal_table(const AppraisalRun& run);

// An option's name for a reader: its actions' names joined, or "doing nothing".
std::string option_name(const AppraisalRun& run, std::size_t option);

}  // namespace pathways
