// Freeing JSON trees without allocating, so that running out of memory while
// one is built reaches the command's handler as std::bad_alloc.
#include <gtest/gtest.h>

#include <new>

#include "format/json_free.h"

namespace pathways {
namespace {

Json tree() { return Json{{"a", {1, 2, {{"b", {3, 4}}}}}, {"c", "text"}}; }

TEST(JsonFree, DismantleEmptiesEveryContainer) {
    Json j = tree();
    dismantle(j);
    EXPECT_TRUE(j.is_object());
    EXPECT_TRUE(j.empty());
}

TEST(JsonFree, TheGuardDismantlesOnlyWhenAnExceptionLeavesItsScope) {
    Json kept = tree();
    { const DismantleOnThrow guard(kept); }
    EXPECT_EQ(kept, tree());
    Json built = tree();
    try {
        const DismantleOnThrow guard(built);
        throw std::bad_alloc();
    } catch (const std::bad_alloc&) {
        EXPECT_TRUE(built.empty());
    }
}

}  // namespace
}  // namespace pathways
