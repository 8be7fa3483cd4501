// Placeholder until the validate command lands in this file.
#include "commands.h"
namespace pathways::cli {
int validate_command(const Args&) { return 1; }
}
