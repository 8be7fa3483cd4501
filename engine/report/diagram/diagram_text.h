#pragma once
// Text for the diagram: escaping for DOT and for Graphviz HTML-like labels, and
// numbers, rates and shares in the plain words a reader of the diagram expects.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pathways::diagram_text {

// Longest text drawn, in characters: a label (or a scenario's name) fits a few
// lines of a node; a note, shown as a tooltip, a paragraph.
inline constexpr std::size_t longest_label = 200;
inline constexpr std::size_t longest_note = 1000;

// For HTML-like labels (label=<...>): escapes & < > " ' and turns control
// characters into spaces, so no model text can close a tag or the label.
std::string html_escape(std::string_view text);

// A DOT double-quoted string, quotes included: escapes backslash and quote and
// writes newlines as \n, so the string cannot end early or smuggle attributes.
std::string dot_quote(std::string_view text);

// Splits text at spaces into lines of at most `width` characters (a longer word
// keeps a line of its own).
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

// At most max_chars characters (UTF-8 code points), the last an ellipsis when
// text was cut; a cut never splits a character.
std::string shortened(std::string_view text, std::size_t max_chars);

// "asylum_move_on" -> "Asylum move on".
std::string humanise(std::string_view id);

// 1825 -> "1,825", 12.5 -> "12.5", 0.333 -> "0.33": as many digits as a reader needs.
std::string plain_number(double x);
// +35, -12, +0.4: the sign always shown.
std::string signed_number(double x);
// 0.8 -> "80%", 0.004 -> "0.4%".
std::string percent(double share);
// People counts (means over replications): 71.3 -> "71", 3.46 -> "3.5".
std::string count_number(double count);
// "~71": a count read as approximate.
std::string approx_count(double count);
// The same with its sign always shown: "+35", "-2.5".
std::string signed_count(double count);
// 120 -> "~120 people", 1 -> "~1 person".
std::string people(double count);
// 0.5 -> "0.5 a day", 0.02 -> "0.14 a week", 0.001 -> "0.37 a year".
std::string rate_in_words(double per_day);

}  // namespace pathways::diagram_text
