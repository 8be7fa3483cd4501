// The engine against results known from queueing theory and Markov chains.
#include <cmath>
#include <map>

#include <gtest/gtest.h>

#include "model_builder.h"
#include "run_helpers.h"

namespace pathways::testing {
namespace {

double factorial(int n) { return n <= 1 ? 1.0 : n * factorial(n - 1); }

// Erlang C: probability that an arrival waits in M/M/c with offered load a = lambda/mu.
double erlang_c(int c, double a) {
    double sum = 0;
    for (int k = 0; k < c; ++k) sum += std::pow(a, k) / factorial(k);
    double top = std::pow(a, c) / factorial(c) * c / (c - a);
    return top / (sum + top);
}

TEST(QueueingTheory, MMcServiceMatchesErlangC) {
    const double lambda = 2.0, service_mean = 1.2;
    const int c = 3;
    ModelBuilder b;
    b.settings(20000, 1000, 20, 7);
    b.arrivals("desk", lambda);
    b.service("desk", c, exponential(service_mean), {{"done", 1.0}});
    b.outcome("done");
    RunResults r = run(b.build());
    const double a = lambda * service_mean, mu = 1 / service_mean;
    const double wq = erlang_c(c, a) / (c * mu - lambda);
    EXPECT_TRUE(agrees(r, "stages.desk.mean_wait_days", wq));
    EXPECT_TRUE(agrees(r, "stages.desk.utilisation", a / c));
    EXPECT_TRUE(agrees(r, "stages.desk.mean_queue_length", lambda * wq));
    EXPECT_TRUE(agrees(r, "time_in_system_days.mean", wq + service_mean));
}

TEST(QueueingTheory, JacksonNetworkWithFeedbackMatchesTimeInSystemAndVisits) {
    // A (M/M/1, mean 0.2) feeds back to itself with 0.3, else goes to B (M/M/2, mean 0.5).
    const double lambda = 2.0;
    ModelBuilder b;
    b.settings(20000, 1000, 40, 12);
    b.arrivals("a", lambda);
    b.service("a", 1, exponential(0.2), {{"a", 0.3}, {"b", 0.7}});
    b.service("b", 2, exponential(0.5), {{"done", 1.0}});
    b.outcome("done");
    RunResults r = run(b.build());
    const double visits_a = 1 / 0.7, lambda_a = lambda * visits_a;
    const double w_a = 1 / (5.0 - lambda_a);  // M/M/1 sojourn
    const double mu_b = 2.0, a_b = lambda / mu_b;
    const double w_b = erlang_c(2, a_b) / (2 * mu_b - lambda) + 0.5;
    EXPECT_TRUE(agrees(r, "time_in_system_days.mean", visits_a * w_a + w_b));
    const double cohort = r.stat("cohort.size").mean;
    EXPECT_NEAR(r.stat("stages.a.entries").mean / cohort, visits_a, 0.01);
    EXPECT_TRUE(agrees(r, "stages.a.utilisation", lambda_a * 0.2));
}

TEST(QueueingTheory, BenchmarkNetworkMeanTimeInSystemIsExact) {
    // The benchmark model of the speed comparison, on a shorter horizon.
    ModelBuilder b;
    b.settings(5000, 500, 10, 3);
    b.arrivals("move_on", 10.0);
    b.delay("move_on", exponential(20), {{"assessment", 0.6}, {"private_rental", 0.4}});
    b.service("assessment", 3, exponential(0.25), {{"ta", 0.7}, {"private_rental", 0.3}});
    b.service("ta", 150, exponential(12), {{"offer", 0.5}, {"private_rental", 0.5}});
    b.service("offer", 2, exponential(0.5), {{"social", 1.0}});
    b.service("private_rental", 4, exponential(0.3), {{"private", 1.0}});
    b.outcome("social");
    b.outcome("private");
    RunResults r = run(b.build());
    EXPECT_TRUE(agrees(r, "time_in_system_days.mean", 25.636, 0.01));
}

// Records each person's wait at one stage, by attribute profile.
class WaitsByProfile : public VisitObserver {
public:
    explicit WaitsByProfile(StageIndex stage) : stage_(stage) {}
    void on_visit(const VisitRecord& v) override {
        if (v.stage != stage_ || !v.started) return;
        sum_[v.profile] += *v.started - v.entered;
        ++count_[v.profile];
    }
    double mean(std::uint32_t profile) const { return sum_.at(profile) / count_.at(profile); }

private:
    StageIndex stage_;
    std::map<std::uint32_t, double> sum_;
    std::map<std::uint32_t, double> count_;
};

TEST(QueueingTheory, NonPreemptivePriorityMM1MatchesCobhamWaits) {
    // Two classes share one place; class "urgent" (value 0) is served first.
    const double lambda = 0.8, share_urgent = 0.3, mean_service = 1.0;
    ModelBuilder b;
    b.settings(20000, 1000, 20, 5);
    b.attribute("need", {"urgent", "routine"});
    ArrivalStream& a = b.arrivals("desk", lambda);
    a.mix = {{share_urgent, 1 - share_urgent}};
    Stage& desk = b.service("desk", 1, exponential(mean_service), {{"done", 1.0}});
    desk.priority = PriorityRule{0, {0, 1}};
    b.outcome("done");
    Model model = b.build();
    RunRequest request;
    request.replications = 20;
    request.threads = 2;
    request.observer_for = [](std::uint32_t) { return std::make_unique<WaitsByProfile>(0); };
    RunResults r = run_model(model, request);
    std::vector<double> urgent, routine;
    for (const auto& o : r.observers) {
        const auto& w = dynamic_cast<const WaitsByProfile&>(*o);
        urgent.push_back(w.mean(0));
        routine.push_back(w.mean(1));
    }
    const double rho1 = lambda * share_urgent * mean_service, rho = lambda * mean_service;
    const double w0 = lambda * 2 * mean_service * mean_service / 2;  // residual work: lambda E[S^2] / 2
    const Stat su = summarise(urgent), sr = summarise(routine);
    EXPECT_NEAR(su.mean, w0 / (1 - rho1), 1.5 * su.half_width());
    EXPECT_NEAR(sr.mean, w0 / ((1 - rho1) * (1 - rho)), 1.5 * sr.half_width());
}

TEST(QueueingTheory, PoissonSupplyBehavesAsMM1) {
    // Units released at rate mu to a FIFO line fed at rate lambda: the wait is
    // an M/M/1 sojourn, 1 / (mu - lambda).
    const double lambda = 0.5, mu = 0.8;
    ModelBuilder b;
    b.settings(40000, 2000, 20, 9);
    b.arrivals("lets", lambda);
    b.supply("lets", mu, {{"housed", 1.0}});
    b.outcome("housed");
    RunResults r = run(b.build());
    EXPECT_TRUE(agrees(r, "stages.lets.mean_wait_days", 1 / (mu - lambda)));
    EXPECT_TRUE(agrees(r, "stages.lets.mean_occupancy", lambda / (mu - lambda)));
}

TEST(MarkovChain, OutcomeSharesAndDaysMatchTheAbsorbingChain) {
    // a (mean 10) -> b 0.3 / c 0.7; b (mean 5) -> x; c (mean 2) -> a 0.5 / y 0.5.
    // P(x) = 0.3 / (1 - 0.35) = 6/13. Visits to a: 1/0.65 per person.
    // Given x: each pass a->c->a adds 12 d; passes before the exit are geometric
    // with the same law whatever the exit, so E[days | x] = 10 + 5 + 12 * 0.35/0.65,
    // and E[days | y] = 10 + 2 + 12 * 0.35/0.65.
    ModelBuilder b;
    b.settings(3000, 0, 20, 13);
    b.arrivals("a", 2.0);
    b.delay("a", exponential(10), {{"b", 0.3}, {"c", 0.7}});
    b.delay("b", exponential(5), {{"x", 1.0}});
    b.delay("c", exponential(2), {{"a", 0.5}, {"y", 0.5}});
    b.outcome("x");
    b.outcome("y", OutcomeKind::drop_off);
    RunResults r = run(b.build());
    const double loops = 12 * 0.35 / 0.65;
    EXPECT_TRUE(agrees(r, "outcomes.x.share", 6.0 / 13));
    EXPECT_TRUE(agrees(r, "outcomes.y.share", 7.0 / 13));
    EXPECT_TRUE(agrees(r, "outcomes.x.days_to_outcome.mean", 15 + loops));
    EXPECT_TRUE(agrees(r, "outcomes.y.days_to_outcome.mean", 12 + loops));
    EXPECT_TRUE(agrees(r, "stages.c.drop_offs_after", r.stat("outcomes.y.count").mean));
}

}  // namespace
}  // namespace pathways::testing
