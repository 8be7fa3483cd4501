#pragma once
// The reserve behind model/memory_room.h: room set aside at start so that a
// command that runs out of memory says so (exit 1), and a server answers 503
// and goes on, instead of aborting.

namespace pathways::cli {

// Sets the reserve aside and installs the out-of-memory handler. Called once, first in main.
void keep_memory_reserve();

// After a handled std::bad_alloc: clears the mark and sets the reserve aside
// again, when there is room for it.
void renew_memory_reserve();

}  // namespace pathways::cli
