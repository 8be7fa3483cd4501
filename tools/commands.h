#pragma once
// The subcommands of `pathways`. Each takes its arguments after the subcommand
// name and returns the process exit code (0 ok, 1 run failed, 2 bad input).
#include <string>
#include <vector>

namespace pathways::cli {

using Args = std::vector<std::string>;

int validate_command(const Args& args);
int render_command(const Args& args);
int simulate_command(const Args& args);
int compare_command(const Args& args);
int gaps_command(const Args& args);
int analyse_command(const Args& args);
int calibrate_command(const Args& args);
// calibrate given a model (history matching) rather than case records.
int calibrate_model_command(const Args& args);
int sensitivity_command(const Args& args);
int appraise_command(const Args& args);
int serve_command(const Args& args);

}  // namespace pathways::cli
