#pragma once
// Freeing JSON trees without allocating. nlohmann's destructor first moves a
// container's children into a new vector (so deep trees cannot overflow the
// stack); when memory has run out that allocation throws inside a noexcept
// destructor and the process aborts, where the command should have said "out
// of memory". Emptying a tree from its leaves up allocates nothing.
#include <exception>

#include "format/load.h"

namespace pathways {

inline void dismantle(Json& j) noexcept {
    if (j.is_array()) {
        auto& items = j.get_ref<Json::array_t&>();
        for (Json& item : items) dismantle(item);
        items.clear();
    } else if (j.is_object()) {
        auto& members = j.get_ref<Json::object_t&>();
        for (auto& member : members) dismantle(member.second);
        members.clear();
    }
}

// Dismantles a tree being built when its scope is left by an exception, so
// that std::bad_alloc reaches the command's handler instead of aborting.
class DismantleOnThrow {
public:
    explicit DismantleOnThrow(Json& j) : j_(j), exceptions_(std::uncaught_exceptions()) {}
    ~DismantleOnThrow() {
        if (std::uncaught_exceptions() > exceptions_) dismantle(j_);
    }
    DismantleOnThrow(const DismantleOnThrow&) = delete;
    DismantleOnThrow& operator=(const DismantleOnThrow&) = delete;

private:
    Json& j_;
    int exceptions_;
};

}  // namespace pathways
