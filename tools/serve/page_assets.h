#pragma once
// The workbench page (tools/serve/page/), built into the program so that
// the server reads no file to serve it.
#include <string_view>

namespace pathways::serve {

std::string_view page_html();
std::string_view page_script();
std::string_view page_style();

}  // namespace pathways::serve
