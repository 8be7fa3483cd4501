#include "appraisal_actions.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

#include "format/json_reader.h"

namespace pathways::cli {

namespace {

namespace fs = std::filesystem;

// Texts beside the figures say where a figure came from: two actions that
// both explain themselves have not changed the same figure.
bool explains(const std::string& key) { return key == "sources" || key == "note"; }

// An object in a merge patch is merged into, not written; an empty one changes nothing.
void leaves_of(const Json& value, const std::string& pointer, std::vector<std::string>& out) {
    if (!value.is_object()) {
        out.push_back(pointer);
        return;
    }
    for (const auto& [key, inner] : value.items())
        if (!explains(key)) leaves_of(inner, child(pointer, key), out);
}

// Loads the model with the file on top, printing any problem. A what-if may
// move an uncertain parameter out of its range: the appraisal sets it in
// each world, so `uncertainty` is not checked against it.
void check_loads(const std::string& file, const std::string& model_path, std::vector<std::string> files) {
    files.push_back(file);
    const LoadResult loaded = load_model_file(model_path, files);
    bool invalid = loaded.scenario_names.size() != files.size();
    for (const Diagnostic& d : loaded.diagnostics) {
        if (d.severity != Diagnostic::Severity::error || d.pointer.rfind("/uncertainty", 0) == 0) continue;
        std::cerr << d.to_string() << "\n";
        invalid = true;
    }
    if (invalid) throw UsageError(file + ": the action does not apply to " + model_path + " (problems above)");
}

AppraisedAction action_of(const std::string& file) {
    const Json document = read_json_file(file);
    AppraisedAction a;
    a.id = fs::path(file).stem().string();
    a.file = file;
    a.name = document.value("name", a.id);
    a.decided_by = document.value("decided_by", "");
    const Json cost = document.value("cost", Json::object());
    if (cost.contains("per_year")) a.cost_per_year = cost["per_year"].get<double>();
    a.patch = document.value("patch", Json::object());
    const Json levers = document.value("levers", Json::object());
    for (const auto& [lever, value] : levers.items())
        a.levers.push_back({lever, value.get<double>(), file, child("/levers", lever)});
    return a;
}

const Lever* lever_named(const std::vector<Lever>& levers, const std::string& id) {
    const auto it = std::find_if(levers.begin(), levers.end(), [&id](const Lever& l) { return l.id == id; });
    return it == levers.end() ? nullptr : &*it;
}

bool only_multiplies(const Lever& lever) {
    return std::all_of(lever.drives.begin(), lever.drives.end(), [](const LeverDrive& d) { return d.multiplies(); });
}

}  // namespace

std::vector<std::string> bundled_actions(const std::string& model_path) {
    const fs::path folder = fs::absolute(model_path).parent_path().parent_path() / "scenarios";
    std::error_code error;
    std::vector<std::string> out;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        if (entry.path().extension() != ".json") continue;
        const std::string file =
            (fs::path(model_path).parent_path().parent_path() / "scenarios" / entry.path().filename())
                .lexically_normal()
                .string();
        const Json document = read_json_file(entry.path().string());
        if (document.contains("decided_by") || document.value("cost", Json::object()).contains("per_year"))
            out.push_back(file);
    }
    std::sort(out.begin(), out.end());
    return out;
}

AppraisedActions read_actions(const std::vector<std::string>& files, const std::string& model_path,
                              const std::vector<std::string>& underneath) {
    AppraisedActions out;
    std::set<std::string> ids;
    for (const std::string& file : files) {
        check_loads(file, model_path, underneath);
        AppraisedAction a = action_of(file);
        if (!ids.insert(a.id).second)
            throw UsageError(file + ": another action is also named '" + a.id +
                             "': an action is known by its file's name");
        if (!a.decided_by.empty()) {
            out.asks.push_back(std::move(a));
            continue;
        }
        if (!a.cost_per_year)
            throw UsageError(file + ": /cost/per_year: a council action needs its cost a year to be appraised "
                                    "(write \"decided_by\" for a change someone else decides)");
        out.council.push_back(std::move(a));
    }
    return out;
}

std::vector<Action> searched_actions(const std::vector<AppraisedAction>& council, const std::vector<Lever>& levers) {
    std::vector<Action> out;
    for (const AppraisedAction& a : council) {
        Action action{a.id, a.cost_per_year.value_or(0), {}};
        leaves_of(a.patch, "", action.writes);
        for (const LeverValue& v : a.levers) {
            const Lever* lever = lever_named(levers, v.id);
            if (lever && !only_multiplies(*lever)) action.writes.push_back(child("/levers", v.id));
        }
        out.push_back(std::move(action));
    }
    return out;
}

std::vector<LeverValue> combined_levers(const std::vector<const AppraisedAction*>& actions,
                                        const std::vector<Lever>& levers) {
    std::vector<LeverValue> out;
    for (const AppraisedAction* a : actions) {
        for (const LeverValue& v : a->levers) {
            const auto same = std::find_if(out.begin(), out.end(), [&v](const LeverValue& o) { return o.id == v.id; });
            const Lever* lever = lever_named(levers, v.id);
            if (same == out.end() || !lever)
                out.push_back(v);
            else
                same->value *= v.value / lever->default_value;
        }
    }
    return out;
}

}  // namespace pathways::cli
