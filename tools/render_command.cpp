// pathways render: the pathway diagram as DOT, SVG or PNG, optionally with a
// run's results (or the change between two runs) laid over it.
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli_common.h"
#include "format/file_bytes.h"
#include "report/diagram/diagram.h"
#include "report/results/results_json.h"
#include "terminal_text.h"

namespace pathways::cli {

namespace {

const char* format_name(ImageFormat f) {
    switch (f) {
        case ImageFormat::svg: return "svg";
        case ImageFormat::png: return "png";
        case ImageFormat::dot: break;
    }
    return "dot";
}

ImageFormat parse_format(const std::string& name) {
    if (name == "dot" || name == "gv") return ImageFormat::dot;
    if (name == "svg") return ImageFormat::svg;
    if (name == "png") return ImageFormat::png;
    throw UsageError("unknown --format '" + name + "': expected dot, svg or png");
}

// Without --format, the output's extension decides; anything unrecognised gets DOT.
ImageFormat format_for(const po::variables_map& vm, const std::string& output) {
    if (vm.count("format")) return parse_format(vm["format"].as<std::string>());
    std::string ext = std::filesystem::path(output).extension().string();
    if (ext == ".svg") return ImageFormat::svg;
    if (ext == ".png") return ImageFormat::png;
    return ImageFormat::dot;
}

// An unreadable or malformed summary is bad input (exit 2), named by its file.
struct BadResults : std::runtime_error {
    using std::runtime_error::runtime_error;
};

Results read_results(const std::string& dir) {
    std::string file = (std::filesystem::path(dir) / "summary.json").string();
    std::string text;
    try {
        check_output_set(dir, "summary.json");
        text = read_file(file, max_model_bytes);
    } catch (const IncompleteSet& e) {
        throw BadResults(e.what());
    } catch (const UsageError&) {
        throw BadResults(file + ": cannot read the results summary");
    }
    std::vector<Diagnostic> problems;
    std::optional<Json> summary = parse_json_text(text, file, problems);
    if (!summary) throw BadResults(problems.empty() ? file + ": not valid JSON" : problems.front().to_string());
    try {
        return read_summary_json(*summary);
    } catch (const BadSummary& e) {
        throw BadResults(file + ": " + e.what());
    }
}

std::string default_title(const LoadResult& loaded) {
    std::string title = loaded.model->name;
    if (loaded.scenario_names.empty()) return title;
    std::string names;
    for (const std::string& n : loaded.scenario_names) names += (names.empty() ? "" : ", ") + n;
    return title + (title.empty() ? "" : " ") + "(" + names + ")";
}

po::options_description render_options() {
    po::options_description o("Render options");
    // One option a line, as --help lists them.
    // clang-format off
    o.add_options()
        ("model", po::value<std::string>()->required(), "the model file")
        ("scenario,s", po::value<std::vector<std::string>>()->default_value(std::vector<std::string>{}, "none"),
         "a scenario to apply (repeatable, applied in order)")
        ("results", po::value<std::string>(), "overlay a run's results: DIR/summary.json from 'simulate --out DIR'")
        ("versus", po::value<std::string>(), "with --results: show the change from those results to DIR/summary.json")
        ("format", po::value<std::string>(), "dot, svg or png (default: from the output's extension, else dot)")
        ("title", po::value<std::string>()->default_value(""), "the title above the diagram (default: the model's name)")
        ("overview", po::bool_switch(), "stage names and figures only, for a large model at page width")
        ("output,o", po::value<std::string>()->required(), "the file to write ('-': standard output)");
    // clang-format on
    return o;
}

int render(const po::variables_map& vm) {
    const std::string output = vm["output"].as<std::string>();
    const ImageFormat format = format_for(vm, output);
    if (vm.count("versus") && !vm.count("results")) throw UsageError("--versus needs --results");
    std::optional<LoadResult> loaded =
        load_or_report(vm["model"].as<std::string>(), vm["scenario"].as<std::vector<std::string>>());
    if (!loaded) return exit_bad_input;
    std::optional<Results> results, versus;
    try {
        if (vm.count("results")) results = read_results(vm["results"].as<std::string>());
        if (vm.count("versus")) versus = read_results(vm["versus"].as<std::string>());
    } catch (const BadResults& e) {
        std::cerr << "pathways render: " << terminal_line(e.what()) << "\n";
        return exit_bad_input;
    }
    if (results && !results->model_sha256.empty() && results->model_sha256 != loaded->canonical_sha256) {
        std::cerr << "pathways render: warning: the results are from another model or version ("
                  << terminal_line(results->model_name) << "); figures for stages they lack read as 0\n";
    }
    DiagramOptions options;
    options.results = results ? &*results : nullptr;
    options.versus = versus ? &*versus : nullptr;
    options.title = vm["title"].as<std::string>().empty() ? default_title(*loaded) : vm["title"].as<std::string>();
    options.overview = vm["overview"].as<bool>();
    std::string content;
    try {
        content = render_graphviz(pathway_dot(*loaded->model, options), format);
    } catch (const std::runtime_error& e) {
        throw RunError(e.what());
    }
    write_output(output, content);
    if (output != "-" && !standard_stream(output))
        std::cout << "wrote " << terminal_line(output) << " (" << format_name(format) << ")\n";
    return exit_ok;
}

}  // namespace

int render_command(const Args& args) {
    return run_guarded("render", [&] {
        po::positional_options_description positional;
        positional.add("model", 1);
        std::optional<po::variables_map> vm = parse_options(
            "render", "MODEL [-s SCENARIO]... [--results DIR [--versus DIR]] [--format dot|svg|png] -o FILE",
            render_options(), positional, args);
        return vm ? render(*vm) : exit_ok;
    });
}

}  // namespace pathways::cli
