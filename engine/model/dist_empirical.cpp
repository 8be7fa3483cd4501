#include "model/dist_empirical.h"

#include <map>

namespace pathways {

namespace {

Duration empirical_from_samples(const std::vector<double>& samples) {
    return Duration{DistKind::empirical, 0, 0, 0, samples};
}

}  // namespace

const DistSpec& EmpiricalDist::spec() {
    static const DistSpec s{
        "empirical",
        "an",
        {{{{.name = "samples", .bound = Bound::non_negative, .list = true}}, empirical_from_samples}}};
    return s;
}

double EmpiricalDist::variance(const Duration& d) {
    double m = mean(d), s = 0;
    for (double x : d.samples) s += (x - m) * (x - m);
    return d.samples.empty() ? 0 : s / static_cast<double>(d.samples.size());
}

double EmpiricalDist::quantile(const Duration& d, double p) {
    if (d.samples.empty()) return 0;
    std::vector<double> s = d.samples;
    std::sort(s.begin(), s.end());
    auto i = static_cast<std::size_t>(std::ceil(p * static_cast<double>(s.size())));
    return s[std::min(s.size() - 1, i == 0 ? 0 : i - 1)];
}

std::string EmpiricalDist::describe(const Duration& d) {
    return "mean " + days_in_words(mean(d)) + ", p90 " + days_in_words(quantile(d, 0.9));
}

Duration EmpiricalDist::of_stays(const DurationSample& s) {
    Duration d{DistKind::empirical, 0, 0, 0, s.events};
    std::sort(d.samples.begin(), d.samples.end());
    return d;
}

double EmpiricalDist::log_likelihood(const DurationSample& s) {
    std::map<Days, double> counts;
    for (Days x : s.events) counts[x] += 1;
    const auto n = static_cast<double>(s.events.size());
    double total = 0;
    for (const auto& [x, k] : counts) total += k * std::log(k / n);
    std::vector<Days> sorted = s.events;
    std::sort(sorted.begin(), sorted.end());
    for (Days c : s.censored) {
        const auto longer = sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), c);
        total += longer == 0 ? -INFINITY : std::log(static_cast<double>(longer) / n);
    }
    return total;
}

}  // namespace pathways
