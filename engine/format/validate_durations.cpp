// Durations: a plain number of days, or an object naming a distribution.
#include <cmath>

#include "format/suggest.h"
#include "format/validate.h"

namespace pathways {

namespace {

// The 0.9 quantile of the standard normal: turns (median, p90) into sigma.
constexpr double z90 = 1.2815515655446004;

struct DistSpec {
    DistKind kind;
    std::vector<std::string> parameters;
};

const std::vector<std::pair<std::string, DistSpec>>& dists() {
    static const std::vector<std::pair<std::string, DistSpec>> table = {
        {"fixed", {DistKind::fixed, {"days"}}},
        {"exponential", {DistKind::exponential, {"mean"}}},
        {"uniform", {DistKind::uniform, {"min", "max"}}},
        {"triangular", {DistKind::triangular, {"min", "mode", "max"}}},
        {"lognormal", {DistKind::lognormal, {"median", "p90", "mu", "sigma"}}},
        {"gamma", {DistKind::gamma, {"mean", "sd"}}},
        {"weibull", {DistKind::weibull, {"shape", "scale"}}},
        {"empirical", {DistKind::empirical, {"samples"}}},
    };
    return table;
}

// Reads each named parameter with its sign; nullopt if any is missing or bad.
std::optional<std::vector<double>> parameters(Reader& in, const Json& object, const std::string& pointer,
                                              const std::string& dist,
                                              const std::vector<std::pair<std::string, Sign>>& wanted) {
    std::vector<double> values;
    bool ok = true;
    for (const auto& [name, sign] : wanted) {
        const Json* v = Reader::member(object, name);
        if (!v) {
            in.error(pointer, "a " + dist + " duration needs '" + name + "'");
            ok = false;
            continue;
        }
        auto x = in.number(*v, child(pointer, name), sign);
        ok = ok && x.has_value();
        values.push_back(x.value_or(0));
    }
    if (!ok) return std::nullopt;
    return values;
}

// A parameter that must be at least another one (min <= mode <= max, p90 > median).
bool ordered(Reader& in, const std::string& pointer, const std::string& name, double value, const std::string& other,
             double bound, bool strict) {
    if (strict ? value > bound : value >= bound) return true;
    in.error(child(pointer, name), "must be " + std::string(strict ? "> " : ">= ") + other + " (" + show_number(bound) +
                                       "), got " + show_number(value));
    return false;
}

std::optional<Duration> lognormal(Reader& in, const Json& object, const std::string& pointer) {
    const bool by_quantiles = object.contains("median") || object.contains("p90");
    const bool by_logs = object.contains("mu") || object.contains("sigma");
    if (by_quantiles && by_logs) {
        in.error(pointer, "a lognormal duration takes 'median' and 'p90', or 'mu' and 'sigma', not both");
        return std::nullopt;
    }
    if (by_logs) {
        auto p = parameters(in, object, pointer, "lognormal", {{"mu", Sign::any}, {"sigma", Sign::positive}});
        if (!p) return std::nullopt;
        return Duration{DistKind::lognormal, (*p)[0], (*p)[1], 0, {}};
    }
    auto p = parameters(in, object, pointer, "lognormal", {{"median", Sign::positive}, {"p90", Sign::positive}});
    if (!p || !ordered(in, pointer, "p90", (*p)[1], "median", (*p)[0], true)) return std::nullopt;
    const double mu = std::log((*p)[0]);
    return Duration{DistKind::lognormal, mu, (std::log((*p)[1]) - mu) / z90, 0, {}};
}

std::optional<Duration> empirical(Reader& in, const Json& object, const std::string& pointer) {
    const Json* samples = Reader::member(object, "samples");
    if (!samples) {
        in.error(pointer, "an empirical duration needs 'samples'");
        return std::nullopt;
    }
    const std::string p = child(pointer, "samples");
    if (!in.array(*samples, p)) return std::nullopt;
    if (samples->empty()) {
        in.error(p, "must list at least one sample, got an empty array");
        return std::nullopt;
    }
    Duration d{DistKind::empirical, 0, 0, 0, {}};
    bool ok = true;
    for (std::size_t i = 0; i < samples->size(); ++i) {
        auto x = in.number((*samples)[i], child(p, i), Sign::non_negative);
        ok = ok && x.has_value();
        d.samples.push_back(x.value_or(0));
    }
    if (!ok) return std::nullopt;
    return d;
}

std::optional<Duration> by_parameters(Reader& in, DistKind kind, const std::string& dist, const Json& object,
                                      const std::string& pointer) {
    using P = std::vector<std::pair<std::string, Sign>>;
    auto two = [&](const P& names) -> std::optional<Duration> {
        auto p = parameters(in, object, pointer, dist, names);
        if (!p) return std::nullopt;
        return Duration{kind, (*p)[0], p->size() > 1 ? (*p)[1] : 0, 0, {}};
    };
    switch (kind) {
        case DistKind::fixed: return two({{"days", Sign::non_negative}});
        case DistKind::exponential: return two({{"mean", Sign::positive}});
        case DistKind::weibull: return two({{"shape", Sign::positive}, {"scale", Sign::positive}});
        case DistKind::gamma: {
            auto p = parameters(in, object, pointer, dist, {{"mean", Sign::positive}, {"sd", Sign::positive}});
            if (!p) return std::nullopt;
            const double mean = (*p)[0], sd = (*p)[1];
            return Duration{kind, (mean / sd) * (mean / sd), sd * sd / mean, 0, {}};
        }
        case DistKind::uniform: {
            auto p = parameters(in, object, pointer, dist, {{"min", Sign::non_negative}, {"max", Sign::non_negative}});
            if (!p || !ordered(in, pointer, "max", (*p)[1], "min", (*p)[0], false)) return std::nullopt;
            return Duration{kind, (*p)[0], (*p)[1], 0, {}};
        }
        case DistKind::triangular: {
            auto p =
                parameters(in, object, pointer, dist,
                           {{"min", Sign::non_negative}, {"mode", Sign::non_negative}, {"max", Sign::non_negative}});
            if (!p || !ordered(in, pointer, "mode", (*p)[1], "min", (*p)[0], false) ||
                !ordered(in, pointer, "max", (*p)[2], "mode", (*p)[1], false))
                return std::nullopt;
            return Duration{kind, (*p)[0], (*p)[1], (*p)[2], {}};
        }
        case DistKind::lognormal: return lognormal(in, object, pointer);
        case DistKind::empirical: return empirical(in, object, pointer);
    }
    return std::nullopt;
}

// A spread so wide that the mean overflows (a lognormal with median 5 and
// p90 1e300) would fill results with infinities: refused like any limit.
std::optional<Duration> within_limit(Reader& in, std::optional<Duration> d, const std::string& pointer) {
    if (!d) return d;
    const double mean = d->mean();
    if (!(mean <= max_mean_duration_days)) {
        in.error(pointer, "this duration's mean is " +
                              (std::isfinite(mean) ? show(Json(mean)) : std::string("infinite")) +
                              " days, more than the limit of 10000000 days");
        return std::nullopt;
    }
    return d;
}

}  // namespace

std::optional<Duration> read_duration(Reader& in, const Json& value, const std::string& pointer) {
    if (value.is_number()) {
        auto days = in.number(value, pointer, Sign::non_negative);
        if (!days) return std::nullopt;
        return within_limit(in, Duration::fixed_days(*days), pointer);
    }
    if (!value.is_object()) {
        in.error(pointer, "must be a number of days or an object with \"dist\", got " + show(value));
        return std::nullopt;
    }
    const Json* dist = in.required(value, pointer, "dist");
    if (!dist) return std::nullopt;
    auto name = in.string(*dist, child(pointer, "dist"));
    if (!name) return std::nullopt;
    std::vector<std::string> names;
    for (const auto& [n, spec] : dists()) {
        if (n != *name) {
            names.push_back(n);
            continue;
        }
        std::vector<std::string> known = spec.parameters;
        known.push_back("dist");
        in.keys(value, pointer, known);
        return within_limit(in, by_parameters(in, spec.kind, n, value, pointer), pointer);
    }
    in.error(child(pointer, "dist"), "unknown distribution " + show(*dist) + did_you_mean(*name, names) +
                                         " (known: fixed, exponential, uniform, triangular, lognormal, gamma, "
                                         "weibull, empirical)");
    return std::nullopt;
}

}  // namespace pathways
