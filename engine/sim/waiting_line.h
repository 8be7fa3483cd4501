#pragma once
// The line at a service or supply stage: one first-come-first-served line per
// priority rank, rank 0 served first. Someone who leaves early (gives up, or is
// diverted by a deadline) is not searched for: their entry stays where it is
// and is skipped when it reaches the head, so leaving costs nothing.
#include <cstdint>
#include <optional>
#include <vector>

#include "sim/people.h"

namespace pathways {

class WaitingLine {
public:
    struct Entry {
        PersonId person;
        std::uint32_t visit;  // the visit that joined: a later visit of the same slot is someone else
    };

    // One line per rank; ranks beyond the last are served with the last.
    void set_ranks(std::size_t ranks) { ranks_.assign(ranks, Rank{}); }

    void join(std::size_t rank, Entry entry) {
        ranks_[rank].entries.push_back(entry);
        ++waiting_;
    }
    // Someone counted as waiting has stopped waiting (served, gave up, diverted).
    void leave() { --waiting_; }
    std::uint64_t waiting() const { return waiting_; }

    // Takes entries off the front, highest rank first, until one for whom
    // still_waiting(entry) holds; that person is next.
    template <class StillWaiting>
    std::optional<PersonId> next(StillWaiting still_waiting) {
        for (Rank& rank : ranks_) {
            while (rank.head < rank.entries.size()) {
                const Entry entry = rank.entries[rank.head++];
                if (still_waiting(entry)) {
                    rank.compact();
                    return entry.person;
                }
            }
            rank.compact();
        }
        return std::nullopt;
    }

private:
    // A vector read from `head`: no allocation per entry, unlike a deque.
    struct Rank {
        std::vector<Entry> entries;
        std::size_t head = 0;
        // Drops the served prefix once it is at least half the storage, so
        // each entry is moved at most once on average.
        void compact() {
            if (head == entries.size()) {
                entries.clear();
                head = 0;
            } else if (head >= 64 && 2 * head >= entries.size()) {
                entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(head));
                head = 0;
            }
        }
    };

    std::vector<Rank> ranks_;
    std::uint64_t waiting_ = 0;
};

// The ranks a stage's line needs: one per value of its priority attribute and
// one more for values the rule leaves out; one without a rule (first come,
// first served).
std::size_t priority_ranks(const Model& model, const Stage& stage);
// The rank in that line of someone of `profile`.
std::size_t priority_rank(const Model& model, const Stage& stage, std::uint32_t profile);

}  // namespace pathways
