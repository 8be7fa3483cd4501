#pragma once
// Escaping text for HTML: the report's body and Graphviz's HTML-like labels.
#include <string>
#include <string_view>

namespace pathways {

enum class Addresses { keep, neutralise };

// Escapes markup characters and blanks control characters. With
// Addresses::neutralise, "/" and the ":" of "http:"/"https:" become character
// references too, so no text from a model can read as a web address in a
// report that promises it fetches nothing.
std::string escape_html(std::string_view text, Addresses addresses = Addresses::keep);

// True when `word` (lower case) starts at `at` in `text`, ignoring case.
bool starts_with_nocase(std::string_view text, std::size_t at, std::string_view word);

}  // namespace pathways
