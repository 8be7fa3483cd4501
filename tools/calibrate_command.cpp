// Placeholder until the calibrate command lands in this file.
#include "commands.h"
namespace pathways::cli {
int calibrate_command(const Args&) { return 1; }
}
