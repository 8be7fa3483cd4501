// Same seed, same figures, whatever the thread count; another seed, other figures.
#include <gtest/gtest.h>

#include "model_builder.h"
#include "run_helpers.h"

namespace pathways::testing {
namespace {

Model small_network(std::uint64_t seed) {
    ModelBuilder b;
    b.settings(300, 30, 6, seed);
    b.attribute("household", {"single", "family"});
    ArrivalStream& a = b.arrivals("casework", 2.0);
    a.mix = {{0.7, 0.3}};
    Stage& casework = b.service("casework", 3, Duration{DistKind::lognormal, 0.5, 0.8, 0, {}}, {});
    casework.priority = PriorityRule{0, {1, 0}};
    b.conditional_edge("casework", "home", 0.6, 0, 0).conditional_edge("casework", "street", 0.4, 0, 0);
    b.conditional_edge("casework", "home", 1.0, 0, 1);
    b.renege_to("casework", "street", exponential(4));
    b.outcome("home");
    b.outcome("street", OutcomeKind::drop_off);
    return b.build();
}

TEST(Reproducibility, OneAndTwoThreadsGiveIdenticalReplications) {
    Model m = small_network(42);
    RunResults one = run(m, 1), two = run(m, 2);
    ASSERT_EQ(one.replications.size(), two.replications.size());
    for (std::size_t r = 0; r < one.replications.size(); ++r) {
        EXPECT_EQ(one.replications[r], two.replications[r]) << "replication " << r;
    }
    EXPECT_EQ(one.curves, two.curves);
    EXPECT_EQ(one.events, two.events);
}

TEST(Reproducibility, AnotherSeedGivesOtherResults) {
    RunResults a = run(small_network(42)), b = run(small_network(43));
    EXPECT_NE(a.replications[0], b.replications[0]);
}

TEST(Reproducibility, ReplicationsDifferFromEachOther) {
    RunResults a = run(small_network(42));
    EXPECT_NE(a.replications[0], a.replications[1]);
}

}  // namespace
}  // namespace pathways::testing
