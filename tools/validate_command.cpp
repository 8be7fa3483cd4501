// pathways validate MODEL [-s SCENARIO]...: every problem, or "ok".
#include <iostream>

#include "cli_common.h"

namespace pathways::cli {

int validate_command(const Args& args) {
    return run_guarded("validate", [&] {
        po::options_description options("Validate options");
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()("model", po::value<std::string>()->required(), "the model file (JSON)")(
            "scenario,s", po::value<std::vector<std::string>>()->composing(),
            "a scenario file (merge patch) applied to the model; repeat to apply several in order");
        // clang-format on
        po::positional_options_description positional;
        positional.add("model", 1);
        auto vm = parse_options("validate", "MODEL [-s SCENARIO]...", options, positional, args);
        if (!vm) return exit_ok;
        std::vector<std::string> scenarios;
        if (vm->count("scenario")) scenarios = (*vm)["scenario"].as<std::vector<std::string>>();
        // Warnings and errors go to stderr as they are found; only a valid model prints "ok".
        if (!load_or_report((*vm)["model"].as<std::string>(), scenarios)) return exit_bad_input;
        std::cout << "ok\n";
        return exit_ok;
    });
}

}  // namespace pathways::cli
