// pathways calibrate: builds a model from case records. Case records are
// personal data: nothing here prints a case identifier.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli_common.h"
#include "commands.h"
#include "format/file_bytes.h"
#include "report/results/calibrate_document.h"
#include "terminal_text.h"

namespace pathways::cli {

namespace {

// The calibrated document must load as a model; if it does not, that is a
// fault in calibration, reported as a failed run rather than bad input.
void check_loads(const Json& document) {
    LoadResult loaded = load_model_document(document, "calibrated model");
    if (loaded.ok()) return;
    for (const Diagnostic& d : loaded.diagnostics) std::cerr << terminal_line(d.to_string()) << "\n";
    throw RunError("the calibrated model does not validate");
}

// "household,needs_interpreter", possibly given more than once.
CaseRecordOptions record_options(const std::vector<std::string>& declared) {
    CaseRecordOptions options;
    for (const std::string& list : declared) {
        std::size_t start = 0;
        while (start <= list.size()) {
            const std::size_t comma = std::min(list.find(',', start), list.size());
            if (comma > start) options.attributes.push_back(list.substr(start, comma - start));
            start = comma + 1;
        }
    }
    return options;
}

int calibrate(const std::string& events, const std::string& out, const CaseRecordOptions& options) {
    const std::string text = read_file(events, max_case_record_bytes);
    if (out != "-") refuse_if_input(out);  // before the work, not after it
    const std::string file = std::filesystem::path(events).filename().string();
    Json document;
    try {
        const CaseRecords records = read_case_records(text, options);
        for (const std::string& w : records.warnings) std::cerr << "warning: " << terminal_line(w) << "\n";
        const Calibration calibration = calibrate(records);
        for (const std::string& w : calibration.warnings) std::cerr << "warning: " << terminal_line(w) << "\n";
        document = calibration_document(calibration, file);
    } catch (const CaseRecordProblems& p) {
        for (const std::string& problem : p.problems) std::cerr << terminal_line(events + ": " + problem) << "\n";
        return exit_bad_input;
    }
    check_loads(document);
    const std::string content = document.dump(2) + "\n";
    write_output(out, content);
    if (out != "-") std::cerr << "wrote " << terminal_line(out) << "\n";
    return exit_ok;
}

// Options of either kind that take a value: the word after them is not the input.
bool takes_value(const std::string& option) {
    static const std::vector<std::string> with_value{"-o",
                                                     "--out",
                                                     "-a",
                                                     "--attributes",
                                                     "-s",
                                                     "--scenario",
                                                     "--with-targets",
                                                     "--fit",
                                                     "-r",
                                                     "--replications",
                                                     "--seed",
                                                     "-j",
                                                     "--threads",
                                                     "--waves",
                                                     "--draws",
                                                     "--cutoff",
                                                     "--discrepancy",
                                                     "--horizon",
                                                     "--warmup",
                                                     "--max-events",
                                                     "--max-people",
                                                     "--precision",
                                                     "--precision-mean",
                                                     "--max-replications"};
    return std::find(with_value.begin(), with_value.end(), option) != with_value.end();
}

// The input decides what is calibrated: a model (.json) is matched to its
// published figures; anything else is read as case records.
bool names_a_model(const Args& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--") return i + 1 < args.size() && std::filesystem::path(args[i + 1]).extension() == ".json";
        if (!args[i].empty() && args[i][0] == '-') {
            if (takes_value(args[i])) ++i;
            continue;
        }
        std::string extension = std::filesystem::path(args[i]).extension().string();
        for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return extension == ".json";
    }
    return false;
}

}  // namespace

int calibrate_command(const Args& args) {
    if (names_a_model(args)) return calibrate_model_command(args);
    return run_guarded("calibrate", [&] {
        po::options_description options("Calibrate options");
        // One option a line, as --help lists them.
        // clang-format off
        options.add_options()
            ("events", po::value<std::string>()->required(),
             "the case records: CSV with columns case_id,stage,date and the declared attribute columns")
            ("attributes,a", po::value<std::vector<std::string>>()->default_value(std::vector<std::string>{}, "none"),
             "the attribute columns, comma-separated (e.g. household,needs_interpreter); any other column is refused")
            ("out,o", po::value<std::string>()->default_value("-"), "write the model here ('-': standard output)");
        // clang-format on
        po::positional_options_description positional;
        positional.add("events", 1);
        auto vm =
            parse_options("calibrate",
                          "EVENTS.csv [--attributes NAME,...] [--out MODEL]\n   or: pathways calibrate MODEL.json "
                          "[options]  (match a model to published figures; see --help after MODEL.json)",
                          options, positional, args);
        if (!vm) return exit_ok;
        return calibrate((*vm)["events"].as<std::string>(), (*vm)["out"].as<std::string>(),
                         record_options((*vm)["attributes"].as<std::vector<std::string>>()));
    });
}

}  // namespace pathways::cli
