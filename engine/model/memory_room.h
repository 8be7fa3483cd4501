#pragma once
// Running out of memory must end in std::bad_alloc thrown from ordinary code.
// Freeing a JSON tree allocates (nlohmann's destructor moves a container's
// children into a new vector first), so an allocation can fail inside a
// noexcept destructor, where throwing terminates the process. The program
// therefore keeps a reserve of memory: the first allocation to fail frees it,
// is retried from the room it leaves and marks memory as short; the long
// loops (replications, writing results) call check_memory_room() and stop
// there with std::bad_alloc, unwinding in the room the reserve left.

namespace pathways {

// Marks memory as short. Called by the out-of-memory handler that freed the reserve.
void note_memory_short() noexcept;

// Throws std::bad_alloc when memory has run short since the mark was last cleared.
void check_memory_room();

// Clears the mark once the work that ran short has been abandoned and freed.
void clear_memory_short() noexcept;

}  // namespace pathways
