// Validating a model document section by section and building the Model.
#include "format/load.h"

#include "format/validate.h"
#include "model/profile_reach.h"

namespace pathways {

namespace {

const std::vector<std::string> model_formats = {"pathways/1", "pathways/1.1", "pathways/1.2"};

using Section = void (*)(LoadContext&, const Json&, const std::string&);

const std::vector<std::pair<std::string, Section>>& sections() {
    static const std::vector<std::pair<std::string, Section>> table = {
        {"stages", read_stages},         {"arrivals", read_arrivals}, {"deadlines", read_deadlines},
        {"simulation", read_simulation}, {"targets", read_targets},
    };
    return table;
}

// Stage ids first, so that any section may name any stage whatever the order.
void declare_stages(LoadContext& c, const Json& document) {
    const Json* stages = Reader::member(document, "stages");
    if (!stages || !stages->is_object()) return;
    for (const auto& [id, stage] : stages->items()) {
        if (Reader::is_free_text(id)) continue;
        c.stage_lookup.emplace(id, static_cast<StageIndex>(c.stage_ids.size()));
        c.stage_ids.push_back(id);
        c.model.stages.emplace_back().id = id;
    }
}

// The declared format, kept in the model: it decides which keys the document may have.
// False when the document is not a model at all (a scenario given as the model).
bool read_format(LoadContext& c, const Json& document) {
    const Json* format = c.in.required(document, "", "format");
    if (!format) return true;
    for (const auto& name : model_formats) {
        if (*format == name) c.model.format = name;
    }
    if (*format == c.model.format) return true;
    const bool scenario = format->is_string() && format->get<std::string>().starts_with("pathways-scenario");
    c.in.error("/format", "must be \"pathways/1\", \"pathways/1.1\" or \"pathways/1.2\", got " + show(*format) +
                              (scenario ? " (this is a scenario: give it with -s after the model)" : ""));
    return !scenario;
}

bool read_header(LoadContext& c, const Json& document) {
    if (!read_format(c, document)) return false;
    std::vector<std::string> known = {"format",      "name",  "currency", "attributes", "regimes",
                                      "uncertainty", "rules", "measures", "levers"};
    for (const auto& [name, section] : sections()) known.push_back(name);
    c.in.keys(document, "", known);
    for (const char* key : {"regimes", "uncertainty"}) member_1_1(c, document, "", key);
    for (const char* key : {"rules", "measures", "levers"}) member_1_2(c, document, "", key);
    if (const Json* v = Reader::member(document, "name")) c.model.name = c.in.string(*v, "/name").value_or("");
    if (const Json* v = Reader::member(document, "currency"))
        c.model.currency = c.in.string(*v, "/currency").value_or("");
    c.model.note = Reader::text(document, "note");
    c.model.source = Reader::text(document, "source");
    return true;
}

// What a runnable model must have: stages with an outcome, arrivals, a horizon.
void check_essentials(LoadContext& c, const Json& document) {
    for (const char* key : {"stages", "arrivals", "simulation"}) c.in.required(document, "", key);
    const Json* arrivals = Reader::member(document, "arrivals");
    if (arrivals && arrivals->is_object() && arrivals->empty())
        c.in.error("/arrivals", "the model has no arrivals: add at least one arrival stream");
    bool outcome = false;
    for (const auto& s : c.model.stages) outcome = outcome || s.kind == StageKind::outcome;
    if (Reader::member(document, "stages") && !outcome)
        c.in.error("/stages", "no stage is an outcome: add at least one (settled, drop_off or neutral)");
}

void read_document(LoadContext& c, const Json& document) {
    if (!c.in.object(document, "") || !read_header(c, document)) return;
    if (const Json* attributes = Reader::member(document, "attributes")) read_attributes(c, *attributes, "/attributes");
    declare_stages(c, document);
    for (const auto& [key, value] : document.items()) {
        for (const auto& [name, section] : sections()) {
            if (name == key) section(c, value, "/" + key);
        }
    }
    check_essentials(c, document);
    index_stages(c.model);
    // Measures belong to the base model (a regime may not patch them); before
    // targets, which may name their statistics.
    const Json* measures = c.model.version_1_2() ? Reader::member(document, "measures") : nullptr;
    if (measures && !c.rules_of_a_regime) read_measures(c, *measures, "/measures");
    // Target paths are checked against every figure a run has, period by period:
    // with far too many periods (refused already) there would be no end to them.
    const Json* targets = Reader::member(document, "targets");
    if (targets && periods_problem(c.model).empty()) check_target_paths(c, *targets, "/targets");
    // The rules of the base model hold under every regime: a regime's own copy is not read.
    if (const Json* rules = Reader::member(document, "rules"); rules && c.model.version_1_2() && !c.rules_of_a_regime)
        read_rules(c, document, *rules, "/rules");
    check_expected_arrivals(c);
    // Reachability means something only once every edge is known to be right.
    // With regimes, who reaches a stage depends on all of them (read_regimes checks it).
    const bool regimes = c.rules_of_a_regime || Reader::member(document, "regimes");
    if (c.model.version_1_1() && c.in.errors() == 0 && !regimes) check_reached_shares(c, reachable_profiles(c.model));
    if (c.in.errors() == 0) check_reachability(c);
    // A regime's rules are checked again as the last regime's (read_regimes).
    const Json* regimes_member = Reader::member(document, "regimes");
    const bool rules_change =
        c.rules_of_a_regime || (regimes_member && regimes_member->is_object() && !regimes_member->empty());
    if (c.in.errors() == 0) check_instant_loops(c);
    if (c.in.errors() == 0) check_deadline_loops(c, true, !rules_change);
    // In a pathways/1 file these keys have already been refused as needing 1.1.
    if (c.model.version_1_1()) {
        if (const Json* regimes = Reader::member(document, "regimes")) read_regimes(c, document, *regimes, "/regimes");
        if (const Json* uncertainty = Reader::member(document, "uncertainty"))
            read_uncertainty(c, document, *uncertainty, "/uncertainty");
    }
    // Levers are checked once, against the model as written, not again in each regime's rules.
    if (const Json* levers = Reader::member(document, "levers");
        levers && c.model.version_1_2() && !c.rules_of_a_regime)
        read_levers(c, document, *levers, "/levers");
    if (c.in.errors() == 0) check_arrivals_reach(c);
}

LoadResult load_document(const Json& document, const std::string& file, bool rules_of_a_regime, const Json* base,
                         bool hashed) {
    LoadResult result;
    result.document = document;
    Reader in(file, result.diagnostics);
    Model model;
    LoadContext context{in, model, {}, {}, rules_of_a_regime, base};
    read_document(context, document);
    if (in.errors() == 0) result.model = std::move(model);
    // Canonical JSON: keys sorted (nlohmann::json keeps them so), no spaces.
    // Rules built only to be checked (a regime's, a model at the ends of its
    // ranges) are never run or reported, so they need no hash.
    if (hashed)
        result.canonical_sha256 =
            sha256_hex(nlohmann::json(document).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return result;
}

}  // namespace

LoadResult load_model_document(const Json& document, const std::string& file, const Json* base) {
    return load_document(document, file, false, base, true);
}

LoadResult load_regime_rules(const Json& document) { return load_document(document, "", true, nullptr, false); }

LoadResult load_model_to_check(const Json& document) { return load_document(document, "", false, nullptr, false); }

}  // namespace pathways
