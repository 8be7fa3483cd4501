#include "control_layers.h"

#include <regex>

#include "format/json_reader.h"
#include "format/model_paths.h"
#include "report/text/figures_text.h"
#include "workbench_controls.h"

namespace pathways::serve {

namespace {

const char* const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

// A regime's `from` as an officer reads it: "2027-04-01" -> "1 April 2027", 500 -> "day 500".
std::string from_words(const Json& from) {
    if (from.is_number()) return "day " + text::trimmed(from.get<double>(), 0);
    const std::string date = from.is_string() ? from.get<std::string>() : "";
    std::smatch m;
    if (!std::regex_match(date, m, std::regex(R"((\d{4})-(\d{2})-(\d{2}))"))) return date;
    const int month = std::stoi(m[2]);
    if (month < 1 || month > 12) return date;
    return std::to_string(std::stoi(m[3])) + " " + month_names[month - 1] + " " + m[1].str();
}

std::vector<std::string> tokens(const std::string& pointer) {
    std::vector<std::string> out;
    for (std::size_t at = 1; at <= pointer.size();) {
        std::size_t end = pointer.find('/', at);
        if (end == std::string::npos) end = pointer.size();
        std::string token = pointer.substr(at, end - at);
        token = std::regex_replace(std::regex_replace(token, std::regex("~1"), "/"), std::regex("~0"), "~");
        out.push_back(std::move(token));
        at = end + 1;
    }
    return out;
}

// What a set of rules says at `pointer` (object keys only): nothing, or the
// value there, or (`replaced`) a value higher up that is not an object and so
// replaces whatever was below it.
const Json* said_at(const Json& rules, const std::string& pointer, bool& replaced) {
    replaced = false;
    const Json* at = &rules;
    for (const std::string& key : tokens(pointer)) {
        if (!at->is_object()) {
            replaced = true;
            return at;
        }
        auto it = at->find(key);
        if (it == at->end()) return nullptr;
        at = &*it;
    }
    return at;
}

std::string regime_words(const RuleLayer& layer) {
    return (layer.label.empty() ? std::string("a change of rules") : "\u201c" + layer.label + "\u201d") + " (from " +
           layer.from + ")";
}

// The same edges to the same places under the same conditions, whatever the shares.
bool same_shape(const Json& a, const Json& b) {
    if (!a.is_array() || !b.is_array() || a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const Json* when_a = Reader::member(a[i], "when");
        const Json* when_b = Reader::member(b[i], "when");
        if (Reader::member(a[i], "to") == nullptr || !(a[i].at("to") == b[i].value("to", Json())) ||
            (when_a == nullptr) != (when_b == nullptr) || (when_a && !same_condition(*when_a, *when_b)))
            return false;
    }
    return true;
}

// The last layer in force by the cohort's start that sets the figure gives its source.
void note_source(Control& c, const RuleLayer& layer) {
    if (layer.at.empty()) return;
    c.source = "set by " + regime_words(layer) + (layer.source.empty() ? "" : ": " + layer.source);
}

void note_later(Control& c, const RuleLayer& layer, const std::string& what) {
    if (!c.overridden.empty()) c.overridden += " ";
    c.overridden += "From " + layer.from + ", \u201c" + (layer.label.empty() ? "a change of rules" : layer.label) +
                    "\u201d " + what;
}

void locate_figure(Control& c, const std::vector<RuleLayer>& layers) {
    for (const RuleLayer& layer : layers) {
        bool replaced = false;
        const Json* said = said_at(*layer.rules, c.pointer, replaced);
        if (!said) continue;
        if (!replaced && said->is_number()) {
            c.writes.push_back(layer.at + c.pointer);
            if (layer.before_cohort) note_source(c, layer);
            if (!layer.before_cohort)
                note_later(c, layer,
                           "sets this to " + text::trimmed(said->get<double>() * c.shown_as, 4) + " " + c.unit +
                               "; the what-if sets your figure then too.");
        } else if (!layer.before_cohort) {
            note_later(c, layer, "sets this in a way this figure cannot say; the what-if does not change that.");
        }
    }
}

void locate_share(Control& c, const std::vector<RuleLayer>& layers, const Json& in_force, const std::smatch& edge) {
    const std::string list = edge[1];
    const Json& shape = in_force.at(Json::json_pointer(list));
    for (const RuleLayer& layer : layers) {
        bool replaced = false;
        const Json* said = said_at(*layer.rules, list, replaced);
        if (!said) continue;
        if (!replaced && same_shape(*said, shape)) {
            c.writes.push_back(layer.at + c.pointer);
            if (layer.before_cohort) note_source(c, layer);
        } else if (!layer.before_cohort) {
            note_later(c, layer, "sends people on from here differently; this share does not change that.");
        }
    }
}

}  // namespace

std::vector<RuleLayer> rule_layers(const LoadResult& loaded) {
    std::vector<RuleLayer> layers = {RuleLayer{"", &loaded.document, "", "", "", true}};
    const Json* regimes = Reader::member(loaded.document, "regimes");
    if (!regimes || !loaded.model) return layers;
    for (const Regime& r : loaded.model->regimes) {
        const Json& regime = regimes->at(r.id);
        const std::string label = r.label.empty() ? text::readable_id(r.id) : r.label;
        layers.push_back({child(child("/regimes", r.id), "patch"), &regime.at("patch"), label, r.sourcing.source,
                          from_words(regime.at("from")), r.from <= loaded.model->simulation.warmup_days});
    }
    return layers;
}

Json rules_in_force(const std::vector<RuleLayer>& layers) {
    Json rules = *layers.front().rules;
    for (std::size_t i = 1; i < layers.size() && layers[i].before_cohort; ++i) rules.merge_patch(*layers[i].rules);
    return rules;
}

Json rules_in_force(const Json& document, const std::vector<RuleLayer>& layers) {
    Json rules = document;
    for (std::size_t i = 1; i < layers.size() && layers[i].before_cohort; ++i) {
        const Json::json_pointer patch(layers[i].at);
        if (document.contains(patch)) rules.merge_patch(document.at(patch));
    }
    return rules;
}

void locate(Control& c, const std::vector<RuleLayer>& layers, const Json& in_force) {
    static const std::regex share(R"((.*/next)/(\d+)/p)");
    std::smatch edge;
    if (std::regex_match(c.pointer, edge, share))
        locate_share(c, layers, in_force, edge);
    else
        locate_figure(c, layers);
}

}  // namespace pathways::serve
