// The waiting line: priority ranks served in order, first come first served
// within a rank, and people who left early skipped when they reach the head.
#include <gtest/gtest.h>

#include <set>

#include "sim/waiting_line.h"

namespace pathways {
namespace {

const auto everyone_waits = [](const WaitingLine::Entry&) { return true; };

TEST(WaitingLine, AHigherRankIsServedBeforeALowerOneWhateverTheOrderOfJoining) {
    WaitingLine line;
    line.set_ranks(2);
    line.join(1, {10, 1});
    line.join(0, {20, 1});
    EXPECT_EQ(line.next(everyone_waits), PersonId{20});
    EXPECT_EQ(line.next(everyone_waits), PersonId{10});
}

TEST(WaitingLine, WithinARankTheFirstToJoinIsServedFirst) {
    WaitingLine line;
    line.set_ranks(1);
    for (PersonId p : {3, 1, 2}) line.join(0, {p, 1});
    EXPECT_EQ(line.next(everyone_waits), PersonId{3});
    EXPECT_EQ(line.next(everyone_waits), PersonId{1});
    EXPECT_EQ(line.next(everyone_waits), PersonId{2});
    EXPECT_EQ(line.next(everyone_waits), std::nullopt);
}

TEST(WaitingLine, SomeoneWhoLeftEarlyIsSkippedAndTheirEntryDropped) {
    WaitingLine line;
    line.set_ranks(1);
    line.join(0, {1, 1});
    line.join(0, {2, 1});
    line.leave();  // person 1 gave up
    const std::set<PersonId> gone{1};
    auto still_waiting = [&](const WaitingLine::Entry& e) { return !gone.contains(e.person); };
    EXPECT_EQ(line.waiting(), 1u);
    EXPECT_EQ(line.next(still_waiting), PersonId{2});
    EXPECT_EQ(line.next(everyone_waits), std::nullopt);
}

TEST(WaitingLine, AnOldVisitOfAReusedSlotIsNotServed) {
    WaitingLine line;
    line.set_ranks(1);
    line.join(0, {7, 1});
    line.join(0, {7, 3});  // the slot's next occupant, on a later visit
    auto current_visit = [](const WaitingLine::Entry& e) { return e.visit == 3; };
    EXPECT_EQ(line.next(current_visit), PersonId{7});
    EXPECT_EQ(line.next(everyone_waits), std::nullopt);
}

TEST(WaitingLine, ALongLineKeepsItsOrderThroughManyJoinsAndServices) {
    WaitingLine line;
    line.set_ranks(1);
    PersonId joined = 0, served = 0;
    for (int round = 0; round < 100; ++round) {
        for (int i = 0; i < 30; ++i) line.join(0, {joined++, 1});
        for (int i = 0; i < 20; ++i) EXPECT_EQ(line.next(everyone_waits), served++);
    }
    while (auto p = line.next(everyone_waits)) EXPECT_EQ(*p, served++);
    EXPECT_EQ(served, joined);
}

}  // namespace
}  // namespace pathways
