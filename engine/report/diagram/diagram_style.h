#pragma once
// The diagram's visual vocabulary. Colours come from the Okabe-Ito palette
// (distinguishable with every common colour-vision deficiency); fills are pale
// tints of it so that black text stays readable on them.
#include <array>
#include <string_view>

namespace pathways::diagram_style {

inline constexpr std::string_view font = "Helvetica,Arial,sans-serif";

// Okabe-Ito colours, for lines and borders.
inline constexpr std::string_view blue = "#0072B2";
inline constexpr std::string_view vermillion = "#D55E00";
inline constexpr std::string_view bluish_green = "#009E73";
inline constexpr std::string_view orange = "#E69F00";
inline constexpr std::string_view sky_blue = "#56B4E9";
inline constexpr std::string_view reddish_purple = "#CC79A7";
inline constexpr std::string_view grey = "#7F7F7F";
inline constexpr std::string_view ink = "#333333";
inline constexpr std::string_view muted_ink = "#555555";

// Fills: tints of the colours above.
inline constexpr std::string_view settled_fill = "#B8E6D6";   // bluish green
inline constexpr std::string_view drop_off_fill = "#F5C6A8";  // vermillion
inline constexpr std::string_view neutral_fill = "#E0E0E0";   // grey
inline constexpr std::string_view arrival_fill = "#CBE6F7";   // sky blue
inline constexpr std::string_view supply_fill = "#FBE6B0";    // orange
inline constexpr std::string_view stage_fill = "#FFFFFF";
inline constexpr std::string_view better_fill = "#C2E8DA";  // bluish green: fewer drop-offs, shorter waits
inline constexpr std::string_view worse_fill = "#F5C6A8";   // vermillion: more drop-offs, longer waits
inline constexpr std::string_view cluster_fill = "#F7F7F7";

// Edges by the way people leave a stage.
inline constexpr std::string_view route_colour = "#555555";
inline constexpr std::string_view renege_colour = orange;
inline constexpr std::string_view deadline_colour = reddish_purple;
// A deadline that hands people over to the next duty with nothing lost: solid, not the dashed loss.
inline constexpr std::string_view handover_colour = blue;
// A place kept in a service stage while waiting at a supply stage: a link, not a move.
inline constexpr std::string_view held_place_colour = grey;
// In a comparison, a change better or worse for people, one that is neither
// (more or fewer people on an ordinary route), and one within the noise.
inline constexpr std::string_view better_colour = bluish_green;
inline constexpr std::string_view worse_colour = vermillion;
inline constexpr std::string_view unjudged_colour = blue;
inline constexpr std::string_view noise_colour = "#BBBBBB";

// Severity of a stage (drop-offs after it, waits in it), lightest first: a
// sequential yellow-orange-brown scale that reads in grey and with colour-vision
// deficiencies. Text on the last two levels is white.
inline constexpr std::array<std::string_view, 5> severity_fill = {"#FFFFFF", "#FFF2B2", "#FEC44F", "#E8700F",
                                                                  "#8C3A04"};
inline constexpr std::size_t first_dark_severity = 3;

inline constexpr double min_penwidth = 1.0;
inline constexpr double max_penwidth = 12.0;

// Characters per line before a label wraps: keeps nodes narrow in a wide model.
inline constexpr std::size_t title_wrap = 24;
inline constexpr std::size_t detail_wrap = 32;

}  // namespace pathways::diagram_style
