// The people pool: slots reused after a journey ends, visits that survive
// reuse, and the cohort counted while in the system.
#include <gtest/gtest.h>

#include "sim/people.h"

namespace pathways {
namespace {

TEST(People, AReleasedSlotIsReusedForTheNextArrival) {
    People people;
    const PersonId a = people.admit(0, 0, false);
    people.admit(0, 0, false);
    people.release(a);
    EXPECT_EQ(people.admit(1, 0, false), a);
    EXPECT_EQ(people.slots().size(), 2u);
}

TEST(People, AReusedSlotKeepsItsVisitCountSoOldEventsStayStale) {
    People people;
    const PersonId a = people.admit(0, 0, false);
    people[a].visit = 5;
    people.release(a);
    const PersonId b = people.admit(2, 3, true);
    ASSERT_EQ(b, a);
    EXPECT_EQ(people[b].visit, 5u);
    EXPECT_EQ(people[b].arrived, 2);
    EXPECT_EQ(people[b].profile, 3u);
    EXPECT_TRUE(people[b].live);
}

TEST(People, CohortMembersAreNumberedInArrivalOrderAndCountedUntilReleased) {
    People people;
    const PersonId a = people.admit(0, 0, true);
    const PersonId other = people.admit(0, 0, false);
    const PersonId b = people.admit(1, 0, true);
    EXPECT_EQ(people[a].number, 1u);
    EXPECT_EQ(people[other].number, 0u);
    EXPECT_EQ(people[b].number, 2u);
    EXPECT_EQ(people.cohort_in_system(), 2u);
    people.release(a);
    people.release(other);
    EXPECT_EQ(people.cohort_in_system(), 1u);
}

}  // namespace
}  // namespace pathways
