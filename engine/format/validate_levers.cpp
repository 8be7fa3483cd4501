// Levers (format 1.2): what an officer can change, each driving figures of
// the model by JSON pointer. Checked here: words and range, that every path
// names a figure the lever can change, that a rebalanced share's group can
// take up the change over the whole range, and that no two drives put values
// at one figure.
#include <algorithm>
#include <cmath>
#include <map>

#include "format/levers.h"
#include "format/model_paths.h"
#include "format/suggest.h"
#include "format/validate.h"

namespace pathways {

namespace {

const std::vector<std::string> hows = {"set", "scale", "rebalance"};

// The first drive to reach each figure: which lever, where, and whether it multiplies.
struct Reached {
    std::string lever, pointer;
    bool multiplies = false;
};
using Claims = std::map<std::string, Reached>;

// A member in words that must be there and say something (keys() checks a free-text member's type).
std::string required_text(Reader& in, const Json& value, const std::string& p, const char* key) {
    const Json* v = in.required(value, p, key);
    if (!v) return "";
    std::string text = Reader::is_free_text(key) ? Reader::text(value, key) : in.string(*v, child(p, key)).value_or("");
    if (v->is_string() && text.empty()) in.error(child(p, key), "must not be empty");
    return text;
}

// [low, high] with low <= high and the default inside.
void read_range(Reader& in, Lever& lever, const Json& value, const std::string& p) {
    const auto given = in.required_number(value, p, "default");
    const Json* range = in.required(value, p, "range");
    if (!range) return;
    const std::string at = child(p, "range");
    if (!range->is_array() || range->size() != 2) {
        in.error(at, "must be [low, high], two numbers, got " + show(*range));
        return;
    }
    const auto low = in.number((*range)[0], child(at, std::size_t{0}));
    const auto high = in.number((*range)[1], child(at, std::size_t{1}));
    if (!low || !high || !given) return;
    lever.low = *low;
    lever.high = *high;
    lever.default_value = *given;
    if (*low > *high) in.error(child(at, std::size_t{1}), "must be >= low (" + show_number(*low) + ")");
    if (*given < *low || *given > *high)
        in.error(child(p, "default"), "must lie within the range [" + show_number(*low) + ", " + show_number(*high) +
                                          "], got " + show_number(*given));
}

// Each figure a drive changes, in the base model and every regime that sets it too.
std::vector<std::string> reached_figures(const Json& document, const std::string& path) {
    std::vector<std::string> places = {path};
    for (auto& place : regime_places(document, path)) places.push_back(std::move(place));
    std::vector<std::string> out;
    for (const std::string& place : places)
        for (auto& figure : expand_share_path(document, place)) out.push_back(std::move(figure));
    return out;
}

// Why a rebalanced share cannot take the lever's values over its range, or "".
std::string rebalance_problem(const Json& document, const Lever& lever, const LeverDrive& drive,
                              const std::string& figure) {
    const auto place = share_place(figure);
    if (const std::string why = share_problem(document, *place); !why.empty()) return why;
    const double share = number_at(document, figure)->get<double>();
    for (const double end : {lever.low, lever.high}) {
        const double target = lever_target(lever, drive, share, end);
        if (target < 0 || target > 1)
            return "at " + show_number(end) + " (an end of the range) the share would be " + show_number(target) +
                   ", outside 0 to 1";
    }
    return "";
}

// A regime whose patch writes the whole `next` list a share by position is in:
// the position may name another destination there.
std::string regime_rewriting(const Json& document, const SharePlace& place) {
    const Json* regimes = Reader::member(document, "regimes");
    if (!regimes || !regimes->is_object()) return "";
    for (const auto& [id, regime] : regimes->items()) {
        const Json* patch = Reader::member(regime, "patch");
        if (patch && patch_writes(*patch, place.next)) return id;
    }
    return "";
}

// A figure a lever puts its value at must hold the default in the model as
// written: at its default a lever leaves the model unchanged.
std::string default_problem(const Json& document, const Lever& lever, const std::string& figure) {
    const Json* value = number_at(document, figure);
    if (!value) return "";
    const double held = value->get<double>();
    if (std::abs(held - lever.default_value) <= 1e-9 * std::max(1.0, std::abs(held))) return "";
    return "the model's value at " + figure + " is " + show_number(held) + ", but the lever's default is " +
           show_number(lever.default_value) + ": a lever that sets a figure must default to its value";
}

// Why the drive's path names nothing this drive can change, or "".
std::string path_problem(const Json& document, const LeverDrive& drive) {
    const std::string quoted = "\"" + drive.path + "\"";
    try {
        Json::json_pointer{drive.path};
    } catch (const nlohmann::json::exception&) {
        return quoted + " is not a JSON pointer (it starts with '/', as /stages/x/capacity)";
    }
    if (drive.path.rfind("/regimes/", 0) == 0)
        return quoted + " is in a regime: name the base model's figure; the lever sets it in every regime that sets it";
    const bool share = share_place(drive.path) || names_shares_by_stage(drive.path);
    if (share && drive.how != LeverHow::rebalance)
        return quoted + " is a routing share: it changes only with \"how\": \"rebalance\", so that its group " +
               "still sums to 1";
    if (!share && drive.how == LeverHow::rebalance)
        return quoted + " is not a routing share (.../next/<position>/p, or .../next/<stage id>/p for every edge " +
               "to that stage)";
    if (const auto place = share_place(drive.path)) {
        if (const std::string regime = regime_rewriting(document, *place); !regime.empty())
            return quoted + " names a share by its position, but regime '" + regime + "' writes this `next` list " +
                   "anew, where the position may lead elsewhere: name it by destination (.../next/<stage id>/p)";
    }
    const auto figures = expand_share_path(document, drive.path);
    if (figures.empty()) return quoted + " names no edge of a `next` list in the model (after scenarios)";
    for (const std::string& figure : figures)
        if (!number_at(document, figure)) return quoted + " names no number in the model (after scenarios)";
    return "";
}

void claim(Reader& in, Claims& claims, const Lever& lever, const LeverDrive& drive, const std::string& figure,
           const std::string& p) {
    const auto [it, first] = claims.try_emplace(figure, Reached{lever.id, p, drive.multiplies()});
    if (first || (it->second.multiplies && drive.multiplies())) return;
    in.error(p, "drives " + figure + ", which " + it->second.pointer +
                    " drives too: two drives that put a value at one figure contradict each other (only "
                    "\"scale\" and \"rebalance\" with \"scale\": true compose, multiplying in turn)");
}

void read_drive(Reader& in, const Json& document, Lever& lever, const Json& value, const std::string& p,
                Claims& claims) {
    if (!in.object(value, p)) return;
    in.keys(value, p, {"path", "how", "scale"});
    LeverDrive drive;
    const Json* path = in.required(value, p, "path");
    const Json* how = in.required(value, p, "how");
    if (!path || !how) return;
    drive.path = in.string(*path, child(p, "path")).value_or("");
    const auto chosen = in.choice(*how, child(p, "how"), hows);
    if (!path->is_string() || !chosen) return;
    drive.how = static_cast<LeverHow>(*chosen);
    if (const Json* scale = Reader::member(value, "scale")) {
        drive.scale = in.boolean(*scale, child(p, "scale")).value_or(false);
        if (drive.how != LeverHow::rebalance) in.error(child(p, "scale"), "only a \"rebalance\" drive takes 'scale'");
    }
    if (drive.multiplies() && lever.default_value == 0)
        in.error(p, "multiplies by value / default, so the lever's default must not be 0");
    if (const std::string why = path_problem(document, drive); !why.empty()) return in.error(child(p, "path"), why);
    if (!drive.multiplies()) {
        for (const std::string& figure : expand_share_path(document, drive.path)) {
            if (const std::string why = default_problem(document, lever, figure); !why.empty())
                in.error(child(p, "path"), why);
        }
    }
    for (const std::string& figure : reached_figures(document, drive.path)) {
        if (drive.how == LeverHow::rebalance) {
            if (const std::string why = rebalance_problem(document, lever, drive, figure); !why.empty())
                in.error(child(p, "path"), figure + " is a routing share, but " + why);
        }
        claim(in, claims, lever, drive, figure, p);
    }
    lever.drives.push_back(std::move(drive));
}

Lever read_lever(Reader& in, const Json& document, const std::string& id, const Json& value, const std::string& p,
                 Claims& claims) {
    Lever lever;
    lever.id = id;
    in.id(id, p);
    if (!in.object(value, p)) return lever;
    in.keys(value, p, {"unit", "default", "range", "drives"});
    lever.label = required_text(in, value, p, "label");
    lever.unit = required_text(in, value, p, "unit");
    lever.source = Reader::text(value, "source");
    read_range(in, lever, value, p);
    const Json* drives = in.required(value, p, "drives");
    if (!drives || !in.array(*drives, child(p, "drives"))) return lever;
    if (drives->empty()) in.error(child(p, "drives"), "must list at least one figure the lever drives");
    for (std::size_t i = 0; i < drives->size(); ++i)
        read_drive(in, document, lever, (*drives)[i], child(child(p, "drives"), i), claims);
    return lever;
}

}  // namespace

std::vector<Lever> read_lever_definitions(Reader& in, const Json& document, const Json& value,
                                          const std::string& pointer) {
    std::vector<Lever> levers;
    Claims claims;
    in.entries(value, pointer, [&](const std::string& id, const Json& member, const std::string& at) {
        levers.push_back(read_lever(in, document, id, member, at, claims));
    });
    return levers;
}

void read_levers(LoadContext& c, const Json& document, const Json& value, const std::string& pointer) {
    c.model.levers = read_lever_definitions(c.in, document, value, pointer);
}

bool check_lever_values(const std::vector<Lever>& levers, const std::vector<LeverValue>& values,
                        std::vector<Diagnostic>& out) {
    std::vector<std::string> ids;
    for (const Lever& l : levers) ids.push_back(l.id);
    bool good = true;
    for (const LeverValue& v : values) {
        auto problem = [&](std::string message) {
            out.push_back({Diagnostic::Severity::error, v.file, v.pointer, std::move(message)});
            good = false;
        };
        const auto lever = std::find_if(levers.begin(), levers.end(), [&](const Lever& l) { return l.id == v.id; });
        if (lever == levers.end()) {
            problem("the model has no lever '" + v.id + "'" + did_you_mean(v.id, ids));
        } else if (v.value < lever->low || v.value > lever->high) {
            problem("must lie within the lever's range [" + show_number(lever->low) + ", " + show_number(lever->high) +
                    "] " + lever->unit + ", got " + show_number(v.value));
        }
    }
    return good;
}

}  // namespace pathways
