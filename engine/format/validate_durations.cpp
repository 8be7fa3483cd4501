// Durations: a plain number of days, or an object naming a distribution. The
// names, parameters and bounds are each distribution's own (model/dist_*.h);
// here they are read from JSON and every problem reported.
#include <algorithm>
#include <cmath>

#include "format/suggest.h"
#include "format/validate.h"
#include "model/distributions.h"

namespace pathways {

namespace {

Sign sign_of(Bound bound) {
    switch (bound) {
        case Bound::any: return Sign::any;
        case Bound::non_negative: return Sign::non_negative;
        case Bound::positive: return Sign::positive;
    }
    return Sign::any;
}

std::string a_duration(const DistSpec& spec) { return spec.article + " " + spec.name + " duration"; }

// The form whose parameters the object names (the first when it names none);
// none, reported, when it names parameters of more than one.
const DistForm* chosen_form(Reader& in, const DistSpec& spec, const Json& object, const std::string& pointer) {
    std::vector<const DistForm*> named;
    for (const DistForm& form : spec.forms) {
        if (std::any_of(form.parameters.begin(), form.parameters.end(),
                        [&](const DistParameter& p) { return object.contains(p.name); }))
            named.push_back(&form);
    }
    if (named.size() <= 1) return named.empty() ? &spec.forms.front() : named.front();
    std::string ways;
    for (const DistForm& form : spec.forms) {
        std::string names;
        for (const DistParameter& p : form.parameters) names += (names.empty() ? "'" : " and '") + p.name + "'";
        ways += (ways.empty() ? "" : ", or ") + names;
    }
    in.error(pointer, a_duration(spec) + " takes " + ways + ", not both");
    return nullptr;
}

// A list parameter's values (the empirical samples): at least one.
std::optional<std::vector<double>> list_values(Reader& in, const Json& list, const std::string& pointer, Sign sign) {
    if (!in.array(list, pointer)) return std::nullopt;
    if (list.empty()) {
        in.error(pointer, "must list at least one sample, got an empty array");
        return std::nullopt;
    }
    std::vector<double> values;
    bool ok = true;
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto x = in.number(list[i], child(pointer, i), sign);
        ok = ok && x.has_value();
        values.push_back(x.value_or(0));
    }
    if (!ok) return std::nullopt;
    return values;
}

// Reads each of the form's parameters within its bound; nullopt if any is missing or bad.
std::optional<std::vector<double>> form_values(Reader& in, const DistSpec& spec, const DistForm& form,
                                               const Json& object, const std::string& pointer) {
    std::vector<double> values;
    bool ok = true;
    for (const DistParameter& p : form.parameters) {
        const Json* v = Reader::member(object, p.name);
        if (!v) {
            in.error(pointer, a_duration(spec) + " needs '" + p.name + "'");
            ok = false;
            continue;
        }
        if (p.list) return list_values(in, *v, child(pointer, p.name), sign_of(p.bound));
        auto x = in.number(*v, child(pointer, p.name), sign_of(p.bound));
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

// Reports the first parameter out of order with the one it must be at least.
bool in_order(Reader& in, const DistForm& form, const std::vector<double>& values, const std::string& pointer) {
    const auto& ps = form.parameters;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        if (ps[i].at_least.empty()) continue;
        auto j = static_cast<std::size_t>(
            std::find_if(ps.begin(), ps.end(), [&](const DistParameter& p) { return p.name == ps[i].at_least; }) -
            ps.begin());
        if (!ordered(in, pointer, ps[i].name, values[i], ps[i].at_least, values[j], ps[i].strictly)) return false;
    }
    return true;
}

std::optional<Duration> by_parameters(Reader& in, const DistSpec& spec, const Json& object,
                                      const std::string& pointer) {
    const DistForm* form = chosen_form(in, spec, object, pointer);
    if (!form) return std::nullopt;
    auto values = form_values(in, spec, *form, object, pointer);
    if (!values || !in_order(in, *form, *values, pointer)) return std::nullopt;
    return form->make(*values);
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

std::vector<std::string> parameter_names(const DistSpec& spec) {
    std::vector<std::string> names;
    for (const DistForm& form : spec.forms) {
        for (const DistParameter& p : form.parameters) names.push_back(p.name);
    }
    return names;
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
    for (DistKind kind : all_dist_kinds) {
        const DistSpec& spec = dist_spec(kind);
        if (spec.name != *name) {
            names.push_back(spec.name);
            continue;
        }
        std::vector<std::string> known = parameter_names(spec);
        known.push_back("dist");
        in.keys(value, pointer, known);
        return within_limit(in, by_parameters(in, spec, value, pointer), pointer);
    }
    std::string listed;
    for (const std::string& n : names) listed += (listed.empty() ? "" : ", ") + n;
    in.error(child(pointer, "dist"),
             "unknown distribution " + show(*dist) + did_you_mean(*name, names) + " (known: " + listed + ")");
    return std::nullopt;
}

}  // namespace pathways
