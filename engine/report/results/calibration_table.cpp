// The calibration in plain words, for the terminal.
#include <cmath>
#include <sstream>

#include "report/results/calibration_output.h"
#include "report/text/figures_text.h"
#include "report/text/shared_text.h"

namespace pathways {

namespace {

// Three significant figures, and thousands grouped.
std::string short_figure(double x) {
    const double size = std::abs(x);
    if (size >= 1000) {
        std::string out = x < 0 ? "-" : "";
        return out.append(with_thousands(std::to_string(std::llround(size))));
    }
    if (size == 0) return "0";
    const int decimals = std::max(0, 2 - static_cast<int>(std::floor(std::log10(size))));
    return text::trimmed(x, decimals);
}

std::string value_text(const UncertainParameter& p, double v) {
    std::string out = p.scale ? "x" : "";
    return out.append(short_figure(v));
}

std::string span_text(const UncertainParameter& p, double low, double high) {
    return value_text(p, low) + " to " + value_text(p, high);
}

// The parameters the figures narrowed, each with its range before and after;
// then, in one list, those they left as they were.
void parameter_lines(const CalibrationRun& run, const Json& parameters, std::ostringstream& out) {
    std::vector<std::string> left;
    out << "\nWhat the figures narrowed\n";
    for (const UncertainParameter& p : run.parameters) {
        const Json& j = parameters.at(p.id);
        const std::string label = one_line(j.at("label").get<std::string>());
        if (j.at("region").is_null() || !j.at("narrowed").get<bool>()) {
            left.push_back(label);
            continue;
        }
        out << "  " << label << ": prior " << span_text(p, p.low, p.high) << ", now "
            << span_text(p, j["region"][0].get<double>(), j["region"][1].get<double>()) << "\n";
    }
    if (left.size() == run.parameters.size()) out << "  nothing\n";
    if (left.empty()) return;
    out << "\nLeft at their prior ranges (no figure constrains them enough): " << left.size() << "\n";
    std::string list;  // semicolons: labels hold commas
    for (const std::string& label : left) list.append(list.empty() ? "" : "; ").append(label);
    for (const std::string& line : wrap_words(list, 96)) out << "  " << line << "\n";
}

std::string figure_name(const CalibrationFigure& f) {
    return one_line((f.scenario.empty() ? "" : f.scenario + ": ") + f.label);
}

void figure_lines(const CalibrationRun& run, bool fitted, std::ostringstream& out) {
    out << (fitted ? "\nFitted to (calibration targets)\n"
                   : "\nNever fitted, so the honest test (validation targets)\n");
    bool any = false;
    const bool kept = !run.match.kept().empty();
    for (std::size_t t = 0; t < run.figures.size(); ++t) {
        const CalibrationFigure& f = run.figures[t];
        if (f.match.fit != fitted) continue;
        any = true;
        out << "  " << figure_name(f) << ": " << short_figure(f.match.low) << " to " << short_figure(f.match.high);
        if (kept) {
            const Spread95 spread = simulated_spread(run, t);
            out << "; met in " << text::percent(met_share(run.match, t, f.match)) << " of plausible worlds, which give "
                << short_figure(spread.p5) << " to " << short_figure(spread.p95) << " (middle "
                << short_figure(spread.p50) << ")";
        }
        out << "\n";
    }
    if (!any) out << "  none\n";
}

void cannot_meet_lines(const CalibrationRun& run, const Json& cannot, std::ostringstream& out) {
    const auto label = [&](const Json& name) {
        for (const CalibrationFigure& f : run.figures) {
            if (f.name == name.get<std::string>()) return figure_name(f);
        }
        return name.get<std::string>();
    };
    out << "\nNo world is plausible. These fitted figures cannot be met together, so the model's structure, not "
           "only its parameters, is at odds with them:\n";
    for (const Json& t : cannot.at("targets")) out << "  - no world tried meets " << label(t) << "\n";
    for (const Json& p : cannot.at("pairs"))
        out << "  - " << label(p[0]) << ", and " << label(p[1]) << ": each met in some worlds, never both\n";
    if (cannot.at("targets").empty() && cannot.at("pairs").empty())
        out << "  - each pair is met in some world, but no world meets three or more together\n";
}

}  // namespace

std::string calibration_table(const CalibrationRun& run) {
    const Json j = calibration_json(run);
    std::ostringstream out;
    std::size_t tried = 0;
    for (const MatchWave& w : run.match.waves) tried += w.worlds.size();
    out << "Calibration of " << one_line(run.model_name) << ": " << run.match.waves.size()
        << (run.match.waves.size() == 1 ? " wave, " : " waves, ") << tried << " worlds tried, "
        << j.at("worlds_kept").get<std::size_t>() << " plausible worlds kept\n";
    for (std::size_t w = 0; w < run.match.waves.size(); ++w) {
        const MatchWave& wave = run.match.waves[w];
        out << "  wave " << w + 1 << ": " << wave.worlds.size() << " tried, " << wave.kept << " kept";
        if (!wave.narrowed.empty()) out << "; narrowed " << wave.narrowed.size() << " of " << run.parameters.size();
        out << "\n";
    }
    out << "Stopped because " << j.at("stopped").get<std::string>() << ".\n";
    if (j.contains("cannot_meet")) {
        cannot_meet_lines(run, j.at("cannot_meet"), out);
    } else {
        parameter_lines(run, j.at("parameters"), out);
    }
    figure_lines(run, true, out);
    figure_lines(run, false, out);
    return out.str();
}

}  // namespace pathways
