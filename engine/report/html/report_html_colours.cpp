// The report's colours in one place: the categorical order, the colour of each
// outcome kind and of households still in the pathway, and the words that
// name them, so a chart's legend and the text beside it cannot disagree.
#include <algorithm>
#include <map>

#include "report/html/report_html_parts.h"
#include "report/text/shared_text.h"

namespace pathways::report {

const std::vector<std::string>& palette() {
    static const std::vector<std::string> colours = {colour::blue,   colour::orange,   colour::green,
                                                     colour::purple, colour::sky_blue, colour::vermillion,
                                                     colour::yellow, colour::black};
    return colours;
}

namespace {

// Settled outcomes in greens and blues, drop-offs in vermillion, orange and
// yellow, other ends in purple and black; grey is kept for households still
// in the pathway, so no outcome shares its colour.
const std::vector<std::string>& family_of(const std::string& kind) {
    static const std::vector<std::string> settled = {colour::green, colour::blue, colour::sky_blue};
    static const std::vector<std::string> dropped = {colour::vermillion, colour::orange, colour::yellow};
    static const std::vector<std::string> neutral = {colour::purple, colour::black};
    return kind == "settled" ? settled : kind == "drop_off" ? dropped : neutral;
}

// The plain name a reader would give each colour.
std::string colour_name(const std::string& hex) {
    static const std::map<std::string, std::string> names = {
        {colour::black, "black"},           {colour::orange, "orange"}, {colour::sky_blue, "light blue"},
        {colour::green, "green"},           {colour::yellow, "yellow"}, {colour::blue, "dark blue"},
        {colour::vermillion, "red-orange"}, {colour::purple, "pink"},   {colour::grey, "grey"}};
    auto found = names.find(hex);
    return found == names.end() ? hex : found->second;
}

}  // namespace

std::string outcome_colour(const std::string& kind, std::size_t nth) {
    const auto& family = family_of(kind);
    return family[nth % family.size()];
}

Series outcome_series(const std::vector<OutcomeInfo>& outcomes) {
    Series s;
    std::map<std::string, std::size_t> nth;
    for (const auto& o : outcomes) {
        s.names.push_back(o.label);
        s.colours.push_back(outcome_colour(o.kind, nth[o.kind]++));
    }
    return s;
}

std::string outcome_colour_words(const std::vector<OutcomeInfo>& outcomes, const std::string& still) {
    std::vector<std::string> parts;
    for (const char* kind : {"settled", "drop_off", "neutral"}) {
        std::vector<std::string> names;
        std::size_t nth = 0;
        for (const auto& o : outcomes) {
            if (o.kind != kind) continue;
            const std::string name = colour_name(outcome_colour(o.kind, nth++));
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        }
        if (names.empty()) continue;
        const std::string what = std::string(kind) == "settled"    ? "settled homes"
                                 : std::string(kind) == "drop_off" ? "drop-offs"
                                                                   : "other ends";
        parts.push_back(listed(names) + " for " + what);
    }
    parts.push_back(colour_name(colour::still) + " for " + still);
    std::string out = "Colours: ";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i == 0 ? "" : "; ") + parts[i];
    return out + ".";
}

}  // namespace pathways::report
