#include "what_if_patch.h"

#include <algorithm>
#include <optional>
#include <set>

#include "format/json_reader.h"
#include "format/model_paths.h"

namespace pathways::serve {

namespace {

struct Request {
    Json patch = Json::object();
    std::vector<std::pair<const Control*, double>> values;
    const Control* rebalance = nullptr;
};

const Control* control_at(const std::vector<Control>& controls, const std::string& pointer) {
    const auto found =
        std::find_if(controls.begin(), controls.end(), [&pointer](const Control& c) { return c.pointer == pointer; });
    return found == controls.end() ? nullptr : &*found;
}

// Thrown with the words of a 400 answer.
struct Refused {
    std::string why;
};

std::vector<std::pair<const Control*, double>> read_values(const Json& request, const std::vector<Control>& controls) {
    std::vector<std::pair<const Control*, double>> out;
    const Json* values = Reader::member(request, "values");
    if (!values) return out;
    if (!values->is_object()) throw Refused{"'values' must be an object"};
    for (const auto& [pointer, value] : values->items()) {
        const Control* c = control_at(controls, pointer);
        if (!c) throw Refused{"no control sets " + pointer};
        if (!value.is_number()) throw Refused{"the value for " + pointer + " must be a number"};
        out.emplace_back(c, value.get<double>());
    }
    return out;
}

Request read_request(const std::string& body, const std::vector<Control>& controls) {
    std::vector<Diagnostic> ignored;
    const auto request = parse_json_text(body, "what-if", ignored);
    if (!request || !request->is_object()) throw Refused{"send a JSON object with the controls' values"};
    Request r;
    if (const Json* patch = Reader::member(*request, "patch"); patch && !patch->is_null()) {
        if (!patch->is_object()) throw Refused{"'patch' must be an object"};
        r.patch = *patch;
    }
    r.values = read_values(*request, controls);
    if (const Json* share = Reader::member(*request, "rebalance"); share && !share->is_null()) {
        r.rebalance = share->is_string() ? control_at(controls, share->get<std::string>()) : nullptr;
        if (!r.rebalance || r.rebalance->siblings.empty())
            throw Refused{"'rebalance' must name a routing share's control"};
    }
    return r;
}

// Sets a control's figure wherever it writes and the what-if still has it.
void set_everywhere(Json& document, const Control& c, double value, std::set<std::string>& changed) {
    for (const std::string& w : c.writes) {
        if (!number_at(document, w)) continue;
        set_number(document, w, value);
        changed.insert(w);
    }
}

// The share's new value taken up by its group, in every list it writes; only
// a share from 0 to 1 (validation says what is wrong with any other).
void rebalance_everywhere(Json& document, const Control& c, double value, std::set<std::string>& changed) {
    if (!(value >= 0 && value <= 1)) return;
    for (const std::string& w : c.writes) {
        if (!number_at(document, w)) continue;
        rebalance_share(document, *share_place(w), value);
        changed.insert(w);
    }
}

// The preset's patch with every changed figure, a changed share's whole list restated.
Json patch_of(Json patch, const Json& document, const std::set<std::string>& changed) {
    for (const std::string& w : changed) {
        const auto place = share_place(w);
        const std::string at = place ? place->next : w;
        patch[Json::json_pointer(at)] = document.at(Json::json_pointer(at));
    }
    return patch;
}

}  // namespace

Answer what_if_patch(const Json& model_document, const std::vector<RuleLayer>& layers,
                     const std::vector<Control>& controls, const std::string& body) {
    std::optional<Request> request;
    try {
        request = read_request(body, controls);
    } catch (const Refused& refused) {
        return error_answer(400, refused.why);
    }
    Json document = model_document;
    document.merge_patch(request->patch);
    std::set<std::string> changed;
    for (const auto& [c, value] : request->values) set_everywhere(document, *c, value, changed);
    if (const Control* share = request->rebalance) {
        const auto given = std::find_if(request->values.begin(), request->values.end(),
                                        [share](const auto& v) { return v.first == share; });
        if (given != request->values.end()) rebalance_everywhere(document, *share, given->second, changed);
    }
    const Json in_force = rules_in_force(document, layers);
    Json values = Json::object();
    for (const Control& c : controls)
        if (const Json* v = number_at(in_force, c.pointer)) values[c.pointer] = *v;
    const Json out = {{"patch", patch_of(request->patch, document, changed)}, {"values", values}};
    return {200, "application/json", out.dump()};
}

}  // namespace pathways::serve
