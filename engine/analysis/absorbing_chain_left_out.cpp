// What reading a model as an absorbing chain ignores, said in plain words so
// that readers of exact figures know which mechanisms they do not include.
#include "analysis/absorbing_chain.h"

namespace pathways {

namespace {

void stage_left_out(const Stage& s, std::vector<std::string>& out) {
    if (s.kind == StageKind::service) {
        out.push_back("capacity of " + s.id + " (" + std::to_string(s.capacity) +
                      (s.capacity == 1 ? " place)" : " places)"));
    }
    if (s.kind == StageKind::supply) {
        out.push_back("supply releases at " + s.id + " (waiting for units is not counted)");
    }
    if (s.patience) out.push_back("queue patience at " + s.id);
    if (s.initial.count > 0) out.push_back("initial occupants at " + s.id);
}

}  // namespace

std::vector<std::string> left_out_of_chain(const Model& model) {
    std::vector<std::string> out;
    for (const Stage& s : model.stages) stage_left_out(s, out);
    for (const Deadline& d : model.deadlines) out.push_back("deadline " + d.id + " (after " + d.after.describe() + ")");
    for (const ArrivalStream& a : model.arrivals) {
        if (!a.in_cohort) out.push_back("background load " + a.id);
    }
    return out;
}

}  // namespace pathways
