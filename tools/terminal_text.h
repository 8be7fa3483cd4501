#pragma once
// Text from models, scenarios and case records shown on a terminal. A label
// holding control characters could move the cursor, retitle the window or
// hide the lines above it, so C0 controls, DEL and the C1 controls (U+0080 to
// U+009F) are shown as visible escapes.
#include <string>

namespace pathways::cli {

// One line: every control character escaped, line breaks included.
std::string terminal_line(const std::string& text);
// A table or block of lines: line breaks and tabs kept, other controls escaped.
std::string terminal_text(const std::string& text);

}  // namespace pathways::cli
