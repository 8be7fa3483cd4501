#pragma once
// An appraisal of the council's actions (appraisal.json, written by
// `pathways appraise`), as much of it as the report shows: every action alone
// and in packages, weighed within each budget by one measure, with the asks of
// other bodies apart. Read and checked at the edge
// (report/results/appraisal_read.h); the findings decide from it what to do first.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analysis/cost_effectiveness.h"

namespace pathways {

struct AppraisalDigest {
    // A figure with its interval: the middle of the worlds, or a confidence interval of the mean.
    struct Estimate {
        double mean = 0, low = 0, high = 0;
    };
    struct Measure {
        std::string id, label;
        bool lower_is_better = true;
        bool headline = false;
    };
    // A council action: a scenario with a cost a year.
    struct Action {
        std::string id, name;
        double cost_per_year = 0;
    };
    // A change someone else decides (the Home Office): weighed alone, never put in a package.
    struct Ask {
        std::string id, name, decided_by;
        Estimate effect;  // households kept a year, as an option's
    };
    // The cost a year over the households kept a year; no top when the effect may be nothing.
    struct CostPerHousehold {
        double mean = 0, low = 0;
        std::optional<double> high;
    };
    struct Option {
        std::vector<std::size_t> actions;  // in `actions`; none: doing nothing
        double cost_per_year = 0;
        Estimate effect;  // households kept from the measure a year, against doing nothing (more is better)
        std::optional<CostPerHousehold> cost_per_household;
        bool frontier = false;
        Dominance dominance = Dominance::none;
        std::optional<double> incremental_cost_per_household;
        std::vector<double> probability_best;  // by budget
        // Each of `measures`' change against doing nothing, households a year (empty when not given).
        std::vector<Estimate> changes;
    };
    // The value of knowing one uncertain parameter exactly before choosing.
    struct Evidence {
        std::string parameter, label;
        double evppi = 0;           // households a year
        double choice_changes = 0;  // the share of worlds in which knowing it changes the choice
    };
    struct Budget {
        double budget = 0;     // a year
        std::size_t best = 0;  // in `options`
        double probability_best = 0;
        std::vector<Evidence> evidence;  // empty when the samples are not worlds
        std::optional<double> evpi;
    };
    enum class Samples { worlds, draws, replications };
    struct Clash {
        std::vector<std::size_t> actions;
    };

    std::string model_file, model_name, model_sha256, currency;
    Measure measure;
    std::vector<Measure> measures;  // every measure of the model (empty when not given)
    Samples samples = Samples::replications;
    std::size_t sample_count = 0;
    std::string interval;  // what the intervals hold, in words: "the middle 90% of plausible worlds"
    bool exhaustive = true;
    std::size_t packages = 0, packages_run = 0;
    std::vector<Action> actions;
    std::vector<Ask> asks;
    std::vector<Clash> clashes;
    std::vector<Option> options;  // [0] is doing nothing
    std::vector<Budget> budgets;
};

}  // namespace pathways
