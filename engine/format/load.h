#pragma once
// Reading a model (and scenarios) from JSON into a validated Model, collecting
// every problem with its JSON pointer.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/model.h"
#include "model/scenario_description.h"

namespace pathways {

using Json = nlohmann::ordered_json;

struct Diagnostic {
    enum class Severity { error, warning };
    Severity severity = Severity::error;
    std::string file;               // the model or scenario file the problem is in ("" when unknown)
    std::string pointer;            // JSON pointer, "" for the whole document
    std::string message;            // "must be > 0, got -2"
    std::string to_string() const;  // "FILE: /stages/x/capacity: must be ..."
};

struct LoadResult {
    std::optional<Model> model;           // set only when there is no error
    std::vector<Diagnostic> diagnostics;  // errors and warnings, in document order
    Json document;                        // the (patched) model document
    std::string canonical_sha256;         // of the patched model's canonical JSON
    std::vector<std::string> scenario_names;
    std::vector<ScenarioDescription> scenario_descriptions;  // parallel to scenario_names
    std::vector<std::string> scenario_sha256;                // of each scenario file's bytes
    std::string model_sha256;                                // of the model file's bytes
    bool ok() const { return model.has_value(); }
};

// Parses text as JSON (line and column on failure; refuses excessive nesting).
std::optional<Json> parse_json_text(const std::string& text, const std::string& file, std::vector<Diagnostic>& out);

// Validates a model document and builds the Model. `base`, when scenarios
// patched the document, is the model before them.
LoadResult load_model_document(const Json& document, const std::string& file = "", const Json* base = nullptr);

// Reads MODEL, applies each scenario (RFC 7386 merge patch) in order, validates.
LoadResult load_model_file(const std::string& model_path, const std::vector<std::string>& scenario_paths = {});

// A document's bytes and the name its problems carry (a file path, or a label
// for a document that came from elsewhere, such as a web request).
struct NamedText {
    std::string name, bytes;
};

// As load_model_file, for documents already in memory.
LoadResult load_model_text(const NamedText& model, const std::vector<NamedText>& scenarios = {});

// Why the model's arrivals over its horizon pass the limit a replication can
// hold (model-format.md, "Limits"), or "" when they do not. Also for a horizon
// given on the command line, which the document's validation never saw.
std::string expected_arrivals_problem(const Model& model);
// The same for the periods results are counted in (periods.h, max_periods).
std::string periods_problem(const Model& model);

std::string sha256_hex(const std::string& bytes);

}  // namespace pathways
