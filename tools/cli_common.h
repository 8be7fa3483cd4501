#pragma once
// Pieces every subcommand shares: option parsing with --help, loading a model
// with its scenarios (printing every problem); outputs are written through
// output_file.h and output_set.h.
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <boost/program_options.hpp>

#include "commands.h"
#include "format/load.h"
#include "output_file.h"
#include "output_set.h"
#include "results/rule_result.h"

namespace pathways::cli {

namespace po = boost::program_options;

inline constexpr int exit_ok = 0;
inline constexpr int exit_run_failed = 1;
inline constexpr int exit_bad_input = 2;

// A failure while running (I/O, a limit hit): exit 1.
struct RunError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Bad usage or bad input (unknown option, missing argument, an input file
// that cannot be read): exit 2, as for an invalid model.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Parses args against `options` (plus --help) and the positional names given.
// Returns nullopt when --help was printed.
std::optional<po::variables_map> parse_options(const std::string& command, const std::string& synopsis,
                                               const po::options_description& options,
                                               const po::positional_options_description& positional, const Args& args);

// Wraps a command body: turns UsageError into exit 2 and RunError (or any
// other exception) into exit 1, each with one line on stderr.
int run_guarded(const std::string& command, const std::function<int()>& body);

// Loads MODEL with scenarios, printing warnings and errors to stderr.
// Returns nullopt when the model is invalid (the caller exits 2).
std::optional<LoadResult> load_or_report(const std::string& model_path, const std::vector<std::string>& scenario_paths);

// Warns on stderr of each journey rule (format 1.2) the run broke, with the count.
void warn_broken_rules(const std::string& command, const std::vector<RuleResult>& rules);

// The whole command line, for manifests ("pathways simulate models/x.json ...").
std::string command_line(const std::string& command, const Args& args);
// Set by main() before dispatch.
void set_program_name(std::string name);

// The bytes of an input (at most max_bytes), remembered as an input so that
// no output replaces it. Throws UsageError (exit 2).
std::string read_file(const std::string& path, std::size_t max_bytes);
// A JSON input (at most a model's size), parsed. Throws UsageError (exit 2) naming the line.
Json read_json_file(const std::string& path);

}  // namespace pathways::cli
