#include "sim/observer.h"

namespace pathways {

const char* leave_reason_name(LeaveReason r) {
    switch (r) {
        case LeaveReason::route: return "moved_on";
        case LeaveReason::renege: return "gave_up_waiting";
        case LeaveReason::deadline: return "deadline";
        case LeaveReason::outcome: return "outcome";
        case LeaveReason::unfinished: return "unfinished";
    }
    return "?";
}

}  // namespace pathways
