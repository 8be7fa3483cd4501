// Reading a model file with its scenarios: each scenario is a named RFC 7386
// merge patch, applied in order before the result is validated like any model.
#include <algorithm>
#include <functional>

#include "format/citations.h"
#include "format/file_bytes.h"
#include "format/json_reader.h"
#include "format/levers.h"
#include "format/load.h"
#include "format/validate.h"

namespace pathways {

namespace {

constexpr const char* scenario_format = "pathways-scenario/1";

struct Scenario {
    std::string file;
    ScenarioDescription description;
    Json patch;
    std::vector<LeverValue> levers;  // format 1.2 models: levers set by id
};

std::optional<std::string> read_bytes(const std::string& path, std::vector<Diagnostic>& out) {
    FileBytes file = read_file_bytes(path, max_model_bytes);
    if (!file.bytes) out.push_back({Diagnostic::Severity::error, path, "", "cannot read the file: " + file.problem});
    return std::move(file.bytes);
}

// Longest name (and decider), in characters: a name titles tables, charts and
// diagrams, where a longer one helps no reader and costs the layout dearly.
constexpr std::size_t longest_name = 200;

std::size_t characters(const std::string& text) {
    // UTF-8 continuation bytes (10xxxxxx) belong to the character before them.
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A required short text: not empty, at most `longest_name` characters.
std::string short_text(Reader& in, const Json& value, const std::string& pointer) {
    std::string text = in.string(value, pointer).value_or("");
    if (!value.is_string()) return text;
    if (text.empty()) in.error(pointer, "must not be empty");
    if (const std::size_t n = characters(text); n > longest_name)
        in.error(pointer, "must be at most " + std::to_string(longest_name) + " characters, got " + std::to_string(n));
    return text;
}

// What the change itself would cost: a one-off sum, a yearly sum, or both.
void read_cost(Reader& in, const Json& cost, ScenarioDescription& d) {
    if (!in.object(cost, "/cost")) return;
    in.keys(cost, "/cost", {"one_off", "per_year"});
    if (const Json* v = Reader::member(cost, "one_off"))
        d.cost_one_off = in.number(*v, "/cost/one_off", Sign::non_negative);
    if (const Json* v = Reader::member(cost, "per_year"))
        d.cost_per_year = in.number(*v, "/cost/per_year", Sign::non_negative);
}

// "levers": {id: value}; the values are checked against the model's levers once it is read.
void read_lever_values(Reader& in, const Json& levers, Scenario& scenario) {
    if (!in.object(levers, "/levers")) return;
    for (const auto& [id, value] : levers.items()) {
        const std::string at = child("/levers", id);
        if (const auto number = in.number(value, at)) scenario.levers.push_back({id, *number, scenario.file, at});
    }
}

// The scenario's own fields; problems name the scenario file.
bool check_scenario(Reader& in, const Json& document, Scenario& scenario) {
    if (!in.object(document, "")) return false;
    in.keys(document, "", {"format", "name", "description", "cost", "decided_by", "patch", "levers"});
    if (const Json* format = in.required(document, "", "format"); format && *format != scenario_format)
        in.error("/format", std::string("must be \"") + scenario_format + "\", got " + show(*format));
    ScenarioDescription& d = scenario.description;
    if (const Json* name = in.required(document, "", "name")) d.name = short_text(in, *name, "/name");
    if (const Json* description = Reader::member(document, "description"))
        d.description = in.string(*description, "/description").value_or("");
    d.source = Reader::text(document, "source");
    d.note = Reader::text(document, "note");
    if (const Json* cost = Reader::member(document, "cost")) read_cost(in, *cost, d);
    if (const Json* by = Reader::member(document, "decided_by")) d.decided_by = short_text(in, *by, "/decided_by");
    const Json* levers = Reader::member(document, "levers");
    if (levers) read_lever_values(in, *levers, scenario);
    // A scenario that sets levers needs no patch.
    const Json* patch = levers ? Reader::member(document, "patch") : in.required(document, "", "patch");
    if (patch && in.object(*patch, "/patch")) {
        scenario.patch = *patch;
        // The format says what the model's keys mean; a what-if changes values, not their meaning.
        if (patch->contains("format")) in.error("/patch/format", "a scenario may not change the model's format");
        // A what-if is judged by the model's measures, checked against its rules
        // and moved only within its levers' ranges: changing those would let it
        // grade itself.
        for (const char* key : {"measures", "rules", "levers"}) {
            if (patch->contains(key))
                in.error(std::string("/patch/") + key,
                         std::string("a scenario may not change the model's ") + key +
                             " (a what-if is judged by them; change them in the model itself)");
        }
    }
    return in.errors() == 0;
}

std::optional<Scenario> read_scenario(const std::string& path, const std::string& bytes, LoadResult& result) {
    result.scenario_sha256.push_back(sha256_hex(bytes));
    auto document = parse_json_text(bytes, path, result.diagnostics);
    if (!document) return std::nullopt;
    Reader in(path, result.diagnostics);
    Scenario scenario{path, {}, Json::object(), {}};
    if (!check_scenario(in, *document, scenario)) return std::nullopt;
    return scenario;
}

// The place a "missing required key" problem's key would be, when a patch
// deleted it (a merge patch deletes with null); "" otherwise.
std::string deleted_key(const Json& patch, const Diagnostic& d) {
    const std::string prefix = "missing required key '";
    if (d.message.rfind(prefix, 0) != 0 || d.message.back() != '\'') return "";
    const std::string key = d.message.substr(prefix.size(), d.message.size() - prefix.size() - 1);
    const std::string pointer = child(d.pointer, key);
    try {
        const Json::json_pointer place(pointer);
        return patch.contains(place) && patch.at(place).is_null() ? pointer : "";
    } catch (const nlohmann::json::exception&) {
        return "";
    }
}

// Problems at a place a scenario's patch wrote (or deleted) say which
// scenario, and where in it (the last one wins).
void attribute_to_scenarios(std::vector<Diagnostic>& diagnostics, const std::vector<Scenario>& scenarios) {
    for (Diagnostic& d : diagnostics) {
        for (auto s = scenarios.rbegin(); s != scenarios.rend(); ++s) {
            if (const std::string deleted = deleted_key(s->patch, d); !deleted.empty()) {
                d.message += " (deleted by scenario " + s->file + " at /patch" + deleted + ")";
                break;
            }
            if (d.pointer.empty() || !patch_writes(s->patch, d.pointer)) continue;
            d.message += " (set by scenario " + s->file + ")";
            break;
        }
    }
}

// Each place a patch sets (a number, text, list or true/false: merge patches replace
// those whole), as pointers; deletions (null) are not settings.
void set_places(const Json& patch, const std::string& at, std::vector<std::pair<std::string, const Json*>>& out) {
    if (patch.is_null()) return;
    if (!patch.is_object()) {
        out.emplace_back(at, &patch);
        return;
    }
    for (const auto& [key, value] : patch.items()) set_places(value, child(at, key), out);
}

// Whether a regime's patch sets the figure at `pointer` again: the figure itself, or a
// list or value that holds it and so replaces it whole.
bool sets_again(const Json& regime_patch, const std::string& pointer) {
    try {
        const Json::json_pointer place(pointer);
        for (Json::json_pointer p = place;; p = p.parent_pointer()) {
            if (regime_patch.contains(p)) {
                const Json& there = regime_patch.at(p);
                return p == place || !there.is_object();
            }
            if (p.empty()) return false;
        }
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

std::string regime_words(const std::string& id, const Json& regime) {
    std::string words = "'";
    words.append(id).append("'");
    if (const Json* label = Reader::member(regime, "label"); label && label->is_string())
        words.append(" (\u201c").append(label->get<std::string>()).append("\u201d)");
    if (const Json* from = Reader::member(regime, "from")) {
        if (from->is_string()) words.append(" from ").append(from->get<std::string>());
        if (from->is_number()) words.append(" from day ").append(from->dump());
    }
    return words;
}

// A scenario that sets a figure of the base model which a regime sets again, without
// setting it in that regime too, changes it only until the regime's date: often not
// at all for the people the model follows. Each such figure is a warning naming the
// regime and its date.
void warn_overridden(std::vector<Diagnostic>& out, const Json& document, const std::vector<Scenario>& scenarios) {
    const Json* regimes = Reader::member(document, "regimes");
    if (!regimes || !regimes->is_object()) return;
    for (const Scenario& s : scenarios) {
        std::vector<std::pair<std::string, const Json*>> places;
        set_places(s.patch, "", places);
        for (const auto& [pointer, value] : places) {
            // Figures of the rules only: not the sections regimes cannot set, nor words.
            if (pointer.starts_with("/regimes/") || pointer.starts_with("/levers/") ||
                pointer.starts_with("/uncertainty/") || pointer.starts_with("/simulation/") ||
                pointer.find("/sources/") != std::string::npos || pointer.ends_with("/label") ||
                pointer.ends_with("/note") || pointer.ends_with("/source"))
                continue;
            std::string again;
            std::size_t count = 0;
            for (const auto& [id, regime] : regimes->items()) {
                const Json* patch = Reader::member(regime, "patch");
                if (!patch || !patch->is_object() || !sets_again(*patch, pointer)) continue;
                // A regime the scenario writes itself (set there too, as the workbench does, or its
                // own regime) is one it knows about.
                if (patch_writes(s.patch, child("/regimes", id))) continue;
                again.append(again.empty() ? "" : "; ").append(regime_words(id, regime));
                ++count;
            }
            if (count == 0) continue;
            std::string message = "sets ";
            message.append(pointer).append(count == 1 ? ", which a regime of the model sets again: "
                                                      : ", which later regimes of the model set again: ");
            message.append(again).append(
                "; from that date on the scenario's value does not apply (set it in the regime's patch too, or use a "
                "lever, which sets every regime)");
            out.push_back({Diagnostic::Severity::warning, s.file, "/patch" + pointer, std::move(message)});
        }
    }
}

}  // namespace

namespace {

// The patched document with the scenarios' lever values applied.
struct Levered {
    Json document;
    std::vector<Lever> levers;  // as read before they were applied
    Json section;               // the model's `levers`
};

// The document with the levers the scenarios set applied, or nullopt when a
// value is refused (reported). The definitions are checked against the
// figures before the levers move them; the applied document is then loaded
// without them (they would be checked against figures they have moved) and
// they go back into the model. A document whose levers have problems is
// returned as it is, for its own load to report them.
std::optional<Levered> with_levers(const Json& document, const std::vector<Scenario>& scenarios,
                                   const std::string& model_path, std::vector<Diagnostic>& out) {
    std::vector<LeverValue> values;
    for (const auto& s : scenarios) values.insert(values.end(), s.levers.begin(), s.levers.end());
    if (values.empty()) return Levered{document, {}, nullptr};
    std::vector<Diagnostic> found;
    Reader in(model_path, found);
    const Json* section = Reader::member(document, "levers");
    std::vector<Lever> levers;
    if (section) levers = read_lever_definitions(in, document, *section, "/levers");
    if (in.errors() > 0) return Levered{document, {}, nullptr};
    if (!check_lever_values(levers, values, out)) return std::nullopt;
    // Levers at their defaults leave the model as written, its hash included.
    const bool moves = std::any_of(values.begin(), values.end(), [&levers](const LeverValue& v) {
        return std::any_of(levers.begin(), levers.end(),
                           [&v](const Lever& l) { return l.id == v.id && l.default_value != v.value; });
    });
    if (!moves) return Levered{document, {}, nullptr};
    Levered levered{apply_levers(document, levers, values), std::move(levers), *section};
    levered.document.erase("levers");
    return levered;
}

// A document's bytes by position (0 the model, then each scenario), or none
// with the reason added to the diagnostics.
using BytesOf = std::function<std::optional<std::string>(std::size_t, std::vector<Diagnostic>&)>;

// Reads the model and every scenario, in order, so that every problem in any
// of them is reported; then patches and validates.
LoadResult load_documents(const std::string& model_path, const std::vector<std::string>& scenario_names,
                          const BytesOf& bytes_of) {
    LoadResult result;
    std::optional<Json> document;
    if (auto bytes = bytes_of(0, result.diagnostics)) {
        result.model_sha256 = sha256_hex(*bytes);
        document = parse_json_text(*bytes, model_path, result.diagnostics);
    }
    std::vector<Scenario> scenarios;
    for (std::size_t i = 0; i < scenario_names.size(); ++i) {
        auto bytes = bytes_of(i + 1, result.diagnostics);
        if (!bytes) continue;
        if (auto s = read_scenario(scenario_names[i], *bytes, result)) scenarios.push_back(std::move(*s));
    }
    if (!document || scenarios.size() != scenario_names.size()) return result;
    const Json base = *document;
    for (const auto& s : scenarios) {
        document->merge_patch(s.patch);
        result.scenario_names.push_back(s.description.name);
        result.scenario_descriptions.push_back(s.description);
    }
    const auto levered = with_levers(*document, scenarios, model_path, result.diagnostics);
    if (!levered) return result;
    LoadResult loaded = load_model_document(levered->document, model_path, scenarios.empty() ? nullptr : &base);
    if (!levered->section.is_null()) {
        if (loaded.model) loaded.model->levers = levered->levers;
        loaded.document["levers"] = levered->section;
    }
    std::vector<std::pair<std::string, ScenarioDescription>> described;
    for (const auto& s : scenarios) described.emplace_back(s.file, s.description);
    resolve_citations(loaded, model_path, described);
    attribute_to_scenarios(loaded.diagnostics, scenarios);
    warn_overridden(loaded.diagnostics, *document, scenarios);
    loaded.diagnostics.insert(loaded.diagnostics.begin(), result.diagnostics.begin(), result.diagnostics.end());
    loaded.scenario_names = std::move(result.scenario_names);
    loaded.scenario_descriptions = std::move(result.scenario_descriptions);
    loaded.scenario_sha256 = std::move(result.scenario_sha256);
    loaded.model_sha256 = std::move(result.model_sha256);
    return loaded;
}

}  // namespace

LoadResult load_model_file(const std::string& model_path, const std::vector<std::string>& scenario_paths) {
    return load_documents(model_path, scenario_paths, [&](std::size_t i, std::vector<Diagnostic>& out) {
        return read_bytes(i == 0 ? model_path : scenario_paths[i - 1], out);
    });
}

LoadResult load_model_text(const NamedText& model, const std::vector<NamedText>& scenarios) {
    std::vector<std::string> names;
    for (const auto& s : scenarios) names.push_back(s.name);
    return load_documents(model.name, names, [&](std::size_t i, std::vector<Diagnostic>&) {
        return std::optional<std::string>(i == 0 ? model.bytes : scenarios[i - 1].bytes);
    });
}

}  // namespace pathways
