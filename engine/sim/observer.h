#pragma once
// What the engine tells an observer about each stage visit of a cohort member
// (journey traces, tests). Statistics are collected by the engine itself, so a
// run with no observer pays nothing for this.
#include <cstdint>
#include <optional>

#include "model/model.h"

namespace pathways {

enum class LeaveReason : std::uint8_t { route, renege, deadline, outcome, unfinished };

const char* leave_reason_name(LeaveReason r);

struct VisitRecord {
    std::uint64_t person = 0;  // pseudonymous: 1, 2, ... in arrival order within the replication
    std::uint32_t replication = 0;
    StageIndex stage = 0;
    Days entered = 0;
    std::optional<Days> started;  // service start or unit received (waiting stages)
    Days left = 0;
    LeaveReason how = LeaveReason::route;
    std::uint32_t profile = 0;
};

class VisitObserver {
public:
    virtual ~VisitObserver() = default;
    virtual void on_visit(const VisitRecord& visit) = 0;
};

}  // namespace pathways
