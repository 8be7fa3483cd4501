// Uncertain parameters (format 1.1): numbers of the model that a sensitivity
// analysis varies. Each entry must name numbers of the model, hold their
// values in its range, and leave the model valid at either end of the range.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <unordered_map>

#include "format/model_paths.h"
#include "format/parameter_draw.h"
#include "format/suggest.h"
#include "format/validate.h"

namespace pathways {

namespace {

const std::vector<std::string> spreads = {"uniform", "triangular", "loguniform"};
const std::vector<std::string> varied_sections = {"stages", "arrivals", "deadlines"};

struct ReadEntry {
    UncertainParameter parameter;
    std::string pointer;
};

// `path` (one pointer) or `paths` (several that move together), not both.
std::vector<std::string> read_model_pointers(Reader& in, const Json& value, const std::string& p) {
    const Json* path = Reader::member(value, "path");
    const Json* paths = Reader::member(value, "paths");
    if (path && paths) {
        in.error(p, "give either 'path' or 'paths', not both");
        return {};
    }
    if (path) {
        auto one = in.string(*path, child(p, "path"));
        return one ? std::vector<std::string>{*one} : std::vector<std::string>{};
    }
    if (!paths) {
        in.error(p, "needs 'path' (a JSON pointer to a number of the model) or 'paths' (several)");
        return {};
    }
    auto several = in.strings(*paths, child(p, "paths"));
    if (several && several->empty()) in.error(child(p, "paths"), "must list at least one JSON pointer");
    return several.value_or(std::vector<std::string>{});
}

std::optional<Spread> read_spread(Reader& in, const Json& value, const std::string& p) {
    const Json* dist = Reader::member(value, "dist");
    if (!dist) return Spread::uniform;
    auto name = in.string(*dist, child(p, "dist"));
    if (!name) return std::nullopt;
    for (std::size_t i = 0; i < spreads.size(); ++i) {
        if (*name == spreads[i]) return static_cast<Spread>(i);
    }
    in.error(child(p, "dist"), "must be \"uniform\", \"triangular\" or \"loguniform\", got " + show(*dist) +
                                   did_you_mean(*name, spreads));
    return std::nullopt;
}

// low <= high, a mode inside them for a triangular spread, low > 0 for a log-uniform one.
bool read_range(Reader& in, UncertainParameter& u, const Json& value, const std::string& p) {
    auto low = in.required_number(value, p, "low");
    auto high = in.required_number(value, p, "high");
    auto dist = read_spread(in, value, p);
    if (!low || !high || !dist) return false;
    u.low = *low;
    u.high = *high;
    u.dist = *dist;
    if (u.low > u.high) {
        in.error(child(p, "high"), "must be >= low (" + show_number(u.low) + "), got " + show_number(u.high));
        return false;
    }
    if (u.dist == Spread::loguniform && !(u.low > 0)) {
        in.error(child(p, "low"), "must be > 0 for a loguniform dist, got " + show_number(u.low));
        return false;
    }
    const Json* mode = Reader::member(value, "mode");
    if (u.dist != Spread::triangular) {
        if (mode) in.error(child(p, "mode"), "only a triangular dist takes a mode");
        return !mode;
    }
    auto m = mode ? in.number(*mode, child(p, "mode")) : std::nullopt;
    if (!mode) in.error(p, "missing required key 'mode' (a triangular dist needs it)");
    if (m && (*m < u.low || *m > u.high))
        in.error(child(p, "mode"), "must lie within low and high [" + show_number(u.low) + ", " + show_number(u.high) +
                                       "], got " + show_number(*m));
    u.mode = m.value_or(0);
    return m && *m >= u.low && *m <= u.high;
}

// The model's numbers sensitivity may vary: those of stages, arrivals and
// deadlines, in the base model or in a regime's patch.
bool varied_section(const std::string& path) {
    Json::json_pointer p(path);
    std::vector<std::string> tokens;
    for (; !p.empty(); p.pop_back()) tokens.insert(tokens.begin(), p.back());
    std::size_t at = 0;
    if (tokens.size() > 3 && tokens[0] == "regimes" && tokens[2] == "patch") at = 3;
    return tokens.size() > at + 1 &&
           std::find(varied_sections.begin(), varied_sections.end(), tokens[at]) != varied_sections.end();
}

// One pointer of an entry: a number of the model, inside the range, and a share only if it can be rescaled.
void check_path(Reader& in, const Json& document, const Json* base, const UncertainParameter& u,
                const std::string& path, const std::string& p) {
    std::optional<Json::json_pointer> pointer;
    try {
        pointer = Json::json_pointer(path);
    } catch (const nlohmann::json::exception&) {
        in.error(p, "\"" + path + "\" is not a JSON pointer (it starts with '/', as /stages/x/capacity)");
        return;
    }
    if (!document.contains(*pointer) || !document.at(*pointer).is_number()) {
        in.error(p, "\"" + path + "\" names no number in the model (after scenarios)");
        return;
    }
    if (!varied_section(path)) {
        in.error(p, "\"" + path + "\" is not in stages, arrivals or deadlines (or a regime's patch of them)");
        return;
    }
    // The range holds the model's own value; a scenario may set the number anywhere.
    const Json& before = base && base->contains(*pointer) && base->at(*pointer).is_number() ? *base : document;
    const double value = before.at(*pointer).get<double>();
    if (!u.scale && (value < u.low || value > u.high))
        in.error(p, "the model's value at \"" + path + "\" is " + show_number(value) + ", outside [" +
                        show_number(u.low) + ", " + show_number(u.high) + "]");
    if (const auto place = share_place(path)) {
        if (const std::string why = share_problem(document, *place); !why.empty())
            in.error(p, "\"" + path + "\" is a routing share, but " + why);
    }
}

ReadEntry read_entry(LoadContext& c, const Json& document, const std::string& id, const Json& value,
                     const std::string& p) {
    ReadEntry r;
    r.pointer = p;
    c.in.id(id, p);
    if (!c.in.object(value, p)) return r;
    c.in.keys(value, p, {"path", "paths", "low", "high", "scale", "dist", "mode"});
    UncertainParameter& u = r.parameter;
    u.id = id;
    u.label = Reader::text(value, "label");
    u.sourcing = Reader::sourcing(value);
    u.paths = read_model_pointers(c.in, value, p);
    if (const Json* scale = Reader::member(value, "scale"))
        u.scale = c.in.boolean(*scale, child(p, "scale")).value_or(false);
    if (read_range(c.in, u, value, p)) {
        if (u.scale && (u.low > 1 || u.high < 1))
            c.in.error(p, "with \"scale\": true, low and high multiply the model's values, so they must hold 1, got [" +
                              show_number(u.low) + ", " + show_number(u.high) + "]");
        for (const auto& path : u.paths) check_path(c.in, document, c.base, u, path, p);
    }
    return r;
}

// The first error of the model with these parameters at these values, "" when
// it is valid. `rules` is the document without uncertainty and targets.
std::string first_problem(const Json& rules, const std::vector<UncertainParameter>& parameters,
                          const std::vector<double>& values) {
    const Json drawn = apply_parameter_values(rules, parameters, values);
    const LoadResult loaded = load_model_to_check(drawn);
    for (const Diagnostic& d : loaded.diagnostics) {
        if (d.severity == Diagnostic::Severity::error) return (d.pointer.empty() ? "" : d.pointer + ": ") + d.message;
    }
    return "";
}

// The model's first problem with one entry at one value, remembered: entries
// that set the same numbers to the same value (a what-if may repeat one by the
// thousand) cost one load of the model between them.
class EndChecks {
public:
    explicit EndChecks(const Json& rules) : rules_(rules) {}

    const std::string& problem(const UncertainParameter& u, double value) {
        std::string key = u.scale ? "*" : "=";
        key.append(std::to_string(std::bit_cast<std::uint64_t>(value)));
        for (const auto& path : u.paths) key.append(1, '\n').append(path);
        auto [at, added] = known_.try_emplace(std::move(key));
        if (added) at->second = first_problem(rules_, {u}, {value});
        return at->second;
    }

private:
    const Json& rules_;
    std::unordered_map<std::string, std::string> known_;
};

bool varies_a_regime(const UncertainParameter& u) {
    return std::any_of(u.paths.begin(), u.paths.end(),
                       [](const std::string& path) { return path.rfind("/regimes/", 0) == 0; });
}

// Each entry alone at each end of its range, then (when those pass) all at their lows and all at their highs.
void check_bounds(LoadContext& c, const Json& document, const std::vector<ReadEntry>& entries,
                  const std::string& pointer) {
    const std::size_t before = c.in.errors();
    // Ranges change numbers only: which statistics targets name does not depend
    // on them. Dropped once, not per entry: copying the uncertainty section for
    // each of its entries made validation quadratic in their number.
    Json rules = document;
    rules.erase("uncertainty");
    rules.erase("targets");
    rules.erase("levers");  // checked against the model as written, not at each end of each range
    // An entry of the base model is checked alone against the base rules: with
    // every regime's rules loaded for every end of every entry, validation took
    // entries x regimes loads of the model (minutes for a thousand regimes).
    // The regimes meet each end in the two checks of every entry at once below.
    Json base_rules = rules;
    base_rules.erase("regimes");
    EndChecks ends(rules);
    EndChecks base_ends(base_rules);
    std::vector<UncertainParameter> all;
    std::vector<double> lows, highs;
    for (const auto& e : entries) {
        const UncertainParameter& u = e.parameter;
        for (const auto& [end, value] : {std::pair{"low", u.low}, std::pair{"high", u.high}}) {
            EndChecks& checks = varies_a_regime(u) ? ends : base_ends;
            if (const std::string& why = checks.problem(u, value); !why.empty())
                c.in.error(e.pointer, std::string("the model with this entry at its ") + end + " (" +
                                          show_number(value) + ") is not valid: " + why);
        }
        all.push_back(u);
        lows.push_back(u.low);
        highs.push_back(u.high);
    }
    if (c.in.errors() > before || entries.empty()) return;
    // One entry alone was checked at its ends already, unless regimes were left out.
    if (entries.size() == 1 && (varies_a_regime(entries[0].parameter) || !rules.contains("regimes"))) return;
    for (const auto& [end, values] : {std::pair{"low", &lows}, std::pair{"high", &highs}}) {
        if (const std::string why = first_problem(rules, all, *values); !why.empty())
            c.in.error(pointer, std::string("the model with every entry at its ") + end + " is not valid: " + why);
    }
}

}  // namespace

void read_uncertainty(LoadContext& c, const Json& document, const Json& value, const std::string& pointer) {
    const bool model_valid = c.in.errors() == 0;
    std::vector<ReadEntry> entries;
    c.in.entries(value, pointer, [&](const std::string& id, const Json& member, const std::string& at) {
        entries.push_back(read_entry(c, document, id, member, at));
    });
    // Only a valid model can show which ends of the ranges break it.
    if (!model_valid || c.in.errors() > 0) return;
    check_bounds(c, document, entries, pointer);
    for (auto& e : entries) c.model.uncertainty.push_back(std::move(e.parameter));
}

}  // namespace pathways
