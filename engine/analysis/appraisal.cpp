#include "analysis/appraisal.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

#include "analysis/budget_choice.h"
#include "analysis/ocba.h"
#include "analysis/plausible_worlds.h"
#include "tallies/statistic.h"

namespace pathways {

namespace {

ValueRange estimate_of(const std::vector<double>& samples, AppraisalSamples kind) {
    if (samples.empty()) throw std::invalid_argument("an option has no samples");
    if (kind == AppraisalSamples::worlds) {
        const Spread95 s = spread_of(samples);
        return {s.mean, s.p5, s.p95, samples.size()};
    }
    const Stat s = summarise(samples);
    return {s.mean, s.lo, s.hi, samples.size()};
}

// Sample s of both shares its streams and world: pair over the samples both have.
std::vector<double> paired_change(const std::vector<double>& option, const std::vector<double>& nothing) {
    const std::size_t n = std::min(option.size(), nothing.size());
    std::vector<double> out(n);
    for (std::size_t s = 0; s < n; ++s) out[s] = option[s] - nothing[s];
    return out;
}

ValueRange in_better_direction(const ValueRange& change, bool higher_is_better) {
    if (higher_is_better) return change;
    return {0.0 - change.mean, 0.0 - change.high, 0.0 - change.low, change.samples};  // no -0
}

std::optional<CostPerHousehold> cost_per_household(double cost, const ValueRange& effect) {
    if (effect.mean <= 0) return std::nullopt;
    CostPerHousehold out{cost / effect.mean, cost / std::max(effect.high, effect.mean), std::nullopt};
    if (effect.low > 0) out.high = cost / effect.low;
    return out;
}

OptionAppraisal option_appraisal(const AppraisalInputs& in, std::size_t d) {
    const OptionSamples& option = in.options[d];
    const OptionSamples& nothing = in.options.front();
    if (option.values.size() != in.higher_is_better.size())
        throw std::invalid_argument("an option's measures do not match the measures");
    OptionAppraisal out;
    for (std::size_t m = 0; m < option.values.size(); ++m) {
        out.value.push_back(estimate_of(option.values[m], in.samples));
        out.change.push_back(estimate_of(paired_change(option.values[m], nothing.values[m]), in.samples));
    }
    out.effect = in_better_direction(out.change[in.measure], in.higher_is_better[in.measure]);
    out.cost_per_household = cost_per_household(option.cost_per_year, out.effect);
    return out;
}

// [world][option]: each option's effect on the deciding measure in each world.
std::vector<std::vector<double>> effects_by_world(const AppraisalInputs& in) {
    const std::vector<double>& nothing = in.options.front().values[in.measure];
    const double sign = in.higher_is_better[in.measure] ? 1.0 : -1.0;
    std::vector<std::vector<double>> out(nothing.size(), std::vector<double>(in.options.size()));
    for (std::size_t d = 0; d < in.options.size(); ++d) {
        const std::vector<double>& values = in.options[d].values[in.measure];
        if (values.size() != nothing.size()) throw std::invalid_argument("every option needs every world");
        for (std::size_t w = 0; w < nothing.size(); ++w) out[w][d] = sign * (values[w] - nothing[w]);
    }
    return out;
}

std::vector<double> costs_of(const AppraisalInputs& in) {
    std::vector<double> out;
    for (const OptionSamples& o : in.options) out.push_back(o.cost_per_year);
    return out;
}

std::vector<bool> affordable_within(double budget, const std::vector<double>& costs) {
    std::vector<bool> out;
    for (double c : costs) out.push_back(c <= budget);
    return out;
}

// Of options that do equally well, the cheapest, then the first (budget_choice.h).
bool better_choice(double value, double cost, double best_value, double best_cost) {
    return value != best_value ? value > best_value : cost < best_cost;
}

std::size_t best_mean_effect(const std::vector<OptionAppraisal>& options, const std::vector<double>& costs,
                             const std::vector<bool>& affordable) {
    std::size_t best = 0;
    for (std::size_t d = 1; d < options.size(); ++d)
        if (affordable[d] && better_choice(options[d].effect.mean, costs[d], options[best].effect.mean, costs[best]))
            best = d;
    return best;
}

// What knowing each parameter would be worth to the choice within the budget.
void add_evidence(const AppraisalInputs& in, const std::vector<std::vector<double>>& effects,
                  const std::vector<bool>& affordable, BudgetAppraisal& budget) {
    std::vector<std::vector<double>> values(effects.size());
    for (std::size_t w = 0; w < effects.size(); ++w)
        for (std::size_t d = 0; d < affordable.size(); ++d)
            if (affordable[d]) values[w].push_back(effects[w][d]);
    budget.evpi = evpi(values);
    const std::size_t k = in.parameters.empty() ? 0 : in.parameters.front().size();
    for (std::size_t p = 0; p < k; ++p) {
        std::vector<double> parameter;
        for (const auto& world : in.parameters) parameter.push_back(world[p]);
        budget.evidence.push_back({p, evppi(parameter, values)});
    }
}

void check_inputs(const AppraisalInputs& in) {
    if (in.options.empty()) throw std::invalid_argument("no options to appraise");
    if (in.measure >= in.higher_is_better.size()) throw std::invalid_argument("no such measure");
    for (double b : in.budgets)
        if (b < in.options.front().cost_per_year) throw std::invalid_argument("a budget is below doing nothing");
    if (in.samples == AppraisalSamples::worlds && !in.parameters.empty() &&
        in.parameters.size() != in.options.front().values[in.measure].size())
        throw std::invalid_argument("the worlds' parameters do not match the samples");
}

OptionEstimate paired_estimate(const AppraisalInputs& in, std::size_t d) {
    const double sign = in.higher_is_better[in.measure] ? 1.0 : -1.0;
    std::vector<double> effect = paired_change(in.options[d].values[in.measure], in.options[0].values[in.measure]);
    for (double& e : effect) e *= sign;
    const Stat s = summarise(effect);
    return {s.mean, s.sd * s.sd, in.options[d].values[in.measure].size()};
}

}  // namespace

std::vector<std::uint32_t> next_round(const AppraisalInputs& in, std::uint32_t round) {
    check_inputs(in);
    std::vector<std::uint32_t> out(in.options.size(), 0);
    const std::vector<double> costs = costs_of(in);
    const std::size_t budgets = std::max<std::size_t>(1, in.budgets.size());
    for (std::size_t b = 0; b < budgets; ++b) {
        const std::uint32_t share = round / budgets + (b < round % budgets ? 1 : 0);
        const auto affordable = affordable_within(in.budgets.empty() ? INFINITY : in.budgets[b], costs);
        std::vector<std::size_t> members;
        std::vector<OptionEstimate> estimates;
        for (std::size_t d = 0; d < in.options.size(); ++d) {
            if (!affordable[d]) continue;
            members.push_back(d);
            estimates.push_back(paired_estimate(in, d));
        }
        const std::vector<std::size_t> more = ocba_allocation(estimates, share, true);
        for (std::size_t k = 0; k < members.size(); ++k) out[members[k]] += static_cast<std::uint32_t>(more[k]);
    }
    return out;
}

std::vector<double> probability_best_posterior(const std::vector<ValueRange>& effects, const std::vector<double>& costs,
                                               const std::vector<bool>& affordable, std::uint64_t seed,
                                               std::size_t draws) {
    std::vector<double> se;
    for (const ValueRange& e : effects) se.push_back(e.samples > 1 ? (e.high - e.low) / 2 / t95(e.samples) : 0.0);
    std::mt19937_64 random(seed);
    const auto uniform = [&random] { return (static_cast<double>(random() >> 11) + 0.5) * 0x1.0p-53; };
    std::vector<std::size_t> wins(effects.size(), 0);
    std::vector<double> drawn(effects.size());
    for (std::size_t i = 0; i < draws; ++i) {
        std::optional<std::size_t> best;
        for (std::size_t d = 0; d < effects.size(); ++d) {
            // Box-Muller by hand: the same draws from every standard library.
            const double z = std::sqrt(-2 * std::log(uniform())) * std::cos(2 * M_PI * uniform());
            drawn[d] = effects[d].mean + se[d] * z;
            if (affordable[d] && (!best || better_choice(drawn[d], costs[d], drawn[*best], costs[*best]))) best = d;
        }
        if (best) ++wins[*best];
    }
    std::vector<double> out;
    for (std::size_t w : wins) out.push_back(static_cast<double>(w) / static_cast<double>(draws));
    return out;
}

Appraisal appraise(const AppraisalInputs& in) {
    check_inputs(in);
    Appraisal out;
    std::vector<CostEffect> points;
    for (std::size_t d = 0; d < in.options.size(); ++d) {
        out.options.push_back(option_appraisal(in, d));
        points.push_back({in.options[d].cost_per_year, out.options.back().effect.mean});
    }
    const auto frontier = cost_effectiveness_frontier(points);
    for (std::size_t d = 0; d < out.options.size(); ++d) out.options[d].frontier = frontier[d];
    const std::vector<double> costs = costs_of(in);
    const bool worlds = in.samples == AppraisalSamples::worlds;
    const std::vector<std::vector<double>> effects = worlds ? effects_by_world(in) : std::vector<std::vector<double>>{};
    std::vector<ValueRange> mean_effects;
    for (const OptionAppraisal& o : out.options) mean_effects.push_back(o.effect);
    for (double budget : in.budgets) {
        const std::vector<bool> affordable = affordable_within(budget, costs);
        BudgetAppraisal b{budget, best_mean_effect(out.options, costs, affordable), 0, {}, 0};
        const std::vector<double> p = worlds ? choose_within(budget, costs, effects).probability_best
                                             : probability_best_posterior(mean_effects, costs, affordable, in.seed);
        for (std::size_t d = 0; d < out.options.size(); ++d) out.options[d].probability_best.push_back(p[d]);
        b.probability_best = p[b.best];
        if (worlds) add_evidence(in, effects, affordable, b);
        out.budgets.push_back(std::move(b));
    }
    return out;
}

}  // namespace pathways
