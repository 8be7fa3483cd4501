#include "report/results/calibration_read.h"

#include <cmath>
#include <cstdint>

#include "format/json_reader.h"

namespace pathways {

namespace {

const Json& calibration_field(const Json& j, const std::string& key, const std::string& pointer) {
    if (!j.contains(key)) throw BadCalibration(pointer + ": missing '" + key + "'");
    return j.at(key);
}

const Json& object_field(const Json& j, const std::string& key, const std::string& pointer) {
    const Json& v = calibration_field(j, key, pointer);
    if (!v.is_object()) throw BadCalibration(child(pointer, key) + ": must be an object");
    return v;
}

double finite_number(const Json& v, const std::string& pointer) {
    if (!v.is_number() || !std::isfinite(v.get<double>())) throw BadCalibration(pointer + ": must be a number");
    return v.get<double>();
}

std::size_t whole_field(const Json& j, const std::string& key, const std::string& pointer) {
    const Json& v = calibration_field(j, key, pointer);
    if (!v.is_number_integer() || v.get<std::int64_t>() < 0)
        throw BadCalibration(child(pointer, key) + ": must be a whole number >= 0");
    return v.get<std::size_t>();
}

// A member that may be left out: its text, or `otherwise`.
std::string optional_text(const Json& j, const std::string& key, const std::string& pointer,
                          const std::string& otherwise) {
    if (!j.contains(key) || j.at(key).is_null()) return otherwise;
    if (!j.at(key).is_string()) throw BadCalibration(child(pointer, key) + ": must be text");
    return j.at(key).get<std::string>();
}

std::string required_text(const Json& j, const std::string& key, const std::string& pointer) {
    if (!calibration_field(j, key, pointer).is_string()) throw BadCalibration(child(pointer, key) + ": must be text");
    return j.at(key).get<std::string>();
}

CalibrationDigest::Range range_field(const Json& v, const std::string& pointer) {
    if (!v.is_array() || v.size() != 2) throw BadCalibration(pointer + ": must be [low, high]");
    const CalibrationDigest::Range r{finite_number(v.at(0), child(pointer, 0)),
                                     finite_number(v.at(1), child(pointer, 1))};
    if (r.low > r.high) throw BadCalibration(pointer + ": low is above high");
    return r;
}

CalibrationDigest::Parameter calibrated_parameter(const std::string& id, const Json& p, const std::string& pointer) {
    if (!p.is_object()) throw BadCalibration(pointer + ": must be an object");
    CalibrationDigest::Parameter out{id, optional_text(p, "label", pointer, id), {}, std::nullopt, false};
    out.prior = range_field(calibration_field(p, "prior", pointer), child(pointer, "prior"));
    const Json& region = calibration_field(p, "region", pointer);
    if (!region.is_null()) out.region = range_field(region, child(pointer, "region"));
    const Json& narrowed = calibration_field(p, "narrowed", pointer);
    if (!narrowed.is_boolean()) throw BadCalibration(child(pointer, "narrowed") + ": must be true or false");
    out.narrowed = narrowed.get<bool>();
    return out;
}

std::optional<double> met_share_field(const Json& t, const std::string& pointer) {
    const Json& v = calibration_field(t, "met_share", pointer);
    if (v.is_null()) return std::nullopt;
    const double share = finite_number(v, child(pointer, "met_share"));
    if (share < 0 || share > 1) throw BadCalibration(child(pointer, "met_share") + ": must be from 0 to 1, or null");
    return share;
}

// Written by `calibrate`; a file without it fitted every calibration target.
bool fitted_field(const Json& t, const std::string& pointer, bool otherwise) {
    if (!t.contains("fitted")) return otherwise;
    if (!t.at("fitted").is_boolean()) throw BadCalibration(child(pointer, "fitted") + ": must be true or false");
    return t.at("fitted").get<bool>();
}

CalibrationDigest::Target calibrated_target(const std::string& name, const Json& t, const std::string& pointer) {
    if (!t.is_object()) throw BadCalibration(pointer + ": must be an object");
    const std::string role = optional_text(t, "role", pointer, "");
    if (role != "calibration" && role != "validation")
        throw BadCalibration(child(pointer, "role") + ": must be \"calibration\" or \"validation\"");
    CalibrationDigest::Target out;
    out.name = name;
    out.label = optional_text(t, "label", pointer, "");
    out.scenario = optional_text(t, "scenario", pointer, "");
    out.validation = role == "validation";
    out.source = optional_text(t, "source", pointer, "");
    out.met_share = met_share_field(t, pointer);
    out.fitted = fitted_field(t, pointer, !out.validation);
    if (out.fitted && out.validation)
        throw BadCalibration(child(pointer, "fitted") + ": a validation target is never fitted");
    out.range = {finite_number(calibration_field(t, "low", pointer), child(pointer, "low")),
                 finite_number(calibration_field(t, "high", pointer), child(pointer, "high"))};
    if (out.range.low > out.range.high) throw BadCalibration(pointer + ": low is above high");
    return out;
}

std::vector<CalibrationDigest::Wave> calibration_waves(const Json& d) {
    const Json& waves = calibration_field(d, "waves", "");
    if (!waves.is_array()) throw BadCalibration("/waves: must be an array");
    std::vector<CalibrationDigest::Wave> out;
    for (std::size_t i = 0; i < waves.size(); ++i) {
        const std::string pointer = child("/waves", i);
        if (!waves.at(i).is_object()) throw BadCalibration(pointer + ": must be an object");
        out.push_back({whole_field(waves.at(i), "tried", pointer), whole_field(waves.at(i), "kept", pointer)});
        if (out.back().kept > out.back().tried) throw BadCalibration(pointer + ": keeps more worlds than it tried");
    }
    return out;
}

std::vector<std::string> target_names(const Json& v, const std::string& pointer) {
    if (!v.is_array()) throw BadCalibration(pointer + ": must be an array of target names");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v.at(i).is_string()) throw BadCalibration(child(pointer, i) + ": must be a target name");
        out.push_back(v.at(i).get<std::string>());
    }
    return out;
}

void read_cannot_meet(const Json& d, CalibrationDigest& out) {
    if (!d.contains("cannot_meet") || d.at("cannot_meet").is_null()) return;
    const Json& c = object_field(d, "cannot_meet", "");
    out.cannot_meet = target_names(calibration_field(c, "targets", "/cannot_meet"), "/cannot_meet/targets");
    const Json& pairs = calibration_field(c, "pairs", "/cannot_meet");
    if (!pairs.is_array()) throw BadCalibration("/cannot_meet/pairs: must be an array of pairs of target names");
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const auto pair = target_names(pairs.at(i), child("/cannot_meet/pairs", i));
        if (pair.size() != 2) throw BadCalibration(child("/cannot_meet/pairs", i) + ": must name two targets");
        out.cannot_meet_pairs.emplace_back(pair[0], pair[1]);
    }
}

// Shares and regions say something only of kept worlds.
void check_kept_worlds(const CalibrationDigest& out) {
    if (out.worlds_kept > 0) return;
    for (const auto& t : out.targets) {
        if (t.met_share)
            throw BadCalibration(child(child("/targets", t.name), "met_share") +
                                 ": must be null when no world was kept");
    }
    for (const auto& p : out.parameters) {
        if (p.region)
            throw BadCalibration(child(child("/parameters", p.id), "region") + ": must be null when no world was kept");
    }
}

CalibrationDigest calibration_digest(const Json& d) {
    if (!d.is_object() || !d.contains("format") || d.at("format") != "pathways-calibration/1")
        throw BadCalibration("/format: must be \"pathways-calibration/1\" (a file written by `pathways calibrate`)");
    CalibrationDigest out;
    out.uncertainty_sha256 = required_text(object_field(d, "model", ""), "uncertainty_sha256", "/model");
    for (const auto& [id, p] : object_field(d, "parameters", "").items())
        out.parameters.push_back(calibrated_parameter(id, p, child("/parameters", id)));
    out.waves = calibration_waves(d);
    for (const auto& [name, t] : object_field(d, "targets", "").items())
        out.targets.push_back(calibrated_target(name, t, child("/targets", name)));
    out.worlds_kept = whole_field(d, "worlds_kept", "");
    out.stopped = optional_text(d, "stopped", "", "");
    read_cannot_meet(d, out);
    check_kept_worlds(out);
    return out;
}

}  // namespace

const CalibrationDigest::Parameter* CalibrationDigest::find_parameter(const std::string& id) const {
    for (const Parameter& p : parameters) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

const CalibrationDigest::Target* CalibrationDigest::find_target(const std::string& name) const {
    for (const Target& t : targets) {
        if (t.name == name) return &t;
    }
    return nullptr;
}

CalibrationDigest read_calibration_json(const Json& document) { return calibration_digest(document); }

}  // namespace pathways
