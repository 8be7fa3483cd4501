#include "model/dist_exponential.h"

namespace pathways {

namespace {

Duration exponential_from_mean(const std::vector<double>& p) { return Duration{DistKind::exponential, p[0], 0, 0, {}}; }

}  // namespace

const DistSpec& ExponentialDist::spec() {
    // "a exponential", not "an": the format's messages are kept word for word.
    static const DistSpec s{"exponential", "a", {{{{"mean", Bound::positive}}, exponential_from_mean}}};
    return s;
}

std::string ExponentialDist::describe(const Duration& d) {
    return "mean " + days_in_words(mean(d)) + ", p90 " + days_in_words(quantile(d, 0.9));
}

double ExponentialDist::censored_mean(const DurationSample& s) {
    const double total = std::accumulate(s.events.begin(), s.events.end(), 0.0) +
                         std::accumulate(s.censored.begin(), s.censored.end(), 0.0);
    return total / static_cast<double>(s.events.size());
}

std::optional<Duration> ExponentialDist::closed_form_fit(const DurationSample& s) {
    if (s.whole_days) return std::nullopt;
    return Duration{DistKind::exponential, censored_mean(s), 0, 0, {}};
}

std::vector<double> ExponentialDist::search_start(const DurationSample& s) {
    return {std::log(std::max(censored_mean(s), 0.5))};
}

double ExponentialDist::log_likelihood(const DurationSample& s, const Duration& d) {
    const double mean = d.a;
    double total = 0;
    auto cdf = [&](Days x) { return -std::expm1(-x / mean); };
    for (Days x : s.events) total += s.whole_days ? log_interval(cdf, x) : -std::log(mean) - x / mean;
    for (Days c : s.censored) total += -c / mean;
    return total;
}

}  // namespace pathways
