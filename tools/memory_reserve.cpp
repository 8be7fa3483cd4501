#include "memory_reserve.h"

#include <atomic>
#include <cstdlib>
#include <new>

#include "model/memory_room.h"

namespace pathways::cli {

namespace {

// Address space, not touched: a limit on it (ulimit -v, a container's) is
// what makes allocations fail rather than the kernel's out-of-memory killer.
// Under a tight limit a smaller reserve is taken: without any, the first
// failure would land in a destructor that allocates (nlohmann's dismantles
// deep documents with a stack of its own) and end the process.
constexpr std::size_t largest_reserve = std::size_t{64} << 20;
constexpr std::size_t smallest_reserve = std::size_t{1} << 20;

std::atomic<void*> reserve{nullptr};

// Returning retries the allocation, which may be inside a destructor and must
// not throw; the work stops at its next check_memory_room(). With the reserve
// spent already, there is nothing left but to throw.
void on_out_of_memory() {
    void* room = reserve.exchange(nullptr);
    if (room == nullptr) throw std::bad_alloc();
    std::free(room);
    note_memory_short();
}

}  // namespace

void keep_memory_reserve() {
    renew_memory_reserve();
    std::set_new_handler(on_out_of_memory);
}

void renew_memory_reserve() {
    clear_memory_short();
    if (reserve.load() != nullptr) return;
    void* room = nullptr;
    for (std::size_t bytes = largest_reserve; room == nullptr && bytes >= smallest_reserve; bytes /= 2)
        room = std::malloc(bytes);
    void* none = nullptr;
    if (room != nullptr && !reserve.compare_exchange_strong(none, room)) std::free(room);
}

}  // namespace pathways::cli
