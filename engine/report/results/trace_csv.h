#pragma once
// Journey traces: one CSV row per stage visit of a cohort member, the outcome
// reached as its own row. The person column is a pseudonymous number, and
// `person,stage,entered` are themselves valid case records for calibrate.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sim/observer.h"

namespace pathways {

// Keeps the visits of the first `sample` cohort members of a replication (all when 0).
class TraceRecorder : public VisitObserver {
public:
    explicit TraceRecorder(std::uint64_t sample) : sample_(sample) {}
    void on_visit(const VisitRecord& visit) override;
    const std::vector<VisitRecord>& visits() const { return visits_; }

private:
    std::uint64_t sample_;
    std::vector<VisitRecord> visits_;
};

// Rows of every recorder, replication by replication.
std::string trace_csv(const Model& model, const std::vector<std::unique_ptr<VisitObserver>>& recorders);

}  // namespace pathways
