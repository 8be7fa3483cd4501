// What reading a model as an absorbing chain ignores, said in plain words so
// that readers of exact figures know which mechanisms they do not include.
#include <cmath>

#include "analysis/absorbing_chain.h"
#include "model/number_text.h"
#include "model/periods.h"

namespace pathways {

namespace {

std::string day_number(Days day) { return fixed_text(day, std::floor(day) == day ? 0 : 1); }

void stage_left_out(const Model& model, const Stage& s, std::vector<std::string>& out) {
    if (s.kind == StageKind::service) {
        out.push_back("capacity of " + s.id + " (" + std::to_string(s.capacity) +
                      (s.capacity == 1 ? " place)" : " places)"));
    }
    if (s.kind == StageKind::supply) {
        out.push_back("supply releases at " + s.id + " (waiting for units is not counted)");
    }
    if (s.patience) out.push_back("queue patience at " + s.id);
    if (s.initial.count > 0) out.push_back("initial occupants at " + s.id);
    // The chain holds a supply stage for no time and frees the service place on leaving it.
    if (s.held_in) {
        out.push_back("places kept in " + model.stages[*s.held_in].id + " while waiting at " + s.id +
                      " (the wait counts outside " + model.stages[*s.held_in].id +
                      ": the kept place's occupancy and cost are not counted)");
    }
}

}  // namespace

std::vector<std::string> left_out_of_chain(const Model& base) {
    const Model& model = rules_at_day_zero(base);
    std::vector<std::string> out;
    for (const Stage& s : model.stages) stage_left_out(model, s, out);
    for (const Deadline& d : model.deadlines) out.push_back("deadline " + d.id + " (after " + d.after.describe() + ")");
    for (const ArrivalStream& a : model.arrivals) {
        if (!a.in_cohort) out.push_back("background load " + a.id);
    }
    for (const Regime& r : base.regimes) {
        if (r.from > 0) {
            const auto& start = base.simulation.start_date;
            const std::string when =
                start ? date_of(*start, r.from) + " (day " + day_number(r.from) + ")" : "day " + day_number(r.from);
            out.push_back("regime " + r.id + " from " + when +
                          ": not in the exact solution, which uses the rules in force at day 0");
        }
    }
    return out;
}

}  // namespace pathways
