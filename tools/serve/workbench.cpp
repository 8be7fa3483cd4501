#include "workbench.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
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

// Takes a top-level "confirm" out of a what-if's text: true when it is true; `without`
// holds the text without it, when it was there.
bool take_confirm(const std::string& text, std::optional<std::string>& without) {
    if (text.find("\"confirm\"") == std::string::npos) return false;
    nlohmann::ordered_json document = nlohmann::ordered_json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object() || !document.contains("confirm")) return false;
    const bool yes = document["confirm"] == true;
    document.erase("confirm");
    without = document.dump();
    return yes;
}

Json problem_json(const Diagnostic& d) {
    std::string message = d.message;
    // Every problem in a what-if is set by it; the page shows it beside the control instead.
    const std::string set_by = " (set by scenario " + what_if_name + ")";
    if (message.size() > set_by.size() && message.ends_with(set_by)) message.resize(message.size() - set_by.size());
    return {{"pointer", d.pointer}, {"message", message}, {"in", d.file == what_if_name ? "scenario" : "model"}};
}

// What validation warns of in the what-if itself (a figure a later regime sets again, say).
Json what_if_warnings(const LoadResult& what_if) {
    Json out = Json::array();
    for (const Diagnostic& d : what_if.diagnostics)
        if (d.severity == Diagnostic::Severity::warning && d.file == what_if_name) out.push_back(d.message);
    return out;
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
      levers_(lever_controls(*loaded_.model)),
      settings_(settings) {
    if (!presets_dir.empty()) presets_ = read_presets(model_text_, presets_dir, controls_, levers_);
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
                {"levers", controls_json(levers_)},
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
    const auto started = std::chrono::steady_clock::now();
    if (const auto problem = oversized_section(loaded_.document, scenario_text))
        return {std::nullopt, error_answer(422, "This what-if is too large to check: " + *problem + "."), false};
    std::optional<std::string> without_confirm;
    const bool confirmed = take_confirm(scenario_text, without_confirm);
    checking_.acquire();
    LoadResult loaded = load_model_text(model_text_, {{what_if_name, without_confirm.value_or(scenario_text)}});
    checking_.release();
    if (std::chrono::steady_clock::now() - started > std::chrono::duration<double>(settings_.max_seconds))
        return {std::nullopt, error_answer(500, "checking the what-if ran past the time limit; nothing was run"),
                false};
    if (loaded.ok()) return {std::move(loaded), {}, confirmed};
    Json problems = Json::array();
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Diagnostic::Severity::error) problems.push_back(problem_json(d));
    return {std::nullopt, {400, "application/json", Json{{"problems", problems}}.dump()}, false};
}

std::optional<Answer> Workbench::refusal(const LoadResult& what_if, std::uint32_t replications, bool confirmed) const {
    if (auto refused = too_many_people(*what_if.model)) return refused;
    if (auto refused = too_much_work(*what_if.model, replications)) return refused;
    if (!confirmed) return unconfirmed(what_if);
    return std::nullopt;
}

std::optional<Answer> Workbench::too_many_people(const Model& what_if) const {
    const double people = expected_arrivals(what_if);
    if (people <= static_cast<double>(settings_.max_people)) return std::nullopt;
    std::string message = "This what-if is too large for the server to run: it brings about ";
    message.append(text::people_count(people))
        .append(" ")
        .append(people_word)
        .append(" through the pathway in each run of the simulation, and this server runs at most ")
        .append(text::people_count(static_cast<double>(settings_.max_people)))
        .append(" (the model as it stands: about ")
        .append(text::people_count(expected_arrivals(model())))
        .append("). Check the arrivals you set: a rate is easily entered a day for a year.");
    return error_answer(422, message);
}

std::optional<Answer> Workbench::unconfirmed(const LoadResult& what_if) const {
    const std::vector<Control> set = workbench_controls(what_if);
    Json confirm = Json::array();
    std::string words;
    for (const Control& c : controls_) {
        if (!c.plausible) continue;
        const auto same =
            std::find_if(set.begin(), set.end(), [&c](const Control& s) { return s.pointer == c.pointer; });
        if (same == set.end()) continue;
        const auto [low, high] = *c.plausible;
        const double v = same->value;
        if (!((high > 0 && v > 100 * high) || (low > 0 && v < low / 100))) continue;
        const auto shown = [&c](double x) {
            const double y = x * c.shown_as;
            return std::fabs(y) >= 1000 ? text::people_count(y) : text::trimmed(y, std::max(c.decimals, 3));
        };
        std::string label = c.label;
        label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
        std::string one = c.section_label + ", " + label + ": " + shown(v) + (c.unit == "%" ? "" : " ") + c.unit;
        one.append(v > high ? ", more than 100 times the top of" : ", less than a hundredth of the bottom of");
        one.append(" its plausible range (").append(shown(low)).append(" to ").append(shown(high)).append(")");
        words.append(words.empty() ? "" : "; ").append(one);
        confirm.push_back(
            {{"pointer", c.pointer}, {"label", c.label}, {"value", v}, {"words", one}, {"plausible", {low, high}}});
    }
    if (confirm.empty()) return std::nullopt;
    Json out = {{"error", "This what-if sets a figure far outside what is plausible: " + words +
                              ". Is that what you meant? Send it again with \"confirm\": true to run it."},
                {"confirm", confirm}};
    return Answer{422, "application/json", out.dump(-1, ' ', false, Json::error_handler_t::replace)};
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
    const StudyRun& base = baseline(model().simulation.replications, true);
    for (const std::string& line : broken_rule_warnings(base.results.rules))
        std::cerr << "pathways serve: warning: " << cli::terminal_line(line) << "\n";
    return {};
}

Answer Workbench::compare(const LoadResult& what_if, std::uint32_t replications) {
    // Kept day by day: the most places a stage used, for a verdict on places never full.
    const StudyRun& base = baseline(replications, true);
    const auto compared = run_what_if(what_if, base);
    within_time("running the what-if");  // Graphviz cannot be stopped once started
    Json out = comparison_json(base.results, compared);
    out["view"] = {{"verdict", verdict(model(), *what_if.model, base.results, compared.front(), replications)},
                   {"rows", headline_rows(model(), base.results, compared.front())},
                   {"table", comparison_table(model(), base.results, compared)},
                   {"outcomes", outcome_shares(model(), base.results, compared.front())},
                   {"replications", replications},
                   {"warnings", what_if_warnings(what_if)}};
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
