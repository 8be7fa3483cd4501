#include "report/results/calibrate_document.h"

#include <cmath>

#include "model/distributions.h"

namespace pathways {

namespace {

// Days to the thousandth (under two minutes) keep the model readable.
double rounded(double days) { return std::round(days * 1000) / 1000; }

std::string source_of(std::size_t cases, const std::string& file) {
    return "calibrated from " + std::to_string(cases) + (cases == 1 ? " case in " : " cases in ") + file;
}

// A duration with no spread reads best as a plain number of days; any other
// is written in the terms of one of its module's forms (model/dist_*.h).
Json duration_json(const Duration& d) {
    if (std::optional<Days> days = d.exact_days()) return *days;
    const DistSpec& spec = dist_spec(d.kind);
    const FormValues terms = in_file_terms(d, rounded);
    const std::vector<DistParameter>& parameters = spec.forms[terms.form].parameters;
    Json json = {{"dist", spec.name}};
    if (parameters.front().list) {
        json[parameters.front().name] = terms.values;
        return json;
    }
    for (std::size_t i = 0; i < parameters.size(); ++i) json[parameters[i].name] = terms.values[i];
    return json;
}

std::string stage_note(const Calibration& c, const CalibratedStage& s) {
    std::string note = "Duration: " + s.fit->describe() + ". Shares ";
    note += s.split_by ? "split by " + c.attributes[*s.split_by].name +
                             " (its values' shares differ: chi-square test, p < 0.01)"
                       : std::string("pooled over all cases");
    note += ", from " + std::to_string(s.departures) + " recorded moves out.";
    if (s.departures < few_observations) {
        note += " Fewer than ";
        note += std::to_string(few_observations);
        note += " moves: rough.";
    }
    if (s.open_here > 0) {
        note += ' ';
        note += std::to_string(s.open_here);
        note += " cases were still here when the data end.";
    }
    return note;
}

Json edges_json(const Calibration& c, const CalibratedStage& s) {
    Json next = Json::array();
    for (const CalibratedEdge& e : s.next) {
        Json edge = {{"to", c.stages[e.to].id}, {"p", e.p}};
        if (e.when)
            edge["when"] = {
                {c.attributes[e.when->attribute].name, c.attributes[e.when->attribute].values[e.when->value]}};
        next.push_back(edge);
    }
    return next;
}

Json stage_json(const Calibration& c, const CalibratedStage& s, const std::string& file) {
    const std::string source = source_of(s.cases, file);
    if (s.outcome) {
        const std::string kind = outcome_kind_name(s.kind);
        return {{"label", s.label},
                {"outcome", kind},
                {"note", s.kind_recognised ? "Outcome kind guessed from the stage's name (" + kind + "): check it."
                                           : "Outcome kind not recognised from the stage's name, so neutral: "
                                             "change it to settled or drop_off if it is one."},
                {"source", source}};
    }
    return {{"label", s.label},         {"duration", duration_json(s.fit->chosen)},
            {"next", edges_json(c, s)}, {"note", stage_note(c, s)},
            {"source", source},         {"sources", {{"duration", source}, {"next", source}}}};
}

Json arrivals_json(const Calibration& c, const std::string& file) {
    Json arrivals = Json::object();
    for (const CalibratedArrivals& a : c.arrivals) {
        const std::string& to = c.stages[a.to].id;
        Json stream = {{"to", to}, {"rate_per_day", a.rate_per_day}};
        if (a.batch) stream["batches"] = Json::array({{{"day", a.batch->day}, {"size", a.batch->size}}});
        if (!c.attributes.empty()) {
            Json mix = Json::object();
            for (std::size_t i = 0; i < c.attributes.size(); ++i) {
                for (std::size_t v = 0; v < c.attributes[i].values.size(); ++v) {
                    mix[c.attributes[i].name][c.attributes[i].values[v]] = a.mix[i][v];
                }
            }
            stream["mix"] = mix;
        }
        stream["source"] = source_of(a.cases, file);
        arrivals[c.arrivals.size() == 1 ? std::string("cases") : "cases_to_" + to] = stream;
    }
    return arrivals;
}

std::string model_note(const Calibration& c, const std::string& file) {
    return "Built by pathways calibrate from the case records in " + file + ": " + std::to_string(c.cases) +
           " cases, " + std::to_string(c.open_cases) + " still open when the data end (" +
           format_date(c.last_day, c.date_form) + "). Day 0 is " + format_date(c.first_day, c.date_form) +
           ". Outcome kinds were guessed from stage names: check them. Each stage's duration was chosen by AICc "
           "among exponential, lognormal, gamma and empirical fits, counting open cases as censored.";
}

}  // namespace

Json calibration_document(const Calibration& c, const std::string& file) {
    Json doc = {{"format", "pathways/1"},
                {"name", "Calibrated from " + file},
                {"note", model_note(c, file)},
                {"source", source_of(c.cases, file)}};
    if (!c.attributes.empty()) {
        Json attributes = Json::object();
        for (const Attribute& a : c.attributes) attributes[a.name] = a.values;
        doc["attributes"] = attributes;
    }
    doc["arrivals"] = arrivals_json(c, file);
    Json stages = Json::object();
    for (const CalibratedStage& s : c.stages) stages[s.id] = stage_json(c, s, file);
    doc["stages"] = stages;
    doc["simulation"] = {{"horizon_days", c.arrival_span_days > 0 ? c.arrival_span_days : 1.0},
                         {"warmup_days", 0},
                         {"replications", 30},
                         {"seed", 1}};
    return doc;
}

}  // namespace pathways
