// Deadline loops: a diversion that certainly brings people back to where the
// deadline's clock starts again is refused; one they may escape is not.
#include <gtest/gtest.h>

#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;

const char* const divert_to = "/deadlines/move_on_ends/divert_to";

// The example with move_on lasting exactly `days` and the deadline diverting back to its start.
Json back_to_start(double days) {
    return with(with(example(), "/stages/move_on/duration", days), divert_to, "decision");
}

TEST(ValidateDeadlines, ADiversionBackToTheStartThatPeopleMayBeatIsValid) {
    // move_on's lognormal stay may end before the 28 days are up.
    const LoadResult r = load(with(example(), divert_to, "decision"));
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
}

TEST(ValidateDeadlines, ALoopWherePeopleCannotLeaveFirstIsRefusedWithItsStages) {
    EXPECT_TRUE(has_error(load(back_to_start(40)), divert_to,
                          "people diverted by deadline 'move_on_ends' go round 'decision' -> 'move_on' -> "
                          "'decision', where its clock starts again"));
    EXPECT_TRUE(has_error(load(back_to_start(40)), divert_to, "every time it fires, so they never leave"));
}

TEST(ValidateDeadlines, ALoopThatTakesNoTimeIsSaidToNeverEnd) {
    EXPECT_TRUE(has_error(load(with(back_to_start(40), "/deadlines/move_on_ends/after", 0)), divert_to,
                          "at one instant, so the run never ends"));
}

TEST(ValidateDeadlines, LeavingAtTheInstantTheClockFiresComesFirst) {
    // Departures come before deadline diversions at the same instant.
    const LoadResult r = load(back_to_start(28));
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
}

TEST(ValidateDeadlines, ADiversionElsewhereIsNoLoop) {
    const LoadResult r = load(with(back_to_start(40), divert_to, "prs"));
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
}

TEST(ValidateDeadlines, AnotherDeadlineThatMayMovePeopleFirstBreaksTheLoop) {
    const Json other = {{"starts_at", "decision"}, {"after", 10}, {"applies_to", {"move_on"}}, {"divert_to", "prs"}};
    const LoadResult r = load(with(back_to_start(40), "/deadlines/early_exit", other));
    EXPECT_TRUE(r.ok()) << all_diagnostics(r);
}

}  // namespace
}  // namespace pathways
