// Measures (format 1.2): what the report counts, each over a population and
// with a direction that is better for people.
#include <algorithm>

#include "format/suggest.h"
#include "format/validate.h"

namespace pathways {

namespace {

// The four ways to say what a journey must do to be counted.
const std::vector<std::string> measure_kinds = {"ends_in", "ends_in_kind", "visits", "in_pathway_after_days"};
const std::vector<std::string> outcome_kinds = {"settled", "drop_off", "neutral"};

std::optional<std::uint32_t> stream_ref(LoadContext& c, const Json& value, const std::string& p) {
    auto id = c.in.string(value, p);
    if (!id) return std::nullopt;
    std::vector<std::string> ids;
    for (std::uint32_t a = 0; a < c.model.arrivals.size(); ++a) {
        if (c.model.arrivals[a].id == *id) return a;
        ids.push_back(c.model.arrivals[a].id);
    }
    c.in.error(p, "unknown arrival stream '" + *id + "'" + did_you_mean(*id, ids));
    return std::nullopt;
}

// A non-empty array, each element read by `read`.
template <typename Read>
void each_listed(LoadContext& c, const Json& value, const std::string& p, Read read) {
    if (!c.in.array(value, p)) return;
    if (value.empty()) c.in.error(p, "must list at least one, got an empty array");
    for (std::size_t i = 0; i < value.size(); ++i) read(value[i], child(p, i));
}

void read_population_streams(LoadContext& c, const Json& value, const std::string& p, MeasurePopulation& out) {
    each_listed(c, value, p, [&](const Json& item, const std::string& ip) {
        auto s = stream_ref(c, item, ip);
        if (!s) return;
        if (!c.model.arrivals[*s].in_cohort) {
            c.in.error(ip, "arrival stream '" + c.model.arrivals[*s].id +
                               "' is not in the cohort (in_cohort is false): measures count cohort journeys only");
            return;
        }
        out.streams.push_back(*s);
    });
}

void read_population_when(LoadContext& c, const Json& value, const std::string& p, MeasurePopulation& out) {
    if (!c.in.object(value, p)) return;
    for (const auto& [name, v] : value.items()) {
        const std::string vp = child(p, name);
        auto a = attribute_ref(c, name, vp);
        auto x = a ? value_ref(c, *a, v, vp) : std::nullopt;
        if (x) out.when.emplace_back(*a, *x);
    }
}

// Whether anyone of stream s arrives with every value of the population.
bool brings(const ArrivalStream& s, const MeasurePopulation& population) {
    return std::all_of(population.when.begin(), population.when.end(), [&](const auto& condition) {
        const auto [a, v] = condition;
        return a < s.mix.size() && v < s.mix[a].size() && s.mix[a][v] > 0;
    });
}

std::string describe_when(const Model& model, const MeasurePopulation& population) {
    std::vector<std::uint32_t> attributes, values;
    for (const auto& [a, v] : population.when) {
        attributes.push_back(a);
        values.push_back(v);
    }
    return describe_profile(model, attributes, values);
}

// A population no arrival can belong to would count nothing, always.
void check_not_empty(LoadContext& c, const MeasurePopulation& population, const std::string& p) {
    std::vector<std::uint32_t> streams = population.streams;
    for (std::uint32_t a = 0; population.streams.empty() && a < c.model.arrivals.size(); ++a) {
        if (c.model.arrivals[a].in_cohort) streams.push_back(a);
    }
    if (streams.empty()) {
        c.in.error(p, "the population is empty: no arrival stream is in the cohort");
        return;
    }
    const bool someone =
        std::any_of(streams.begin(), streams.end(), [&](auto s) { return brings(c.model.arrivals[s], population); });
    if (!someone)
        c.in.error(p, "the population is empty: no arrival stream " +
                          std::string(population.streams.empty() ? "of the cohort" : "it names") +
                          " brings anyone with " + describe_when(c.model, population) +
                          " (a population is judged on the values people arrive with, before any stage sets them)");
}

MeasurePopulation read_population(LoadContext& c, const Json& measure, const std::string& p) {
    MeasurePopulation out;
    const Json* value = Reader::member(measure, "population");
    if (value && c.in.object(*value, child(p, "population"))) {
        const std::string pp = child(p, "population");
        c.in.keys(*value, pp, {"streams", "when"});
        const std::size_t errors = c.in.errors();
        if (const Json* streams = Reader::member(*value, "streams"))
            read_population_streams(c, *streams, child(pp, "streams"), out);
        if (const Json* when = Reader::member(*value, "when")) read_population_when(c, *when, child(pp, "when"), out);
        if (c.in.errors() == errors) check_not_empty(c, out, pp);
        return out;
    }
    check_not_empty(c, out, p);
    return out;
}

// The kind given, when exactly one is.
std::optional<std::size_t> read_kind(LoadContext& c, const Json& measure, const std::string& p) {
    std::vector<std::size_t> given;
    for (std::size_t k = 0; k < measure_kinds.size(); ++k) {
        if (Reader::member(measure, measure_kinds[k])) given.push_back(k);
    }
    if (given.size() == 1) return given[0];
    if (given.empty())
        c.in.error(p, "needs one of \"ends_in\", \"ends_in_kind\", \"visits\" or \"in_pathway_after_days\"");
    else
        c.in.error(child(p, measure_kinds[given[1]]), "give exactly one of ends_in, ends_in_kind, visits and "
                                                      "in_pathway_after_days: this measure also has " +
                                                          measure_kinds[given[0]]);
    return std::nullopt;
}

void read_ends_in(LoadContext& c, const Json& value, const std::string& p, Measure& m) {
    each_listed(c, value, p, [&](const Json& item, const std::string& ip) {
        auto s = stage_ref(c, item, ip);
        if (!s) return;
        const Stage& stage = c.model.stages[*s];
        if (stage.kind != StageKind::outcome) {
            c.in.error(ip, "'" + stage.id + "' is a " + stage_kind_name(stage.kind) +
                               " stage, not an outcome (to count journeys through it, use \"visits\")");
            return;
        }
        m.stages.push_back(*s);
    });
}

// The outcome kinds given; their stages go into m.stages.
std::vector<OutcomeKind> read_ends_in_kind(LoadContext& c, const Json& value, const std::string& p, Measure& m) {
    std::vector<OutcomeKind> kinds;
    each_listed(c, value, p, [&](const Json& item, const std::string& ip) {
        auto k = c.in.choice(item, ip, outcome_kinds);
        if (!k) return;
        const auto kind = static_cast<OutcomeKind>(*k);
        kinds.push_back(kind);
        const std::size_t before = m.stages.size();
        for (StageIndex s = 0; s < c.model.stages.size(); ++s) {
            const Stage& stage = c.model.stages[s];
            if (stage.kind == StageKind::outcome && stage.outcome == kind) m.stages.push_back(s);
        }
        if (m.stages.size() == before)
            c.in.error(ip, "the model has no outcome stage of kind \"" + outcome_kinds[*k] + "\"");
    });
    return kinds;
}

void read_visits(LoadContext& c, const Json& value, const std::string& p, Measure& m) {
    each_listed(c, value, p, [&](const Json& item, const std::string& ip) {
        if (auto s = stage_ref(c, item, ip)) m.stages.push_back(*s);
    });
}

// What a journey must do to be counted; the outcome kinds named, for inferring `better`.
std::vector<OutcomeKind> read_condition(LoadContext& c, const Json& measure, const std::string& p, Measure& m) {
    const auto kind = read_kind(c, measure, p);
    const Json* within = Reader::member(measure, "within_days");
    if (within && kind != 0u && kind != 1u) {
        if (kind) c.in.error(child(p, "within_days"), "goes with \"ends_in\" or \"ends_in_kind\" only");
        within = nullptr;
    }
    if (within) m.within_days = c.in.number(*within, child(p, "within_days"), Sign::non_negative);
    if (!kind) return {};
    const std::string kp = child(p, measure_kinds[*kind]);
    const Json& value = *Reader::member(measure, measure_kinds[*kind]);
    switch (*kind) {
        case 0:
            m.kind = MeasureKind::ends_in;
            read_ends_in(c, value, kp, m);
            break;
        case 1: m.kind = MeasureKind::ends_in; return read_ends_in_kind(c, value, kp, m);
        case 2:
            m.kind = MeasureKind::visits;
            read_visits(c, value, kp, m);
            break;
        default:
            m.kind = MeasureKind::in_pathway_after_days;
            m.after_days = c.in.number(value, kp, Sign::non_negative).value_or(0);
            break;
    }
    return {};
}

// Fewer losses and more settled are better; anything else must be said.
void read_better(LoadContext& c, const Json& measure, const std::string& p, const std::vector<OutcomeKind>& kinds,
                 Measure& m) {
    if (const Json* better = Reader::member(measure, "better")) {
        m.higher_is_better = c.in.choice(*better, child(p, "better"), {"lower", "higher"}) == 1u;
        return;
    }
    const auto all = [&](OutcomeKind k) {
        return !kinds.empty() && std::all_of(kinds.begin(), kinds.end(), [k](OutcomeKind x) { return x == k; });
    };
    if (all(OutcomeKind::settled) || all(OutcomeKind::drop_off)) {
        m.higher_is_better = all(OutcomeKind::settled);
        return;
    }
    c.in.error(p, "needs \"better\": \"lower\" or \"higher\" (it is inferred only for ends_in_kind [\"settled\"] or "
                  "[\"drop_off\"])");
}

void read_measure(LoadContext& c, const std::string& id, const Json& value, const std::string& p) {
    c.in.id(id, p);
    if (!c.in.object(value, p)) return;
    std::vector<std::string> known = measure_kinds;
    known.insert(known.end(), {"population", "within_days", "better", "headline"});
    c.in.keys(value, p, known);
    Measure m;
    m.id = id;
    m.label = Reader::text(value, "label");
    m.population = read_population(c, value, p);
    const std::vector<OutcomeKind> kinds = read_condition(c, value, p, m);
    read_better(c, value, p, kinds, m);
    if (const Json* headline = Reader::member(value, "headline"))
        m.headline = c.in.boolean(*headline, child(p, "headline")).value_or(false);
    c.model.measures.push_back(std::move(m));
}

}  // namespace

void read_measures(LoadContext& c, const Json& value, const std::string& pointer) {
    c.in.entries(value, pointer, [&](const std::string& id, const Json& member, const std::string& at) {
        read_measure(c, id, member, at);
    });
    if (c.model.measures.size() > max_measures)
        c.in.error(pointer, "has " + std::to_string(c.model.measures.size()) + " measures; at most " +
                                std::to_string(max_measures) + " are allowed");
}

}  // namespace pathways
