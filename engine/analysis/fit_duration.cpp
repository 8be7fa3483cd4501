#include "analysis/fit_duration.h"

#include <algorithm>
#include <cmath>

#include "analysis/fit_optimise.h"
#include "model/distributions.h"
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

// Maximum likelihood: in closed form where the module has one, else by a
// search from the module's starting point in its own coordinates.
template <class Dist>
CandidateFit fit_by_likelihood(const DurationSample& s) {
    if (Dist::fitted_parameters > 1 && distinct(s.events) < 2) {
        return unfitted(Dist::kind, "needs two different completed stays");
    }
    if (std::optional<Duration> d = Dist::closed_form_fit(s)) {
        return scored(Dist::kind, *d, Dist::fitted_parameters, Dist::log_likelihood(s, *d), stays(s));
    }
    auto objective = [&](const std::vector<double>& p) { return -Dist::log_likelihood(s, Dist::at(p)); };
    std::vector<double> best = nelder_mead(objective, Dist::search_start(s), 0.5);
    return scored(Dist::kind, Dist::at(best), Dist::fitted_parameters, -objective(best), stays(s));
}

CandidateFit fit_empirical(const DurationSample& s) {
    CandidateFit c = scored(DistKind::empirical, EmpiricalDist::of_stays(s), static_cast<int>(distinct(s.events)),
                            EmpiricalDist::log_likelihood(s), stays(s));
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
        fit.chosen = Duration::fixed_days(mean_of_list(raw.events));
        return fit;
    }
    DurationSample continuous = raw;
    if (!raw.whole_days) {
        for (Days& x : continuous.events) x = x > 0 ? x : zero_as;
    }
    fit.candidates = {fit_by_likelihood<ExponentialDist>(continuous), fit_by_likelihood<LognormalDist>(continuous),
                      fit_by_likelihood<GammaDist>(continuous), fit_empirical(raw)};
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
