#include "analysis/history_matching.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "analysis/sensitivity_design.h"
#include "analysis/two_sample_ks.h"

namespace pathways {

namespace {

constexpr double infinite = std::numeric_limits<double>::infinity();

double worst_of(const std::vector<MatchTarget>& targets, const std::vector<SimulatedValue>& values,
                double discrepancy) {
    double worst = 0;
    for (std::size_t t = 0; t < targets.size(); ++t) {
        if (targets[t].fit) worst = std::max(worst, implausibility(targets[t], values[t], discrepancy));
    }
    return worst;
}

std::vector<std::vector<double>> points_in(const std::vector<UnitRange>& region, std::size_t first, std::size_t count) {
    std::vector<std::vector<double>> points = sobol_sequence_part(region.size(), first, count);
    for (auto& point : points) {
        for (std::size_t i = 0; i < point.size(); ++i)
            point[i] = region[i].low + point[i] * (region[i].high - region[i].low);
    }
    return points;
}

MatchWave run_wave(std::size_t number, const std::vector<UnitRange>& region, const std::vector<MatchTarget>& targets,
                   const HistoryMatchSettings& settings, const WorldRunner& run) {
    MatchWave wave;
    wave.region = region;
    const auto points = points_in(region, number * settings.draws, settings.draws);
    const auto values = run(points);
    for (std::size_t i = 0; i < points.size(); ++i) {
        MatchedWorld world{points[i], values[i], worst_of(targets, values[i], settings.discrepancy), false};
        world.kept = world.worst < settings.cutoff;
        wave.kept += world.kept ? 1 : 0;
        wave.worlds.push_back(std::move(world));
    }
    return wave;
}

std::vector<double> quantiles_of(const MatchWave& wave, std::size_t parameter, bool kept_only) {
    std::vector<double> out;
    for (const MatchedWorld& w : wave.worlds) {
        if (w.kept || !kept_only) out.push_back(w.unit[parameter]);
    }
    return out;
}

// Whether target t is within the cutoff in world w.
bool within(const MatchedWorld& w, std::size_t t, const std::vector<MatchTarget>& targets,
            const HistoryMatchSettings& settings) {
    return implausibility(targets[t], w.values[t], settings.discrepancy) < settings.cutoff;
}

bool any_world(const HistoryMatch& match, const std::function<bool(const MatchedWorld&)>& test) {
    for (const MatchWave& wave : match.waves) {
        if (std::any_of(wave.worlds.begin(), wave.worlds.end(), test)) return true;
    }
    return false;
}

}  // namespace

double implausibility(const MatchTarget& target, const SimulatedValue& value, double discrepancy) {
    if (!std::isfinite(value.mean)) return infinite;
    const double distance = std::abs(target.centre() - value.mean);
    const double structural = discrepancy * target.centre();
    const double variance = target.variance() + value.variance_of_mean + structural * structural;
    if (variance <= 0) return distance == 0 ? 0 : infinite;
    return distance / std::sqrt(variance);
}

std::size_t HistoryMatch::pooled_waves() const {
    std::size_t n = waves.empty() ? 0 : 1;
    while (n < waves.size() && waves[waves.size() - 1 - n].narrowed.empty()) ++n;
    return n;
}

std::vector<const MatchedWorld*> HistoryMatch::kept() const {
    std::vector<const MatchedWorld*> out;
    for (std::size_t w = waves.size() - pooled_waves(); w < waves.size(); ++w) {
        for (const MatchedWorld& world : waves[w].worlds) {
            if (world.kept) out.push_back(&world);
        }
    }
    return out;
}

std::vector<UnitRange> narrowed_region(MatchWave& wave, const HistoryMatchSettings& settings) {
    std::vector<UnitRange> region = wave.region;
    for (std::size_t i = 0; i < region.size(); ++i) {
        const std::vector<double> kept = quantiles_of(wave, i, true);
        if (two_sample_ks(kept, quantiles_of(wave, i, false)).p_value >= settings.narrowing_p) continue;
        const auto [low, high] = std::minmax_element(kept.begin(), kept.end());
        const double margin = (wave.region[i].high - wave.region[i].low) / 20;
        const UnitRange now{std::max(wave.region[i].low, *low - margin), std::min(wave.region[i].high, *high + margin)};
        // Kept worlds may crowd one part of a range yet still reach (nearly) both ends: a
        // range that would lose less than a tenth of its width is left as it is.
        if (now.high - now.low > 0.9 * (wave.region[i].high - wave.region[i].low)) continue;
        region[i] = now;
        wave.narrowed.push_back(i);
    }
    return region;
}

HistoryMatch history_match(std::size_t parameters, const std::vector<MatchTarget>& targets,
                           const HistoryMatchSettings& settings, const WorldRunner& run) {
    HistoryMatch match;
    std::vector<UnitRange> region(parameters);
    for (std::size_t w = 0; w < settings.waves; ++w) {
        match.waves.push_back(run_wave(w, region, targets, settings, run));
        MatchWave& wave = match.waves.back();
        if (wave.kept == 0) {
            match.stop = MatchStop::none_kept;
            return match;
        }
        if (w + 1 == settings.waves) break;
        if (wave.kept < settings.least_kept_to_narrow) {
            match.stop = MatchStop::too_few_kept;
            return match;
        }
        region = narrowed_region(wave, settings);
    }
    match.stop = MatchStop::waves_done;
    return match;
}

CannotMeet cannot_meet(const HistoryMatch& match, const std::vector<MatchTarget>& targets,
                       const HistoryMatchSettings& settings) {
    CannotMeet out;
    std::vector<bool> alone(targets.size(), false);
    for (std::size_t t = 0; t < targets.size(); ++t) {
        if (!targets[t].fit) continue;
        alone[t] = any_world(match, [&](const MatchedWorld& w) { return within(w, t, targets, settings); });
        if (!alone[t]) out.targets.push_back(t);
    }
    for (std::size_t a = 0; a < targets.size(); ++a) {
        for (std::size_t b = a + 1; b < targets.size() && alone[a]; ++b) {
            if (!alone[b]) continue;
            const bool together = any_world(match, [&](const MatchedWorld& w) {
                return within(w, a, targets, settings) && within(w, b, targets, settings);
            });
            if (!together) out.pairs.emplace_back(a, b);
        }
    }
    return out;
}

double met_share(const HistoryMatch& match, std::size_t t, const MatchTarget& target) {
    const auto kept = match.kept();
    if (kept.empty()) return 0;
    const auto met = std::count_if(kept.begin(), kept.end(),
                                   [&](const MatchedWorld* w) { return target.met_by(w->values[t].mean); });
    return static_cast<double>(met) / static_cast<double>(kept.size());
}

}  // namespace pathways
