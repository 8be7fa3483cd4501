#include "report/results/trace_csv.h"

#include <algorithm>

#include "report/results/csv.h"

namespace pathways {

void TraceRecorder::on_visit(const VisitRecord& visit) {
    if (sample_ == 0 || visit.person <= sample_) visits_.push_back(visit);
}

namespace {

// A person's visits arrive in event order, interleaved with others'; rows read
// best grouped by person, in the order of their journey.
std::vector<VisitRecord> by_person(std::vector<VisitRecord> visits) {
    std::stable_sort(visits.begin(), visits.end(),
                     [](const VisitRecord& a, const VisitRecord& b) { return a.person < b.person; });
    return visits;
}

}  // namespace

std::string trace_csv(const Model& model, const std::vector<std::unique_ptr<VisitObserver>>& recorders) {
    CsvWriter csv;
    std::vector<std::string> header = {"person", "replication", "stage", "entered", "started", "left", "how"};
    for (const Attribute& a : model.attributes) header.push_back(a.name);
    csv.row(header);
    // People are numbered afresh across the file so that a number names one
    // journey even when several replications are traced.
    std::uint64_t number = 0;
    for (const auto& observer : recorders) {
        const auto* recorder = dynamic_cast<const TraceRecorder*>(observer.get());
        if (!recorder) continue;
        std::uint64_t previous = 0;
        for (const VisitRecord& v : by_person(recorder->visits())) {
            if (v.person != previous) ++number;
            previous = v.person;
            std::vector<std::string> row = {
                std::to_string(number),  std::to_string(v.replication + 1),       model.stages[v.stage].id,
                csv_number(v.entered),   v.started ? csv_number(*v.started) : "", csv_number(v.left),
                leave_reason_name(v.how)};
            for (std::uint32_t a = 0; a < model.attributes.size(); ++a) {
                row.push_back(model.attributes[a].values[model.profile_value(v.profile, a)]);
            }
            csv.row(row);
        }
    }
    return csv.str();
}

}  // namespace pathways
