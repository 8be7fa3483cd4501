#include "model/memory_room.h"

#include <atomic>
#include <new>

namespace pathways {

namespace {

std::atomic<bool> memory_short{false};

}  // namespace

void note_memory_short() noexcept { memory_short.store(true, std::memory_order_relaxed); }

void check_memory_room() {
    if (memory_short.load(std::memory_order_relaxed)) throw std::bad_alloc();
}

void clear_memory_short() noexcept { memory_short.store(false, std::memory_order_relaxed); }

}  // namespace pathways
