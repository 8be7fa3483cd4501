#include "workbench_controls.h"

#include <algorithm>
#include <cctype>

#include "control_layers.h"
#include "format/json_reader.h"
#include "format/model_paths.h"
#include "model/duration.h"
#include "report/text/figures_text.h"

namespace pathways::serve {

namespace {

const char* const group_order[] = {"places", "durations", "routing", "deadlines", "supply", "arrivals"};

std::string text_at(const Json& object, const char* key) {
    const Json* v = Reader::member(object, key);
    return v && v->is_string() ? v->get<std::string>() : "";
}

// The label of a stage, arrival or deadline, else its id made readable.
std::string label_of(const Json& item, const std::string& id) {
    std::string label = text_at(item, "label");
    return label.empty() ? text::readable_id(id) : label;
}

// Where a figure came from: the item's `sources` entry for it, else the item's own source.
std::string source_of(const Json& item, const char* key) {
    if (const Json* sources = Reader::member(item, "sources"); sources && sources->is_object()) {
        std::string s = text_at(*sources, key);
        if (!s.empty()) return s;
    }
    return text_at(item, "source");
}

struct Collector {
    std::vector<Control> controls;
    std::string section, section_label;  // of the controls added next

    void start(std::string pointer, std::string label) {
        section = std::move(pointer);
        section_label = std::move(label);
    }

    Control control(std::string pointer, std::string group, std::string label, std::string unit,
                    std::string source) const {
        Control c;
        c.pointer = std::move(pointer);
        c.group = std::move(group);
        c.section = section;
        c.section_label = section_label;
        c.label = std::move(label);
        c.unit = std::move(unit);
        c.source = std::move(source);
        return c;
    }

    // Adds a control when `value` is a number.
    Control* add(const Json* value, Control c) {
        if (!value || !value->is_number()) return nullptr;
        c.value = value->get<double>();
        controls.push_back(std::move(c));
        return &controls.back();
    }
};

void duration_controls(Collector& out, const Json& stage, const std::string& at, const std::string& source) {
    const Json* duration = Reader::member(stage, "duration");
    if (!duration) return;
    const std::string place = child(at, "duration");
    if (duration->is_number()) {
        if (duration->get<double>() > 0)
            out.add(duration, out.control(place, "durations", "Time there", "days", source));
        return;
    }
    if (!duration->is_object()) return;
    const std::string dist = text_at(*duration, "dist");
    auto one = [&](const char* key, const std::string& words) {
        out.add(Reader::member(*duration, key), out.control(child(place, key), "durations", words, "days", source));
    };
    if (dist == "lognormal") {
        one("median", "Typical time there (half take longer)");
        one("p90", "Long time there (1 in 10 take longer)");
    } else if (dist == "gamma" || dist == "exponential") {
        one("mean", "Mean time there");
    } else if (dist == "fixed") {
        one("days", "Time there");
    } else if (dist == "triangular") {
        one("mode", "Most likely time there");
    }
}

// One condition of a yes-or-no attribute as a clause about the people it holds:
// "needs_interpreter" yes -> "need interpreter", no -> "need no interpreter".
std::string yes_no_clause(const std::string& attribute, bool yes, bool& with) {
    const std::string words = text::readable_id(attribute);
    std::string lower = words;
    if (!lower.empty()) lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    const auto rest = [&lower](std::size_t n) { return lower.substr(n); };
    with = false;
    if (lower.starts_with("needs ")) return (yes ? "need " : "need no ") + rest(6);
    if (lower.starts_with("had ")) return (yes ? "had " : "had no ") + rest(4);
    if (lower.starts_with("has ")) return (yes ? "have " : "have no ") + rest(4);
    if (lower.starts_with("is ")) return (yes ? "are " : "are not ") + rest(3);
    with = true;
    return (yes ? "with " : "without ") + lower;
}

std::string when_words(const Json& edge) {
    const Json* when = Reader::member(edge, "when");
    if (!when || !when->is_object() || when->empty()) return "";
    return ", for " + people_words(*when);
}

// One control a share, for lists where a group (same `when`) has a real choice.
void routing_controls(Collector& out, const Json& stages, const Json& stage, const std::string& at) {
    const Json* next = Reader::member(stage, "next");
    if (!next || !next->is_array()) return;
    const std::string list = child(at, "next");
    for (std::size_t i = 0; i < next->size(); ++i) {
        const Json& edge = (*next)[i];
        std::vector<std::string> siblings;
        if (edge.is_object())
            for (std::size_t j : share_group(*next, i)) siblings.push_back(share_pointer({list, j}));
        if (siblings.empty()) continue;
        const std::string to = text_at(edge, "to");
        const Json* target = Reader::member(stages, to);
        std::string words = "Share going on to ";
        words.append(target ? label_of(*target, to) : text::readable_id(to)).append(when_words(edge));
        Control c = out.control(child(child(list, i), "p"), "routing", words, "%", source_of(stage, "next"));
        c.maximum = 1;
        c.shown_as = 100;
        c.decimals = 1;
        c.siblings = std::move(siblings);
        out.add(Reader::member(edge, "p"), std::move(c));
    }
}

void stage_controls(Collector& out, const Json& stages, const std::string& id, const Json& stage) {
    const std::string at = child("/stages", id);
    out.start(at, label_of(stage, id));
    if (Control* c = out.add(Reader::member(stage, "capacity"),
                             out.control(child(at, "capacity"), "places", "Places (how many at once)", "places",
                                         source_of(stage, "capacity")))) {
        c->integer = true;
        c->minimum = 1;
    }
    duration_controls(out, stage, at, source_of(stage, "duration"));
    routing_controls(out, stages, stage, at);
    if (const Json* supply = Reader::member(stage, "supply"); supply && supply->is_object()) {
        out.add(Reader::member(*supply, "rate_per_day"),
                out.control(child(child(at, "supply"), "rate_per_day"), "supply", "Homes or places released", "a day",
                            source_of(stage, "supply")));
    }
}

void other_controls(Collector& out, const Json& document) {
    if (const Json* arrivals = Reader::member(document, "arrivals"); arrivals && arrivals->is_object()) {
        for (const auto& [id, a] : arrivals->items()) {
            out.start(child("/arrivals", id), label_of(a, id));
            // Shown a year, as officers count them; the model keeps its rate a day.
            if (Control* c =
                    out.add(Reader::member(a, "rate_per_day"),
                            out.control(child(out.section, "rate_per_day"), "arrivals", "Arrivals",
                                        std::string(text::unit_plural) + " a year", source_of(a, "rate_per_day")))) {
                c->shown_as = days_a_year;
                c->decimals = 0;
            }
        }
    }
    if (const Json* deadlines = Reader::member(document, "deadlines"); deadlines && deadlines->is_object()) {
        for (const auto& [id, d] : deadlines->items()) {
            out.start(child("/deadlines", id), label_of(d, id));
            out.add(Reader::member(d, "after"), out.control(child(out.section, "after"), "deadlines",
                                                            "Days until it applies", "days", source_of(d, "after")));
        }
    }
}

// An uncertain parameter's plausible range and where it comes from: the
// calibrated worlds' when there are some, else the prior's.
std::pair<std::pair<double, double>, std::string> range_of(const UncertainParameter& u, const WorldRanges& worlds) {
    const auto found = worlds.by_id.find(u.id);
    if (found == worlds.by_id.end()) return {{u.low, u.high}, u.sourcing.source.empty() ? u.label : u.sourcing.source};
    std::string source = "the range over ";
    return {found->second, source.append(std::to_string(worlds.worlds)).append(" calibrated plausible worlds")};
}

// The plausible range, in the control's own terms (a `scale` entry's multipliers times the figure).
void attach_ranges(std::vector<Control>& controls, const Model& model, const WorldRanges& worlds) {
    for (const UncertainParameter& u : model.uncertainty) {
        const auto [range, source] = range_of(u, worlds);
        for (const std::string& path : u.paths) {
            for (Control& c : controls) {
                if (c.pointer != path && std::find(c.writes.begin(), c.writes.end(), path) == c.writes.end()) continue;
                c.plausible = u.scale ? std::pair{range.first * c.value, range.second * c.value} : range;
                c.plausible_source = source;
            }
        }
    }
}

}  // namespace

std::string people_words(const Json& when) {
    std::string kinds, with, who;
    for (const auto& [attribute, value] : when.items()) {
        const std::string v = value.is_string() ? value.get<std::string>() : "";
        if (v == "yes" || v == "no") {
            bool is_with = false;
            const std::string clause = yes_no_clause(attribute, v == "yes", is_with);
            std::string& list = is_with ? with : who;
            list.append(list.empty() ? "" : " and ").append(clause);
        } else {
            std::string words = text::readable_id(v);
            if (!words.empty()) words[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(words[0])));
            kinds.append(kinds.empty() ? "" : ", ").append(words);
        }
    }
    std::string out = kinds;
    out.append(out.empty() ? "" : " ").append(text::unit_plural);
    if (!with.empty()) out.append(" ").append(with);
    if (!who.empty()) out.append(" who ").append(who);
    return out;
}

std::vector<Control> lever_controls(const Model& model) {
    std::vector<Control> out;
    for (const Lever& lever : model.levers) {
        Control c;
        c.pointer = child("/levers", lever.id);
        c.lever_id = lever.id;
        c.group = "levers";
        // "Refugee Next Steps: move-on cases ..." is the action "Refugee Next Steps".
        const std::size_t colon = lever.label.find(": ");
        c.section_label = colon == std::string::npos ? lever.label : lever.label.substr(0, colon);
        c.section = "/levers#" + c.section_label;
        c.label = colon == std::string::npos ? lever.label : text::capitalised(lever.label.substr(colon + 2));
        c.unit = lever.unit;
        c.source = lever.source;
        c.value = lever.default_value;
        c.minimum = lever.low;
        c.maximum = lever.high;
        if (lever.unit == "share") {
            c.unit = "%";
            c.shown_as = 100;
            c.decimals = 1;
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<Control> workbench_controls(const LoadResult& loaded, const WorldRanges& worlds) {
    Collector out;
    const auto layers = rule_layers(loaded);
    const Json document = rules_in_force(layers);
    if (const Json* stages = Reader::member(document, "stages"); stages && stages->is_object()) {
        for (const auto& [id, stage] : stages->items()) stage_controls(out, *stages, id, stage);
    }
    other_controls(out, document);
    for (Control& c : out.controls) locate(c, layers, document);
    if (loaded.model) attach_ranges(out.controls, *loaded.model, worlds);
    std::vector<Control> ordered;
    for (const char* group : group_order) {
        for (Control& c : out.controls)
            if (c.group == group) ordered.push_back(std::move(c));
    }
    return ordered;
}

Json controls_json(const std::vector<Control>& controls) {
    Json out = Json::array();
    for (const Control& c : controls) {
        Json j = {{"pointer", c.pointer},
                  {"writes", c.writes},
                  {"group", c.group},
                  {"section", c.section},
                  {"section_label", c.section_label},
                  {"label", c.label},
                  {"unit", c.unit},
                  {"source", c.source},
                  {"value", c.value},
                  {"minimum", c.minimum},
                  {"integer", c.integer},
                  {"shown_as", c.shown_as},
                  {"decimals", c.decimals}};
        if (!c.overridden.empty()) j["overridden"] = c.overridden;
        if (c.maximum) j["maximum"] = *c.maximum;
        if (c.plausible)
            j["plausible"] = {
                {"low", c.plausible->first}, {"high", c.plausible->second}, {"source", c.plausible_source}};
        if (!c.siblings.empty()) j["siblings"] = c.siblings;
        if (!c.lever_id.empty()) j["lever_id"] = c.lever_id;
        out.push_back(std::move(j));
    }
    return out;
}

Json scenario_values(const std::vector<Control>& controls, const std::vector<Control>& scenario_controls) {
    Json out = {{"values", Json::object()}, {"unavailable", Json::array()}, {"overridden", Json::object()}};
    for (const Control& c : controls) {
        // The same figure: at the same place, about the same thing (a share's words name where it goes).
        auto same = std::find_if(scenario_controls.begin(), scenario_controls.end(),
                                 [&c](const Control& s) { return s.pointer == c.pointer && s.label == c.label; });
        if (same == scenario_controls.end()) {
            out["unavailable"].push_back(c.pointer);
            continue;
        }
        if (same->value != c.value) out["values"][c.pointer] = same->value;
        // A regime the scenario adds keeps its own figure: the page sets only where the model does.
        const bool adds_a_regime = std::any_of(same->writes.begin(), same->writes.end(), [&c](const std::string& w) {
            return std::find(c.writes.begin(), c.writes.end(), w) == c.writes.end();
        });
        if (adds_a_regime)
            out["overridden"][c.pointer] =
                "This scenario changes the rules for this figure from a later date; a change here applies until then.";
        else if (same->overridden != c.overridden)
            out["overridden"][c.pointer] = same->overridden;
    }
    return out;
}

}  // namespace pathways::serve
