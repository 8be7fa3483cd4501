// pathways: maps and simulates the housing journeys of people seeking sanctuary.
#include <csignal>
#include <iostream>
#include <string>
#include <vector>

#include "cli_common.h"
#include "commands.h"
#include "memory_reserve.h"

namespace {

struct Subcommand {
    const char* name;
    const char* summary;
    int (*run)(const pathways::cli::Args&);
};

constexpr Subcommand subcommands[] = {
    {"validate", "check a model (with scenarios applied)", pathways::cli::validate_command},
    {"simulate", "run the replications and summarise the results", pathways::cli::simulate_command},
    {"compare", "compare scenarios with the baseline on common random numbers", pathways::cli::compare_command},
    {"render", "draw the pathway diagram (DOT, SVG or PNG)", pathways::cli::render_command},
    {"gaps", "rank the gaps and write the gap-analysis report", pathways::cli::gaps_command},
    {"analyse", "exact results for the model read as an absorbing Markov chain", pathways::cli::analyse_command},
    {"calibrate", "build a model from case records, or match a model to published figures",
     pathways::cli::calibrate_command},
    {"sensitivity", "how sure are we: the results across the plausible worlds", pathways::cli::sensitivity_command},
    {"appraise", "what to do first: the council's actions alone and in packages, within budgets",
     pathways::cli::appraise_command},
    {"serve", "the what-if workbench: change the model in a browser", pathways::cli::serve_command},
};

void print_usage(std::ostream& out) {
    out << "Usage: pathways COMMAND [OPTIONS]\n\nCommands:\n";
    for (const auto& c : subcommands) {
        std::string name = c.name;
        out << "  " << name << std::string(12 - name.size(), ' ') << c.summary << "\n";
    }
    out << "\nOptions:\n  -h [ --help ]  show this help\n  --version     print the version\n"
        << "\n'pathways COMMAND --help' describes each command.\n";
}

}  // namespace

int main(int argc, char** argv) {
    pathways::cli::keep_memory_reserve();
    // Past a file-size limit (ulimit -f) a write then fails with "File too
    // large", which the writers report and clean up after, instead of the
    // signal killing the process half way through an output set.
    std::signal(SIGXFSZ, SIG_IGN);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        print_usage(std::cerr);
        return pathways::cli::exit_bad_input;
    }
    const std::string& first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        print_usage(std::cout);
        return pathways::cli::exit_ok;
    }
    if (first == "--version") {
        std::cout << "pathways " << PATHWAYS_VERSION << "\n";
        return pathways::cli::exit_ok;
    }
    for (const auto& c : subcommands) {
        if (first == c.name) return c.run({args.begin() + 1, args.end()});
    }
    std::cerr << "pathways: unknown command '" << first << "'\n";
    print_usage(std::cerr);
    return pathways::cli::exit_bad_input;
}
