#include "calibration_runs.h"

#include <algorithm>
#include <filesystem>

#include "world_model.h"

namespace pathways::cli {

namespace {

std::string target_path(const std::string& id) { return "targets." + id + ".value"; }

}  // namespace

CalibrationRuns::CalibrationRuns(Json base, std::vector<Json> underneath, std::vector<TargetScenario> with_targets,
                                 const SimulationOptions& options, std::uint32_t replications)
    : base_(std::move(base)),
      underneath_(std::move(underneath)),
      with_targets_(std::move(with_targets)),
      options_(options),
      replications_(replications) {
    parameters_ = load_world(base_, options_, "the model").uncertainty;
    for (std::size_t run = 0; run <= with_targets_.size(); ++run) {
        const Model model = load_world(world_document(base_, parameters_, nullptr, patches_for(run)), options_,
                                       run == 0 ? "the model" : with_targets_[run - 1].file);
        if (run == 0) {
            add_targets(model, 0, "", nullptr);
        } else {
            const TargetScenario& s = with_targets_[run - 1];
            add_targets(model, run, std::filesystem::path(s.file).stem().string(), &s.patch);
        }
    }
}

std::vector<const Json*> CalibrationRuns::patches_for(std::size_t run) const {
    std::vector<const Json*> out;
    for (const Json& patch : underneath_) out.push_back(&patch);
    if (run > 0) out.push_back(&with_targets_[run - 1].patch);
    return out;
}

// The model's targets for run 0; for a scenario, those its patch sets.
void CalibrationRuns::add_targets(const Model& model, std::size_t run, const std::string& scenario, const Json* patch) {
    const Json* own = patch && patch->contains("targets") ? &patch->at("targets") : nullptr;
    for (const Target& t : model.targets) {
        if (patch && !(own && own->is_object() && own->contains(t.id) && !own->at(t.id).is_null())) continue;
        CalibrationTarget c;
        c.name = scenario.empty() ? t.id : scenario + ":" + t.id;
        c.id = t.id;
        c.scenario = scenario;
        c.label = t.label.empty() ? t.id : t.label;
        c.source = t.source;
        c.role = t.role;
        c.match = {t.low, t.high, t.role == TargetRole::calibration};
        c.run = run;
        targets_.push_back(std::move(c));
    }
}

std::vector<SimulatedValue> CalibrationRuns::evaluate(const std::vector<double>& values, std::size_t world) const {
    std::vector<SimulatedValue> out(targets_.size());
    const std::string what = "world " + std::to_string(world + 1);
    for (std::size_t run = 0; run <= with_targets_.size(); ++run) {
        if (std::none_of(targets_.begin(), targets_.end(), [&](const CalibrationTarget& t) { return t.run == run; }))
            continue;
        const Model model = load_world(world_document(base_, parameters_, &values, patches_for(run)), options_, what);
        const RunResults results = run_world(model, options_, replications_);
        for (std::size_t t = 0; t < targets_.size(); ++t) {
            if (targets_[t].run != run) continue;
            const auto column = results.layout->find(target_path(targets_[t].id));
            if (!column) throw RunError("the target " + targets_[t].name + " has no value in " + what);
            const Stat& s = results.stats[*column];
            out[t] = {s.mean, s.sd * s.sd / static_cast<double>(replications_)};
        }
    }
    return out;
}

}  // namespace pathways::cli
