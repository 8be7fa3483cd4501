#include "cli_common.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "format/file_bytes.h"
#include "report/results/rules_text.h"
#include "terminal_text.h"

namespace pathways::cli {

namespace {
std::string program_name = "pathways";

// An empty file or folder name given on the command line would otherwise read
// as the option left out (--out '' printing a table and writing nothing) or
// fail late with "cannot write :".
void refuse_empty_names(const po::variables_map& vm) {
    for (const char* name : {"out", "output", "trace", "unsuppressed-out", "results", "versus", "sensitivity",
                             "scenario", "compare-with", "model", "events", "scenarios", "token-file"}) {
        const auto it = vm.find(name);
        if (it == vm.end() || it->second.defaulted()) continue;
        const boost::any& value = it->second.value();
        bool empty = false;
        if (const auto* one = boost::any_cast<std::string>(&value)) empty = one->empty();
        if (const auto* many = boost::any_cast<std::vector<std::string>>(&value))
            empty = std::find(many->begin(), many->end(), "") != many->end();
        if (empty) throw UsageError(std::string("--") + name + " names no file: an empty name is not a path");
    }
}

// A file that could not be read says nothing about the format.
bool unreadable(const Diagnostic& d) { return d.message.rfind("cannot read the file", 0) == 0; }

// Where the formats are written down, once after the problems, for whoever
// has to put a refused model or scenario right.
void point_at_formats(const std::vector<Diagnostic>& diagnostics, const std::vector<std::string>& scenario_paths) {
    bool model = false, scenario = false;
    for (const Diagnostic& d : diagnostics) {
        if (d.severity != Diagnostic::Severity::error || unreadable(d)) continue;
        const bool in_scenario =
            std::find(scenario_paths.begin(), scenario_paths.end(), d.file) != scenario_paths.end();
        (in_scenario ? scenario : model) = true;
    }
    if (model) std::cerr << "See docs/model-format.md for the model format.\n";
    if (scenario) std::cerr << "See docs/scenario-format.md for the scenario format.\n";
}
}  // namespace

void set_program_name(std::string name) { program_name = std::move(name); }

std::optional<po::variables_map> parse_options(const std::string& command, const std::string& synopsis,
                                               const po::options_description& options,
                                               const po::positional_options_description& positional, const Args& args) {
    po::options_description all("Options");
    // One option a line, as --help lists them.
    // clang-format off
    all.add_options()("help,h", "show this help and exit");
    // clang-format on
    all.add(options);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
        if (vm.count("help")) {
            std::cout << "Usage: pathways " << command << " " << synopsis << "\n\n" << all << "\n";
            return std::nullopt;
        }
        po::notify(vm);
    } catch (const po::error& e) {
        throw UsageError(e.what());
    }
    refuse_empty_names(vm);
    return vm;
}

namespace {

// What a command printed must have reached its reader: output lost to a full
// disk or a closed pipe is a failure, not a success with nothing to show.
int after_flushing_stdout(const std::string& command, int status) {
    errno = 0;
    std::cout.flush();
    if (std::cout.good() && std::fflush(stdout) == 0 && !std::ferror(stdout)) return status;
    const std::string why = errno != 0 ? std::string(": ") + std::strerror(errno) : "";
    std::cerr << "pathways " << command << ": cannot write to standard output" << why << "\n";
    return status == exit_ok ? exit_run_failed : status;
}

}  // namespace

int run_guarded(const std::string& command, const std::function<int()>& body) {
    try {
        return after_flushing_stdout(command, body());
    } catch (const UsageError& e) {
        std::cerr << "pathways " << command << ": " << terminal_line(e.what()) << "\n"
                  << "Try 'pathways " << command << " --help'.\n";
        return exit_bad_input;
    } catch (const RunError& e) {
        std::cerr << "pathways " << command << ": " << terminal_line(e.what()) << "\n";
        return exit_run_failed;
    } catch (const std::bad_alloc&) {
        std::cerr << "pathways " << command << ": out of memory\n";
        return exit_run_failed;
    } catch (const std::exception& e) {  // a fault of ours: still a message, never an abort
        std::cerr << "pathways " << command << ": internal error: " << terminal_line(e.what()) << "\n";
        return exit_run_failed;
    } catch (...) {
        std::cerr << "pathways " << command << ": internal error\n";
        return exit_run_failed;
    }
}

std::optional<LoadResult> load_or_report(const std::string& model_path,
                                         const std::vector<std::string>& scenario_paths) {
    note_input(model_path);
    for (const std::string& s : scenario_paths) note_input(s);
    LoadResult result = load_model_file(model_path, scenario_paths);
    for (const auto& d : result.diagnostics) std::cerr << terminal_line(d.to_string()) << "\n";
    if (!result.ok()) {
        point_at_formats(result.diagnostics, scenario_paths);
        return std::nullopt;
    }
    return result;
}

void warn_broken_rules(const std::string& command, const std::vector<RuleResult>& rules) {
    for (const std::string& line : broken_rule_warnings(rules))
        std::cerr << "pathways " << command << ": warning: " << terminal_line(line) << "\n";
}

std::string command_line(const std::string& command, const Args& args) {
    std::string line = "pathways " + command;
    for (const auto& a : args) {
        line += ' ';
        bool plain = !a.empty() && a.find_first_of(" \t\"'\\$`") == std::string::npos;
        line += plain ? a : "'" + a + "'";
    }
    return line;
}

std::string read_file(const std::string& path, std::size_t max_bytes) {
    FileBytes file = read_file_bytes(path, max_bytes);
    if (!file.bytes) throw UsageError("cannot read " + path + ": " + file.problem);
    note_input(path);
    return std::move(*file.bytes);
}

Json read_json_file(const std::string& path) {
    std::vector<Diagnostic> problems;
    auto json = parse_json_text(read_file(path, max_model_bytes), path, problems);
    if (!json) throw UsageError(problems.empty() ? path + ": not JSON" : problems.front().to_string());
    return std::move(*json);
}

}  // namespace pathways::cli
