// Policy regimes (format 1.1): dated merge patches that stack on the base
// model like scenarios. A regime changes parameter values only, so each
// regime's rules are a whole valid model with the base model's stages, stage
// kinds, arrival streams and deadlines.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>
#include <unordered_map>

#include "format/validate.h"
#include "model/profile_reach.h"

namespace pathways {

namespace {

using Date = std::chrono::year_month_day;

// The sections a regime's patch may touch, with the members in them that say
// what a thing is rather than how fast or how much, which a regime may not change.
struct Patchable {
    std::string section, what;
    std::vector<std::string> fixed;
};

const std::vector<Patchable>& patchable() {
    static const std::vector<Patchable> table = {
        {"stages", "a stage", {"outcome", "queue", "sets", "held_in", "initial"}},
        {"arrivals", "an arrival stream", {"to", "in_cohort", "headline"}},
        {"deadlines", "a deadline", {}},
    };
    return table;
}

struct ReadRegime {
    Regime regime;
    std::string pointer;
    Json patch = Json::object();
    bool from_known = false;
    bool ok = false;  // read without problems, so its rules can be built
};

// A day number, or a date counted in days from start_date (negative before it).
std::optional<Days> read_from(LoadContext& c, const Json& value, const std::string& p, const Json& document) {
    if (value.is_number()) return c.in.number(value, p);
    if (!value.is_string()) {
        c.in.error(p, "must be a date (YYYY-MM-DD) or a number of days, got " + show(value));
        return std::nullopt;
    }
    const auto date = read_date(c.in, value, p);
    const auto& start = c.model.simulation.start_date;
    if (!date || !start) {
        const Json* simulation = Reader::member(document, "simulation");
        // A start date written wrongly is reported where it is written.
        if (date && !(simulation && Reader::member(*simulation, "start_date")))
            c.in.error(p, "a date needs simulation.start_date (the date of day 0); without it give a day number, got " +
                              show(value));
        return std::nullopt;
    }
    return static_cast<Days>((std::chrono::sys_days(*date) - std::chrono::sys_days(*start)).count());
}

// Adding or removing a stage, stream or deadline is a change of structure, not of values.
void check_patch_ids(LoadContext& c, const Patchable& part, const Json& base, const Json& patch, const std::string& p) {
    for (const auto& [id, value] : patch.items()) {
        if (Reader::is_free_text(id)) continue;
        if (value.is_null())
            c.in.error(child(p, id), "a regime may not remove " + part.what + " (it may change values only)");
        else if (!base.is_object() || !base.contains(id))
            c.in.error(child(p, id), "a regime may not add " + part.what + " (it may change values only)");
    }
}

void check_patch_sections(LoadContext& c, const Json& document, const Json& patch, const std::string& p) {
    for (const auto& [key, value] : patch.items()) {
        const std::string& section = key;  // a lambda may not capture a structured binding (before C++20)
        const auto part = std::find_if(patchable().begin(), patchable().end(),
                                       [&](const Patchable& x) { return x.section == section; });
        if (part == patchable().end()) {
            c.in.error(child(p, key), "a regime may change stages, arrivals and deadlines only, not '" + key + "'");
        } else if (!value.is_object()) {
            c.in.error(child(p, key), "must be an object of changes to " + key + ", got " + show(value));
        } else {
            const Json* base = Reader::member(document, key);
            check_patch_ids(c, *part, base ? *base : Json::object(), value, child(p, key));
        }
    }
}

ReadRegime read_regime(LoadContext& c, const Json& document, const std::string& id, const Json& value,
                       const std::string& p) {
    ReadRegime r;
    r.pointer = p;
    const std::size_t before = c.in.errors();
    c.in.id(id, p);
    if (!c.in.object(value, p)) return r;
    c.in.keys(value, p, {"from", "patch"});
    r.regime.id = id;
    r.regime.label = Reader::text(value, "label");
    r.regime.sourcing = Reader::sourcing(value);
    if (const Json* from = c.in.required(value, p, "from")) {
        const auto day = read_from(c, *from, child(p, "from"), document);
        r.regime.from = day.value_or(0);
        r.from_known = day.has_value();
    }
    if (const Json* patch = c.in.required(value, p, "patch"); patch && c.in.object(*patch, child(p, "patch"))) {
        r.patch = *patch;
        check_patch_sections(c, document, *patch, child(p, "patch"));
    }
    r.ok = c.in.errors() == before;
    return r;
}

// Two regimes from the same day would leave their order, and so the rules in force, unclear.
void check_distinct_from(LoadContext& c, const std::vector<ReadRegime>& regimes) {
    for (std::size_t i = 0; i < regimes.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (!regimes[i].from_known || !regimes[j].from_known || regimes[i].regime.from != regimes[j].regime.from)
                continue;
            c.in.error(child(regimes[i].pointer, "from"), "regime '" + regimes[j].regime.id +
                                                              "' starts on the same day (day " +
                                                              show_number(regimes[i].regime.from) + ")");
            break;
        }
    }
}

// A regime from after the horizon changes nothing a run reports: most likely
// a mistyped year.
void check_within_run(LoadContext& c, const std::vector<ReadRegime>& regimes) {
    const Days horizon = c.model.simulation.horizon_days;
    for (const ReadRegime& r : regimes) {
        if (!r.from_known || horizon <= 0 || r.regime.from < horizon) continue;
        c.in.warning(child(r.pointer, "from"), "starts on day " + show_number(r.regime.from) +
                                                   ", after the run ends (horizon_days " + show_number(horizon) +
                                                   "): it changes nothing in the results");
    }
}

// The base model's document: the rules before any regime.
Json base_rules(const Json& document) {
    Json rules = document;
    for (const char* key : {"regimes", "uncertainty", "targets"}) rules.erase(key);
    return rules;
}

// Reports a problem of regime k's rules at the place in a regime's patch that
// wrote it: the latest regime in force whose patch did, else regime k itself.
// Problems an earlier regime's rules showed already are not repeated, nor
// warnings no patch wrote (the base model's own).
class RegimeReporter {
public:
    RegimeReporter(LoadContext& c, const std::vector<ReadRegime>& regimes) : c_(c), regimes_(regimes) {}

    void report(std::size_t k, const Diagnostic& d) {
        const std::optional<std::size_t> writer = last_writer(k, d.pointer);
        if (d.severity == Diagnostic::Severity::warning && !writer) return;
        const std::size_t author = writer.value_or(k);
        const std::string pointer = child(regimes_[author].pointer, "patch") + d.pointer;
        if (!seen_.insert(pointer + '\n' + d.message).second) return;
        if (d.severity == Diagnostic::Severity::error)
            c_.in.error(pointer, d.message);
        else
            c_.in.warning(pointer, d.message);
    }

private:
    // The latest regime up to k whose patch writes at pointer. Every regime's
    // rules repeat the base model's warnings, so which patches write a pointer
    // is found once, not by a walk back per regime (quadratic in regimes).
    std::optional<std::size_t> last_writer(std::size_t k, const std::string& pointer) {
        auto [at, added] = writers_.try_emplace(pointer);
        for (std::size_t r = 0; added && r < regimes_.size(); ++r) {
            if (patch_writes(regimes_[r].patch, pointer)) at->second.push_back(r);
        }
        const std::vector<std::size_t>& writers = at->second;
        const auto after = std::upper_bound(writers.begin(), writers.end(), k);
        if (after == writers.begin()) return std::nullopt;
        return *(after - 1);
    }

    LoadContext& c_;
    const std::vector<ReadRegime>& regimes_;
    std::set<std::string> seen_;
    std::unordered_map<std::string, std::vector<std::size_t>> writers_;
};

Diagnostic problem(const std::string& pointer, const std::string& message) {
    return {Diagnostic::Severity::error, "", pointer, message};
}

// Members that say what a thing is must keep their base values under every regime.
void check_fixed_members(const Json& base, const Json& rules, std::size_t k, RegimeReporter& reporter) {
    for (const auto& part : patchable()) {
        const Json* before = Reader::member(base, part.section);
        const Json* after = Reader::member(rules, part.section);
        if (!before || !after || !before->is_object()) continue;
        for (const auto& [id, thing] : before->items()) {
            const Json* changed = Reader::member(*after, id);
            if (Reader::is_free_text(id) || !changed) continue;
            for (const auto& key : part.fixed) {
                const Json* was = Reader::member(thing, key);
                const Json* is = Reader::member(*changed, key);
                if ((was == nullptr) == (is == nullptr) && (!was || nlohmann::json(*was) == nlohmann::json(*is)))
                    continue;
                const std::string at = child(child("/" + part.section, id), key);
                reporter.report(k, problem(at, "a regime may not change " + part.what + "'s '" + key +
                                                   "' (it may change values only)"));
            }
        }
    }
}

void check_kinds(const Model& base, const Model& rules, std::size_t k, RegimeReporter& reporter) {
    for (std::size_t s = 0; s < base.stages.size() && s < rules.stages.size(); ++s) {
        if (base.stages[s].kind == rules.stages[s].kind) continue;
        reporter.report(
            k, problem(child("/stages", base.stages[s].id),
                       std::string("a regime may not change a stage's kind (") + stage_kind_name(base.stages[s].kind) +
                           " in the base model, " + stage_kind_name(rules.stages[s].kind) + " under this regime)"));
    }
}

// Routing under each set of rules must hold for everyone who can be in a stage
// at any time of the run: people who arrived under other rules, with other
// mixes, or were sent there by other routing. Each set of rules was checked
// alone as it was loaded; this adds what the others bring.
void check_reach_across_regimes(LoadContext& c, std::vector<ReadRegime>& regimes, RegimeReporter& reporter) {
    std::vector<const Model*> rule_sets = {&c.model};
    for (const ReadRegime& r : regimes) {
        if (r.regime.rules) rule_sets.push_back(r.regime.rules.get());
    }
    const std::vector<std::vector<bool>> reached = reachable_profiles(rule_sets);
    check_reached_shares(c, reached);
    for (std::size_t k = 0; k < regimes.size(); ++k) {
        if (!regimes[k].regime.rules) continue;
        std::vector<Diagnostic> found;
        Reader in("", found);
        Model rules = *regimes[k].regime.rules;
        LoadContext rc{in, rules, {}, {}, true, nullptr};
        check_reached_shares(rc, reached);
        for (const Diagnostic& d : found) reporter.report(k, d);
    }
}

// The last regime's rules stay in force to the end of the run, so a deadline
// loop there that lets time pass never ends either (loops at one instant were
// refused as each regime's rules were loaded).
void check_last_rules_loops(const std::vector<ReadRegime>& regimes, RegimeReporter& reporter) {
    if (regimes.empty() || !regimes.back().regime.rules) return;
    std::vector<Diagnostic> found;
    Reader in("", found);
    Model rules = *regimes.back().regime.rules;
    LoadContext rc{in, rules, {}, {}, true, nullptr};
    check_deadline_loops(rc, false, true);
    for (const Diagnostic& d : found) reporter.report(regimes.size() - 1, d);
}

// Each regime's rules: the base model with its patch and every earlier one applied.
void build_rules(LoadContext& c, const Json& document, std::vector<ReadRegime>& regimes) {
    const Json base = base_rules(document);
    Json rules = base;
    RegimeReporter reporter(c, regimes);
    for (std::size_t k = 0; k < regimes.size(); ++k) {
        rules.merge_patch(regimes[k].patch);
        LoadResult loaded = load_regime_rules(rules);
        for (const Diagnostic& d : loaded.diagnostics) reporter.report(k, d);
        check_fixed_members(base, rules, k, reporter);
        if (!loaded.model) continue;
        check_kinds(c.model, *loaded.model, k, reporter);
        regimes[k].regime.rules = std::make_shared<const Model>(std::move(*loaded.model));
    }
    check_reach_across_regimes(c, regimes, reporter);
    check_last_rules_loops(regimes, reporter);
}

}  // namespace

void read_regimes(LoadContext& c, const Json& document, const Json& value, const std::string& pointer) {
    const bool base_valid = c.in.errors() == 0;
    std::vector<ReadRegime> regimes;
    c.in.entries(value, pointer, [&](const std::string& id, const Json& member, const std::string& at) {
        regimes.push_back(read_regime(c, document, id, member, at));
    });
    check_distinct_from(c, regimes);
    check_within_run(c, regimes);
    // Problems of the base model would show again in every regime's rules.
    if (!base_valid) return;
    if (c.in.errors() > 0) {
        check_reached_shares(c, reachable_profiles(c.model));
        return;
    }
    std::stable_sort(regimes.begin(), regimes.end(),
                     [](const ReadRegime& a, const ReadRegime& b) { return a.regime.from < b.regime.from; });
    build_rules(c, document, regimes);
    for (auto& r : regimes) c.model.regimes.push_back(std::move(r.regime));
}

bool patch_writes(const Json& patch, const std::string& pointer) {
    try {
        return patch.contains(Json::json_pointer(pointer));
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

}  // namespace pathways
