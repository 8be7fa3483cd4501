#pragma once
// The limits a replication stops at, so that a runaway model ends with a
// message instead of exhausting time or memory.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace pathways {

// A replication went past RunOptions::max_events.
struct EventLimitExceeded : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A replication had more than RunOptions::max_people in the pathway at once.
struct PeopleLimitExceeded : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A replication ran past RunOptions::stop_by (wall-clock time).
struct TimeLimitExceeded : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A replication was ended by RunOptions::cancel.
struct RunCancelled : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] inline void run_cancelled(std::uint32_t replication) {
    throw RunCancelled("replication " + std::to_string(replication + 1) + " was stopped before its end");
}

[[noreturn]] inline void event_limit_passed(std::uint32_t replication, std::uint64_t limit) {
    throw EventLimitExceeded("replication " + std::to_string(replication + 1) + " passed " + std::to_string(limit) +
                             " events (--max-events); no results were written");
}

[[noreturn]] inline void people_limit_passed(std::uint32_t replication, std::uint64_t limit) {
    throw PeopleLimitExceeded("replication " + std::to_string(replication + 1) + " had more than " +
                              std::to_string(limit) +
                              " people in the pathway at once (--max-people); no results were written");
}

[[noreturn]] inline void time_limit_passed(std::uint32_t replication) {
    throw TimeLimitExceeded("replication " + std::to_string(replication + 1) +
                            " ran past its time limit; no results were written");
}

}  // namespace pathways
