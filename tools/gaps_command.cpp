// pathways gaps: the gap analysis of a model, with what-if scenarios
// compared on common random numbers, written as gaps.json, gaps.csv, findings.json, a
// self-contained report.html, summary.json and curves.csv.
#include <filesystem>
#include <iostream>
#include <optional>

#include "cli_common.h"
#include "format/file_bytes.h"
#include "gaps_worlds.h"
#include "numeric_option.h"
#include "report/html/report_html.h"
#include "report/results/appraisal_read.h"
#include "report/results/findings_json.h"
#include "report/results/gaps_output.h"
#include "report/results/results_csv.h"
#include "report/results/results_json.h"
#include "report/results/sensitivity_combine.h"
#include "report/results/sensitivity_read.h"
#include "simulation_options.h"
#include "terminal_text.h"

namespace pathways::cli {

namespace {

struct GapsOptions {
    SimulationOptions simulation;
    std::vector<std::string> compare_with;
    double suppress_below = 0;
    std::string out_dir;
    std::string unsuppressed_dir;  // with --suppress-below: the analysts' folder, never inside out_dir
    std::vector<std::string> sensitivity_dirs;
    std::string worlds_file;    // --worlds: a calibration's plausible worlds
    std::string appraisal_dir;  // --appraisal: a folder written by `pathways appraise --out`
};

// DIR/sensitivity.json as the report shows it. Throws UsageError.
SensitivityDigest read_sensitivity(const std::string& dir) {
    const std::string file = dir + "/sensitivity.json";
    const Json j = read_json_file(file);
    try {
        return read_sensitivity_json(j);
    } catch (const BadSensitivity& e) {
        throw UsageError(file + ": " + e.what());
    }
}

// Every --sensitivity folder. With --worlds, gaps samples the calibration's
// plausible worlds itself, so a sample of the prior ranges would be a second,
// different answer to the same question: only a screening may come with them.
std::vector<SensitivityDigest> read_sensitivity(const std::vector<std::string>& dirs, bool worlds) {
    if (worlds && dirs.size() > 1)
        throw UsageError("--sensitivity: with --worlds, give at most one folder, a Morris screening");
    std::vector<SensitivityDigest> studies;
    for (const auto& dir : dirs) {
        studies.push_back(read_sensitivity(dir));
        if (worlds && studies.back().sampled)
            throw UsageError("--sensitivity " + dir + ": a sample of the prior ranges (--method " +
                             studies.back().method +
                             ") cannot go with --worlds, which samples the calibration's plausible worlds: give a "
                             "Morris screening only, or leave out --worlds");
    }
    return studies;
}

// DIR/appraisal.json, from a complete set, of the model given here. Throws UsageError.
std::optional<AppraisalDigest> read_appraisal(const GapsOptions& o) {
    if (o.appraisal_dir.empty()) return std::nullopt;
    const std::string& dir = o.appraisal_dir;
    try {
        check_output_set(dir, "appraisal.json");
    } catch (const IncompleteSet& e) {
        throw UsageError(std::string("--appraisal: ") + e.what());
    }
    const std::string file = dir + "/appraisal.json";
    AppraisalDigest appraisal;
    try {
        appraisal = read_appraisal_json(read_json_file(file));
    } catch (const BadAppraisal& e) {
        throw UsageError(file + ": " + e.what());
    }
    if (appraisal.model_sha256 != sha256_hex(read_file(o.simulation.model_path, max_model_bytes)))
        throw UsageError("--appraisal: " + file + " is an appraisal of another model file" +
                         (appraisal.model_file.empty() ? "" : " (" + appraisal.model_file + ")") + " than " +
                         o.simulation.model_path + ": run `pathways appraise` on this model");
    return appraisal;
}

// The studies read as one; none without.
std::optional<SensitivityDigest> combined(std::vector<SensitivityDigest> studies) {
    if (studies.empty()) return std::nullopt;
    try {
        return combine_sensitivity(std::move(studies));
    } catch (const SensitivityMismatch& e) {
        throw UsageError(std::string("--sensitivity: ") + e.what());
    }
}

// Before the runs: both folders can take their sets, and none of the inputs
// (a --sensitivity study among them) is a file a set would replace or remove.
void check_out_dirs(const GapsOptions& o) {
    OutputDir(o.out_dir).check();
    if (!o.unsuppressed_dir.empty()) OutputDir(o.unsuppressed_dir).check();
    std::error_code ec;
    const std::string left = o.out_dir + "/unsuppressed";
    if (o.suppress_below > 0 && std::filesystem::exists(left + "/manifest.json", ec))
        std::cerr << "pathways gaps: warning: " << terminal_line(left)
                  << " holds unsuppressed counts from an earlier run: remove it before publishing "
                  << terminal_line(o.out_dir) << "\n";
}

// DIR is the folder to publish. With suppression, the unsuppressed files go
// only to --unsuppressed-out, a set of its own, staged with DIR's so that
// neither is written when the other cannot be.
void write_sets(const GapsOptions& o, const ReportInput& input, const ChartLibrary& charts) {
    OutputDir out(o.out_dir);
    out.add("gaps.json", gaps_json(input.gaps, *input.hidden).dump(2) + "\n");
    out.add("gaps.csv", gaps_csv(input.gaps, *input.hidden));
    out.add("findings.json",
            findings_json(*input.found, input.results, input.gaps, input.comparison, *input.hidden).dump(2) + "\n");
    try {
        out.add("report.html", report_html(input, charts));
    } catch (const std::runtime_error& e) {  // Graphviz refused the diagram
        throw RunError(std::string("cannot draw the report's pathway diagram: ") + e.what());
    }
    const bool hiding = input.small.active();
    std::optional<OutputDir> full;
    if (hiding && !o.unsuppressed_dir.empty()) {
        full.emplace(o.unsuppressed_dir);
        full->not_for_publication("counts not suppressed: --suppress-below applies to " + o.out_dir + " only");
    }
    OutputDir* analyst = hiding ? (full ? &*full : nullptr) : &out;
    if (analyst) {
        analyst->add("summary.json", summary_json_text(input.results));
        analyst->add("curves.csv", curves_csv(input.results));
    }
    if (full) full->stage();
    out.stage();
    if (full) full->publish();
    out.publish();
}

// The --sensitivity studies must be of the model and -s scenarios run here.
void check_studies(const std::vector<SensitivityDigest>& studies, const GapsOptions& o, const SimulationRun& baseline) {
    for (const SensitivityDigest& s : studies) {
        if (s.model_sha256 != baseline.loaded.model_sha256 || s.scenario_sha256 != baseline.loaded.scenario_sha256)
            throw UsageError("--sensitivity: the study was run on another model file or other -s scenarios than " +
                             o.simulation.model_path + " and the -s given here");
    }
}

// The sample of the calibration's plausible worlds, as one more study; false
// on an MPI process other than the first, which writes nothing.
bool add_worlds_sample(const GapsOptions& o, const CalibratedWorlds& calibrated, const SimulationRun& baseline,
                       const std::vector<ScenarioComparison>& scenarios, std::vector<SensitivityDigest>& studies) {
    if (!calibrated.worlds) return true;  // the calibration kept none
    std::vector<WhatIfFile> what_ifs;
    for (const ScenarioComparison& s : scenarios) what_ifs.push_back({s.file, s.name});
    DrawSharing sharing;
    auto sample = sample_worlds(o.simulation, what_ifs, *calibrated.worlds, baseline.loaded, sharing);
    if (!sample) return false;
    studies.push_back(std::move(*sample));
    return true;
}

ChartLibrary chart_library() {
    try {
        return load_chart_library(report_assets_dir());
    } catch (const ReportAssetsMissing& e) {
        throw RunError(e.what());
    }
}

std::optional<CalibratedWorlds> read_worlds(const GapsOptions& o) {
    if (o.worlds_file.empty()) return std::nullopt;
    return read_calibrated_worlds(o.worlds_file, o.simulation.model_path);
}

int run_gaps(const GapsOptions& o, const std::string& command) {
    const ChartLibrary charts = chart_library();  // before the runs: fail fast
    const auto calibrated = read_worlds(o);
    const auto appraisal = read_appraisal(o);  // before the runs: a wrong folder fails fast
    auto studies = read_sensitivity(o.sensitivity_dirs, calibrated.has_value());
    combined(studies);  // two studies that cannot be read as one: said before the runs
    check_out_dirs(o);
    auto baseline = run_simulation(o.simulation, command, [](RunRequest& r) { r.options.daily_occupancy = true; });
    if (!baseline) return exit_bad_input;
    auto scenarios = run_alternatives(o.simulation, *baseline, o.compare_with, command);
    if (!scenarios) return exit_bad_input;
    const Model& model = *baseline->loaded.model;
    check_studies(studies, o, *baseline);
    if (calibrated && !add_worlds_sample(o, *calibrated, *baseline, *scenarios, studies)) return exit_ok;
    const auto sensitivity = combined(std::move(studies));
    GapAnalysis gaps = analyse_gaps(model, baseline->results, *scenarios);
    SmallNumbers small(o.suppress_below);
    // Chosen once, so a count hidden in one file is hidden in every file.
    const SuppressionPlan hidden = plan_suppression(baseline->results, gaps, *scenarios, small);
    const CalibrationDigest* calibration = calibrated && calibrated->calibration ? &*calibrated->calibration : nullptr;
    // Found once: the report and findings.json say the same.
    const findings::Findings found =
        findings::find(model, baseline->results, gaps, *scenarios, appraisal ? &*appraisal : nullptr);
    ReportInput input{model,   baseline->results, gaps,  *scenarios, small, sensitivity ? &*sensitivity : nullptr,
                      &hidden, calibration,       &found};
    write_sets(o, input, charts);
    std::cout << terminal_text(gaps_table(gaps, hidden)) << "report: " << terminal_line(o.out_dir) << "/report.html\n";
    return exit_ok;
}

// --unsuppressed-out only with suppression, and never inside the folder to publish.
void check_unsuppressed_dir(const GapsOptions& o) {
    if (o.unsuppressed_dir.empty()) return;
    if (o.suppress_below <= 0)
        throw UsageError("--unsuppressed-out is for --suppress-below: without it, summary.json and curves.csv are "
                         "written to --out");
    refuse_if_inside(o.unsuppressed_dir, o.out_dir,
                     "--unsuppressed-out " + o.unsuppressed_dir + " is inside --out " + o.out_dir +
                         ", the folder to publish: name a folder outside it");
}

}  // namespace

int gaps_command(const Args& args) {
    return run_guarded("gaps", [&] {
        GapsOptions o;
        po::options_description options;
        po::positional_options_description positional;
        o.simulation.declare(options, positional);
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()
            ("compare-with", po::value(&o.compare_with)->composing(),
             "a what-if scenario to compare with the baseline on common random numbers (repeatable)")
            ("suppress-below", po::value<std::string>()->default_value("0"),
             "in report.html, gaps.csv, gaps.json and findings.json, hide any count of people under N and every figure that "
             "would reveal it; summary.json and curves.csv then go only to --unsuppressed-out; 0: off")
            ("unsuppressed-out", po::value(&o.unsuppressed_dir),
             "with --suppress-below: write the unsuppressed summary.json and curves.csv into this directory, "
             "outside --out (without it they are not written)")
            ("sensitivity", po::value(&o.sensitivity_dirs)->composing(),
             "a folder written by `pathways sensitivity --out`: adds \"How sure are we\" to report.html; give two "
             "(a Morris screening and an uncertainty sample) to show what the figures rest on and how robust they "
             "are")
            ("worlds", po::value(&o.worlds_file),
             "the plausible worlds a calibration kept (DIR/worlds.csv from `pathways calibrate MODEL --out DIR`): "
             "report.html's checks then show how often the worlds meet each figure and what the figures taught "
             "us (from calibration.json beside it), and \"How sure are we\" runs the model in each world; with "
             "it, --sensitivity takes only a Morris screening")
            ("appraisal", po::value(&o.appraisal_dir),
             "a folder written by `pathways appraise --out`: adds \"What to do first\" to report.html (each budget's "
             "best package of actions, what it buys and how sure that is, the asks of the Home Office and the evidence "
             "to collect) and its figures to findings.json")
            ("out,o", po::value(&o.out_dir)->required(),
             "write gaps.json, gaps.csv, findings.json, report.html, summary.json and curves.csv into this directory");
        // clang-format on
        auto vm = parse_options("gaps", "MODEL [-s SCENARIO]... [--compare-with SCENARIO]... --out DIR [options]",
                                options, positional, args);
        if (!vm) return exit_ok;
        o.simulation.read(*vm);
        o.suppress_below = number_option("suppress-below", (*vm)["suppress-below"].as<std::string>(), 0, 1e9, false);
        check_unsuppressed_dir(o);
        for (const std::string& file : o.compare_with) note_input(file);
        try {
            return run_gaps(o, command_line("gaps", args));
        } catch (const DrawSharing::FailedElsewhere&) {
            return exit_bad_input;
        }
    });
}

}  // namespace pathways::cli
