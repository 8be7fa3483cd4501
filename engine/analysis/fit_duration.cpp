#include "analysis/fit_duration.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "analysis/fit_optimise.h"
#include "model/number_text.h"

namespace pathways {

namespace {

constexpr double aic_indifference = 2.0;

// AICc (Hurvich and Tsai): AIC with the small-sample correction
// 2k(k+1)/(n-k-1). Without it the empirical candidate, with one parameter per
// distinct value, beats every smooth curve on in-sample likelihood alone.
CandidateFit scored(DistKind kind, const Duration& d, int parameters, double log_likelihood, std::size_t n) {
    const double k = parameters, spare = static_cast<double>(n) - k - 1;
    // The exponential is always scored, so that some candidate is: too few
    // stays for the correction leave it plain AIC.
    const double correction = spare > 0 ? 2 * k * (k + 1) / spare : kind == DistKind::exponential ? 0 : INFINITY;
    CandidateFit c{kind, d, parameters, log_likelihood, 2.0 * k - 2.0 * log_likelihood + correction, ""};
    if (!std::isfinite(c.aic)) {
        c.duration.reset();
        c.not_fitted = spare > 0 ? "the likelihood is zero" : "too few stays for its parameters";
    }
    return c;
}

CandidateFit unfitted(DistKind kind, std::string why) {
    CandidateFit c;
    c.kind = kind;
    c.not_fitted = std::move(why);
    return c;
}

// Stays computed from fractional day numbers carry rounding noise (7 days
// can come out as 6.999999999999886), so lengths within a millionth of a day
// (a tenth of a second) count as the same.
constexpr Days same_length = 1e-6;

std::size_t distinct(std::vector<Days> xs) {
    std::sort(xs.begin(), xs.end());
    std::size_t count = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) count += (i == 0 || xs[i] - xs[i - 1] > same_length);
    return count;
}

std::size_t stays(const DurationSample& s) { return s.events.size() + s.censored.size(); }

double mean_of(const std::vector<double>& xs) {
    return std::accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
}

double variance_of(const std::vector<double>& xs) {
    const double m = mean_of(xs);
    double ss = 0;
    for (double x : xs) ss += (x - m) * (x - m);
    return ss / static_cast<double>(xs.size());
}

// Exact stays have a closed-form estimate; grouped ones start the search from it.
CandidateFit fit_exponential(const DurationSample& s) {
    double mean = exponential_mean_estimate(s);
    if (s.whole_days) {
        auto objective = [&](const std::vector<double>& p) { return -exponential_log_likelihood(s, std::exp(p[0])); };
        mean = std::exp(nelder_mead(objective, {std::log(std::max(mean, 0.5))}, 0.5)[0]);
    }
    return scored(DistKind::exponential, Duration{DistKind::exponential, mean, 0, 0, {}}, 1,
                  exponential_log_likelihood(s, mean), stays(s));
}

// Starts from the uncensored estimates of log-days; searches (mu, log sigma).
CandidateFit fit_lognormal(const DurationSample& s) {
    if (distinct(s.events) < 2) return unfitted(DistKind::lognormal, "needs two different completed stays");
    std::vector<double> logs;
    for (Days x : s.events) logs.push_back(std::log(std::max(x, 0.5)));  // grouped stays may be 0
    auto objective = [&](const std::vector<double>& p) { return -lognormal_log_likelihood(s, p[0], std::exp(p[1])); };
    std::vector<double> best = nelder_mead(objective, {mean_of(logs), 0.5 * std::log(variance_of(logs))}, 0.5);
    return scored(DistKind::lognormal, Duration{DistKind::lognormal, best[0], std::exp(best[1]), 0, {}}, 2,
                  -objective(best), stays(s));
}

// Starts from the method of moments; searches (log shape, log scale).
CandidateFit fit_gamma(const DurationSample& s) {
    if (distinct(s.events) < 2) return unfitted(DistKind::gamma, "needs two different completed stays");
    const double m = std::max(mean_of(s.events), 0.5), v = std::max(variance_of(s.events), 0.25);
    auto objective = [&](const std::vector<double>& p) {
        return -gamma_log_likelihood(s, std::exp(p[0]), std::exp(p[1]));
    };
    std::vector<double> best = nelder_mead(objective, {std::log(m * m / v), std::log(v / m)}, 0.5);
    return scored(DistKind::gamma, Duration{DistKind::gamma, std::exp(best[0]), std::exp(best[1]), 0, {}}, 2,
                  -objective(best), stays(s));
}

CandidateFit fit_empirical(const DurationSample& s) {
    Duration d{DistKind::empirical, 0, 0, 0, s.events};
    std::sort(d.samples.begin(), d.samples.end());
    CandidateFit c =
        scored(DistKind::empirical, d, static_cast<int>(distinct(s.events)), empirical_log_likelihood(s), stays(s));
    if (!c.duration && c.not_fitted == "the likelihood is zero") {
        c.not_fitted = "a stay still going on outlasted every completed one";
    }
    return c;
}

std::string number(double x) { return fixed_text(x, 1); }

// AICc differences under 2 do not tell candidates apart (Burnham and Anderson),
// so among those within 2 of the lowest the one with fewest parameters wins:
// a gamma whose shape is near 1 gives way to the exponential.
// None when no candidate has a finite criterion (stays of absurd lengths).
const CandidateFit* simplest_near_best(const std::vector<CandidateFit>& candidates) {
    double lowest = INFINITY;
    for (const CandidateFit& c : candidates) {
        if (c.duration && std::isfinite(c.aic)) lowest = std::min(lowest, c.aic);
    }
    const CandidateFit* chosen = nullptr;
    for (const CandidateFit& c : candidates) {
        if (!c.duration || !std::isfinite(c.aic) || c.aic > lowest + aic_indifference) continue;
        if (!chosen || c.parameters < chosen->parameters) chosen = &c;
    }
    return chosen;
}

}  // namespace

double exponential_mean_estimate(const DurationSample& s) {
    const double total = std::accumulate(s.events.begin(), s.events.end(), 0.0) +
                         std::accumulate(s.censored.begin(), s.censored.end(), 0.0);
    return total / static_cast<double>(s.events.size());
}

DurationFit fit_duration(const DurationSample& sample, Days zero_as) {
    DurationFit fit;
    fit.n = sample.events.size();
    fit.n_censored = sample.censored.size();
    DurationSample raw;
    raw.events = sample.events;
    raw.whole_days = sample.whole_days;
    std::copy_if(sample.censored.begin(), sample.censored.end(), std::back_inserter(raw.censored),
                 [](Days c) { return c > 0; });
    if (distinct(raw.events) == 1) {
        fit.chosen = Duration::fixed_days(mean_of(raw.events));
        return fit;
    }
    DurationSample continuous = raw;
    if (!raw.whole_days) {
        for (Days& x : continuous.events) x = x > 0 ? x : zero_as;
    }
    fit.candidates = {fit_exponential(continuous), fit_lognormal(continuous), fit_gamma(continuous),
                      fit_empirical(raw)};
    const CandidateFit* best = simplest_near_best(fit.candidates);
    if (!best) throw NoDurationFits("no duration distribution fits these stays (their lengths overflow or underflow)");
    fit.chosen = *best->duration;
    return fit;
}

std::string DurationFit::describe() const {
    std::string observed = std::to_string(n) + (n == 1 ? " completed stay" : " completed stays");
    if (n_censored > 0) observed += " and " + std::to_string(n_censored) + " still going on when the data end";
    if (candidates.empty()) {
        return "fixed: all " + observed + " lasted " + general_text(chosen.a, 6) + " days";
    }
    std::string aics;
    for (const CandidateFit& c : candidates) {
        aics += (aics.empty() ? "" : ", ") + std::string(dist_name(c.kind)) + " " +
                (c.duration ? number(c.aic) : "not fitted: " + c.not_fitted);
    }
    return std::string(dist_name(chosen.kind)) + " chosen by AICc from " + observed + " (AICc " + aics + ")";
}

}  // namespace pathways
