// Placeholder until the analyse command lands in this file.
#include "commands.h"
namespace pathways::cli {
int analyse_command(const Args&) { return 1; }
}
