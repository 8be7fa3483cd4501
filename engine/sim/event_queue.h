#pragma once
// The future event list: a binary heap ordered by (time, priority, insertion
// sequence). Events are never removed early: each carries the generation of
// what it acts on (a person's visit, a deadline clock), and a stale event is
// skipped when it comes up. That makes cancellation free.
#include <bit>
#include <cstdint>
#include <vector>

#include "model/duration.h"

namespace pathways {

// Same-instant order, written down: a change of rules first (format 1.1), then
// departures, deadline diversions, reneging, unit releases, and arrivals last,
// so that anyone who leaves at an instant frees their place before anyone
// arriving then looks for one.
enum class EventType : std::uint8_t {
    regime_switch = 0,   // a dated regime comes into force
    departure = 1,       // end of a delay or of service
    deadline = 2,        // a deadline clock fires
    renege = 3,          // a waiting person's patience runs out
    supply_release = 4,  // a Poisson unit release at a supply stage
    supply_batch = 5,    // a batch of units at a supply stage
    arrival = 6,         // the next Poisson arrival of a stream
    arrival_batch = 7,   // a batch of arrivals
};

struct Event {
    Days time;
    std::uint64_t order;       // priority in the top byte, insertion sequence below
    std::uint32_t subject;     // person, or stream/stage index
    std::uint32_t generation;  // visit or clock generation, batch index, or rules epoch
    std::uint32_t aux;         // stage or deadline index, or rules epoch
    EventType type() const { return static_cast<EventType>(order >> 56); }
};

class EventQueue {
public:
    void push(Days time, EventType type, std::uint32_t subject, std::uint32_t generation, std::uint32_t aux) {
        Event e{time, (static_cast<std::uint64_t>(type) << 56) | sequence_++, subject, generation, aux};
        heap_.push_back(e);
        sift_up(heap_.size() - 1);
    }
    bool empty() const { return heap_.empty(); }
    std::size_t size() const { return heap_.size(); }
    const Event& top() const { return heap_.front(); }
    Event pop() {
        Event e = heap_.front();
        heap_.front() = heap_.back();
        heap_.pop_back();
        if (!heap_.empty()) sift_down(0);
        return e;
    }

private:
    // Times are never negative, so their bit patterns order like the times:
    // one branch-free comparison of (time bits, order) pairs.
    static bool before(const Event& a, const Event& b) {
        const auto ta = std::bit_cast<std::uint64_t>(a.time), tb = std::bit_cast<std::uint64_t>(b.time);
        return (ta < tb) | ((ta == tb) & (a.order < b.order));
    }
    void sift_up(std::size_t i) {
        Event e = heap_[i];
        while (i > 0) {
            std::size_t parent = (i - 1) / 2;
            if (!before(e, heap_[parent])) break;
            heap_[i] = heap_[parent];
            i = parent;
        }
        heap_[i] = e;
    }
    void sift_down(std::size_t i) {
        Event e = heap_[i];
        const std::size_t n = heap_.size();
        for (;;) {
            std::size_t child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && before(heap_[child + 1], heap_[child])) ++child;
            if (!before(heap_[child], e)) break;
            heap_[i] = heap_[child];
            i = child;
        }
        heap_[i] = e;
    }

    std::vector<Event> heap_;
    std::uint64_t sequence_ = 0;
};

}  // namespace pathways
