#pragma once
// Text shared by the report and the diagrams: escaping for HTML (the report's
// body and Graphviz's HTML-like labels) and grouping digits for readers.
#include <string>
#include <string_view>
#include <vector>

namespace pathways {

enum class Addresses { keep, neutralise };

// Escapes markup characters and blanks control characters. With
// Addresses::neutralise, "/" and the ":" of "http:"/"https:" become character
// references too, so no text from a model can read as a web address in a
// report that promises it fetches nothing.
std::string escape_html(std::string_view text, Addresses addresses = Addresses::keep);

// Text from a model on one line of a table: every control character, line
// breaks included, shown as an escape (\x0A), so a name cannot add lines.
std::string one_line(std::string_view text);
// True when `word` (lower case) starts at `at` in `text`, ignoring case.
bool starts_with_nocase(std::string_view text, std::size_t at, std::string_view word);

// Splits text at spaces into lines of at most `width` characters (a longer
// word keeps a line of its own).
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

enum class Align { left, right };
// Text padded with spaces to `width` characters (on the left when right-aligned); longer
// text is kept whole.
std::string padded(std::string_view text, std::size_t width, Align align = Align::left);
// A cell of a text table: padded, and never touching the next cell (a cell
// as wide as its column or wider gets a space on the side of its neighbour).
std::string table_cell(std::string_view text, std::size_t width, Align align = Align::left);

// {"a", "b", "c"} -> "a, b and c": items listed in a sentence.
std::string listed(const std::vector<std::string>& items);

// "1234567.5" -> "1,234,567.5": commas between thousands of a number already
// written in digits (an optional leading minus and decimals kept as they are).
std::string with_thousands(const std::string& digits);

}  // namespace pathways
