// Placeholder until the gaps command lands in this file.
#include "commands.h"
namespace pathways::cli {
int gaps_command(const Args&) { return 1; }
}
