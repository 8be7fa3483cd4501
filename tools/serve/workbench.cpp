#include "workbench.h"

#include <chrono>
#include <iostream>

#include "../terminal_text.h"
#include "analysis/gap_ranking.h"
#include "format/json_reader.h"
#include "report/diagram/diagram.h"
#include "report/results/comparison_report.h"
#include "report/results/comparison_table.h"
#include "report/results/rules_text.h"
#include "report/text/figures_text.h"
#include "sim/run_limits.h"
#include "what_if_answer.h"
#include "what_if_limits.h"
#include "what_if_patch.h"

namespace pathways::serve {

namespace {

// The label problems in a request's scenario carry; never a path on the server.
const std::string what_if_name = "what-if";

Json problem_json(const Diagnostic& d) {
    std::string message = d.message;
    // Every problem in a what-if is set by it; the page shows it beside the control instead.
    const std::string set_by = " (set by scenario " + what_if_name + ")";
    if (message.size() > set_by.size() && message.ends_with(set_by)) message.resize(message.size() - set_by.size());
    return {{"pointer", d.pointer}, {"message", message}, {"in", d.file == what_if_name ? "scenario" : "model"}};
}

// The change from the baseline to the what-if over the whole pathway, as SVG ("" if Graphviz refuses).
std::string overview_svg(const Model& model, const Results& baseline, const Results& what_if) {
    DiagramOptions options;
    options.results = &baseline;
    options.versus = &what_if;
    options.overview = true;
    options.title = model.name + ": the what-if against the baseline";
    try {
        return render_graphviz(pathway_dot(model, options), ImageFormat::svg);
    } catch (const std::runtime_error&) {
        return "";
    }
}

}  // namespace

Workbench::Workbench(NamedText model, LoadResult loaded, const std::string& presets_dir, WorkbenchSettings settings,
                     const WorldRanges& worlds)
    : model_text_(std::move(model)),
      loaded_(std::move(loaded)),
      controls_(workbench_controls(loaded_, worlds)),
      settings_(settings) {
    if (!presets_dir.empty()) presets_ = read_presets(model_text_.name, presets_dir, controls_);
}

std::string Workbench::model_json() const {
    Json presets = Json::array();
    for (const Preset& p : presets_) {
        Json preset = {{"name", p.about.name}, {"file", p.file}, {"patch", p.patch}};
        preset.update(p.figures);
        preset.update(scenario_about_json(p.about));
        if (p.about.has_cost())
            preset["cost_words"] = text::change_cost(p.about.cost_one_off, p.about.cost_per_year, model().currency);
        presets.push_back(std::move(preset));
    }
    Json out = {{"name", model().name},
                {"replications", model().simulation.replications},
                {"max_replications", settings_.max_replications},
                {"controls", controls_json(controls_)},
                {"levers", !model().levers.empty()},
                {"presets", presets}};
    return out.dump();
}

Answer Workbench::what_if(const std::string& body) const {
    return what_if_patch(loaded_.document, rule_layers(loaded_), controls_, body);
}

void Workbench::start_clock() {
    stop_by_ = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                      std::chrono::duration<double>(settings_.max_seconds));
}

void Workbench::within_time(const std::string& step) const {
    if (std::chrono::steady_clock::now() > stop_by_)
        throw TimeLimitExceeded(step + " ran past the time limit (--max-seconds); nothing was run");
}

std::optional<Answer> Workbench::too_much_work(const Model& what_if, std::uint32_t replications) const {
    const double work = work_estimate(what_if, replications);
    const double most = settings_.max_work_ratio * work_estimate(model(), settings_.max_replications);
    if (work <= most) return std::nullopt;
    const std::string message = "This what-if is too large for the server to run: about " +
                                text::people_count(expected_arrivals(what_if)) + " people a replication through " +
                                std::to_string(what_if.stages.size()) + " stages, " + std::to_string(replications) +
                                " times, is more than " + text::trimmed(settings_.max_work_ratio, 1) +
                                " times the model's own at " + std::to_string(settings_.max_replications) +
                                " replications. Run it with 'pathways compare' instead.";
    return error_answer(422, message);
}

CheckedWhatIf Workbench::check(const std::string& scenario_text) const {
    if (const auto problem = oversized_section(loaded_.document, scenario_text))
        return {std::nullopt, error_answer(422, "This what-if is too large to check: " + *problem + ".")};
    LoadResult loaded = load_model_text(model_text_, {{what_if_name, scenario_text}});
    if (loaded.ok()) return {std::move(loaded), {}};
    Json problems = Json::array();
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Diagnostic::Severity::error) problems.push_back(problem_json(d));
    return {std::nullopt, {400, "application/json", Json{{"problems", problems}}.dump()}};
}

RunRequest Workbench::request(std::uint32_t replications) const {
    RunRequest r;
    r.replications = replications;
    r.threads = settings_.threads;
    r.options.max_events = settings_.max_events;
    r.options.max_people = settings_.max_people;
    r.options.stop_by = stop_by_;
    r.options.cancel = settings_.cancel;
    return r;
}

const StudyRun& Workbench::baseline(std::uint32_t replications, bool daily_occupancy) {
    const auto key = std::pair{replications, daily_occupancy};
    if (auto it = baselines_.find(key); it != baselines_.end()) return it->second;
    RunRequest r = request(replications);
    r.options.daily_occupancy = daily_occupancy;
    RunProvenance provenance{model_text_.name, loaded_.model_sha256, loaded_.canonical_sha256, {}, {}, {},
                             "pathways serve"};
    return baselines_.emplace(key, run_and_summarise(model(), r, provenance)).first->second;
}

std::vector<ScenarioComparison> Workbench::run_what_if(const LoadResult& what_if, const StudyRun& base) {
    RunProvenance provenance{model_text_.name,       loaded_.model_sha256, what_if.canonical_sha256,
                             what_if.scenario_names, {what_if_name},       what_if.scenario_sha256,
                             "pathways serve"};
    const std::string name = what_if.scenario_names.back();
    ScenarioDescription about =
        what_if.scenario_descriptions.empty() ? ScenarioDescription{} : what_if.scenario_descriptions.back();
    WhatIf one{name, what_if_name, &*what_if.model, std::move(provenance), std::move(about)};
    return run_what_ifs(base.run, {one}, request(static_cast<std::uint32_t>(base.run.replications.size())));
}

Answer Workbench::prepare() {
    start_clock();
    const StudyRun& base = baseline(model().simulation.replications, false);
    for (const std::string& line : broken_rule_warnings(base.results.rules))
        std::cerr << "pathways serve: warning: " << cli::terminal_line(line) << "\n";
    return {};
}

Answer Workbench::compare(const LoadResult& what_if, std::uint32_t replications) {
    const StudyRun& base = baseline(replications, false);
    const auto compared = run_what_if(what_if, base);
    within_time("running the what-if");  // Graphviz cannot be stopped once started
    Json out = comparison_json(base.results, compared);
    out["view"] = {{"verdict", verdict(model(), base.results, compared.front(), replications)},
                   {"rows", headline_rows(model(), base.results, compared.front())},
                   {"table", comparison_table(model(), base.results, compared)},
                   {"outcomes", outcome_shares(model(), base.results, compared.front())},
                   {"replications", replications}};
    within_time("writing the answer");
    out["view"]["diagram_svg"] = overview_svg(model(), base.results, compared.front().summary);
    return {200, "application/json", out.dump()};
}

Answer Workbench::report(const LoadResult& what_if, const ChartLibrary& charts) {
    const StudyRun& base = baseline(model().simulation.replications, true);
    const auto compared = run_what_if(what_if, base);
    GapAnalysis gaps = analyse_gaps(model(), base.results, compared);
    ReportInput input{model(), base.results, gaps, compared, SmallNumbers{}};
    return {200, "text/html; charset=utf-8", report_html(input, charts)};
}

}  // namespace pathways::serve
