// Giving levers values: each drive changes its figures in the base model and
// in every regime that sets the same figure, lever by lever in the order the
// model declares them, so that later levers see what earlier ones did.
#include <algorithm>

#include "format/levers.h"
#include "format/model_paths.h"

namespace pathways {

namespace {

void apply_drive(Json& document, const Lever& lever, const LeverDrive& drive, double value) {
    std::vector<std::string> places = {drive.path};
    for (auto& place : regime_places(document, drive.path)) places.push_back(std::move(place));
    for (const std::string& place : places) {
        for (const std::string& figure : expand_share_path(document, place)) {
            const double before = number_at(document, figure)->get<double>();
            const double target = lever_target(lever, drive, before, value);
            if (drive.how == LeverHow::rebalance)
                rebalance_share(document, *share_place(figure), target);
            else
                set_number(document, figure, target);
        }
    }
}

}  // namespace

double lever_target(const Lever& lever, const LeverDrive& drive, double figure, double value) {
    return drive.multiplies() ? figure * (value / lever.default_value) : value;
}

Json apply_levers(const Json& document, const std::vector<Lever>& levers, const std::vector<LeverValue>& values) {
    Json out = document;
    for (const Lever& lever : levers) {
        const auto given =
            std::find_if(values.rbegin(), values.rend(), [&lever](const LeverValue& v) { return v.id == lever.id; });
        // At its default a lever leaves the model as written, to the last bit of every share.
        if (given == values.rend() || given->value == lever.default_value) continue;
        for (const LeverDrive& drive : lever.drives) apply_drive(out, lever, drive, given->value);
    }
    return out;
}

}  // namespace pathways
