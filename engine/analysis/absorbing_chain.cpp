// Exact analysis of the model as an absorbing Markov chain. With Q the
// transient-to-transient shares, R the transient-to-outcome shares and T the
// mean sojourns, the fundamental matrix N = (I - Q)^-1 is never formed: every
// figure comes from sparse LU solves with I - Q or its transpose.
#include "analysis/absorbing_chain.h"

#include <map>
#include <numeric>
#include <set>
#include <stdexcept>

#include <Eigen/Dense>
#include <Eigen/SparseLU>

namespace pathways {

namespace {

using SparseMatrix = Eigen::SparseMatrix<double>;
using Vector = Eigen::VectorXd;

// Transient states are (stage, attribute profile) pairs: entering a stage
// applies its `sets`, so one arrival profile may carry several profiles along
// the way. The arrival profile has a state at every stage that keeps it, as
// the chain had before stages could set values (a state nobody reaches adds
// nothing, and the figures of models without `sets` stay exactly as they
// were); other profiles have states only where people can take them.
// Absorbing states are the outcome stages, whatever the profile. Pairs are
// numbered by stage, then profile.
struct StateLayout {
    struct State {
        StageIndex stage = 0;
        std::uint32_t profile = 0;
        auto operator<=>(const State&) const = default;
    };
    std::vector<State> transient;
    std::vector<StageIndex> absorbing;
    std::vector<Eigen::Index> outcome_of;  // stage -> index among absorbing
    std::map<State, Eigen::Index> state_of;

    StateLayout(const Model& model, std::uint32_t profile, const std::vector<double>& start)
        : outcome_of(model.stages.size()) {
        for (StageIndex s = 0; s < model.stages.size(); ++s) {
            if (model.stages[s].kind != StageKind::outcome) continue;
            outcome_of[s] = static_cast<Eigen::Index>(absorbing.size());
            absorbing.push_back(s);
        }
        std::set<State> states = reachable(model, profile, start);
        for (StageIndex s = 0; s < model.stages.size(); ++s) {
            if (model.stages[s].kind != StageKind::outcome && model.after_entering(s, profile) == profile) {
                states.insert({s, profile});
            }
        }
        transient.assign(states.begin(), states.end());
        for (std::size_t i = 0; i < transient.size(); ++i) state_of[transient[i]] = static_cast<Eigen::Index>(i);
    }
    // The state of a person entering stage `to` with `profile`, if transient and laid out.
    std::optional<Eigen::Index> entering(const Model& model, StageIndex to, std::uint32_t profile) const {
        auto at = state_of.find({to, model.after_entering(to, profile)});
        return at == state_of.end() ? std::nullopt : std::optional(at->second);
    }
    Eigen::Index n() const { return static_cast<Eigen::Index>(transient.size()); }
    Eigen::Index m() const { return static_cast<Eigen::Index>(absorbing.size()); }

private:
    // Edges that carry nobody (a share of 0) reach nothing: the rules of a
    // stage need only hold for the profiles that can get there.
    static std::set<State> reachable(const Model& model, std::uint32_t profile, const std::vector<double>& start) {
        std::set<State> seen;
        std::vector<State> todo;
        auto enter = [&](StageIndex s, std::uint32_t p) {
            if (model.stages[s].kind == StageKind::outcome) return;
            State state{s, model.after_entering(s, p)};
            if (seen.insert(state).second) todo.push_back(state);
        };
        for (StageIndex s = 0; s < model.stages.size(); ++s) {
            if (start[s] > 0) enter(s, profile);
        }
        while (!todo.empty()) {
            const State state = todo.back();
            todo.pop_back();
            for (const Edge& e : model.stages[state.stage].next) {
                if (e.p > 0 && model.applies(e, state.profile)) enter(e.to, state.profile);
            }
        }
        return seen;
    }
};

// I - Q (sparse) and R (dense: outcomes are few). An edge into a pair that is
// not laid out carries a share of 0 or leaves a state nobody reaches, so it
// is left out.
void chain_matrices(const Model& model, const StateLayout& layout, SparseMatrix& a, Eigen::MatrixXd& r) {
    std::vector<Eigen::Triplet<double>> entries;
    r = Eigen::MatrixXd::Zero(layout.n(), layout.m());
    for (Eigen::Index i = 0; i < layout.n(); ++i) {
        entries.emplace_back(i, i, 1.0);
        const auto [stage, profile] = layout.transient[i];
        for (const Edge& e : model.stages[stage].next) {
            if (!model.applies(e, profile)) continue;
            if (model.stages[e.to].kind == StageKind::outcome) {
                r(i, layout.outcome_of[e.to]) += e.p;
            } else if (auto j = layout.entering(model, e.to, profile)) {
                entries.emplace_back(i, *j, -e.p);
            }
        }
    }
    a.resize(layout.n(), layout.n());
    a.setFromTriplets(entries.begin(), entries.end());  // duplicates (parallel edges) are summed
    a.makeCompressed();
}

template <typename Solver>
void factorise(Solver& solver, const SparseMatrix& a) {
    solver.analyzePattern(a);
    solver.factorize(a);
    if (solver.info() != Eigen::Success) {
        throw std::invalid_argument("the chain has stages from which no outcome can be reached");
    }
}

// Adds the transient part: visits v = start N, absorption B = N R, and for
// each outcome k, w_k = N (T .* b_k), whose start-weighted sum is the expected
// days spent by those who end in k. Start weights and visits are per state;
// a stage's visits sum them over profiles.
void solve_transient(const Model& model, std::uint32_t profile, const StateLayout& layout,
                     const std::vector<double>& start, ChainFigures& f, std::vector<double>& person_days) {
    SparseMatrix a;
    Eigen::MatrixXd r;
    chain_matrices(model, layout, a, r);
    Vector start_t = Vector::Zero(layout.n()), sojourn(layout.n());
    for (StageIndex s = 0; s < model.stages.size(); ++s) {
        if (auto i = start[s] > 0 ? layout.entering(model, s, profile) : std::nullopt) start_t(*i) += start[s];
    }
    for (Eigen::Index i = 0; i < layout.n(); ++i)
        sojourn(i) = mean_sojourn_days(model.stages[layout.transient[i].stage]);
    Eigen::SparseLU<SparseMatrix> lu, lu_t;
    factorise(lu, a);
    factorise(lu_t, SparseMatrix(a.transpose()));
    const Vector visits = lu_t.solve(start_t);
    const Eigen::MatrixXd b = lu.solve(r);
    const Eigen::MatrixXd w = lu.solve(sojourn.asDiagonal() * b);
    for (Eigen::Index i = 0; i < layout.n(); ++i) f.visits[layout.transient[i].stage] += visits(i);
    f.time_in_system_days = visits.dot(sojourn);
    for (Eigen::Index k = 0; k < layout.m(); ++k) {
        const StageIndex s = layout.absorbing[k];
        f.outcome_probability[s] += start_t.dot(b.col(k));
        person_days[s] = start_t.dot(w.col(k));
    }
}

}  // namespace

double mean_sojourn_days(const Stage& stage) {
    if (stage.kind == StageKind::outcome || stage.kind == StageKind::supply || !stage.duration) return 0;
    return stage.duration->mean();
}

ChainFigures solve_chain(const Model& model, std::uint32_t profile, const std::vector<double>& start) {
    const StateLayout layout(model, profile, start);
    ChainFigures f;
    f.outcome_probability.assign(model.stages.size(), 0.0);
    f.days_to_outcome.assign(model.stages.size(), std::nullopt);
    f.visits.assign(model.stages.size(), 0.0);
    // Person-days spent before reaching each outcome; arrivals straight into an
    // outcome reach it at once and add none.
    std::vector<double> person_days(model.stages.size(), 0.0);
    for (StageIndex s : layout.absorbing) f.outcome_probability[s] = start[s];
    if (layout.n() > 0) solve_transient(model, profile, layout, start, f, person_days);
    for (StageIndex s : layout.absorbing) {
        const double p = f.outcome_probability[s];
        f.visits[s] = p;
        if (p > 0) f.days_to_outcome[s] = person_days[s] / p;
    }
    return f;
}

namespace {

// The weighted mixture of profiles' figures: probabilities, visits and time
// average by weight; days to an outcome average by weight times its probability.
ChainFigures mixture(const std::vector<ProfileFigures>& profiles, std::size_t stages) {
    ChainFigures m;
    m.outcome_probability.assign(stages, 0.0);
    m.days_to_outcome.assign(stages, std::nullopt);
    m.visits.assign(stages, 0.0);
    std::vector<double> person_days(stages, 0.0);
    double total = 0;
    for (const ProfileFigures& p : profiles) total += p.weight;
    for (const ProfileFigures& p : profiles) {
        const double w = p.weight / total;
        m.time_in_system_days += w * p.figures.time_in_system_days;
        for (std::size_t s = 0; s < stages; ++s) {
            m.visits[s] += w * p.figures.visits[s];
            m.outcome_probability[s] += w * p.figures.outcome_probability[s];
            person_days[s] += w * p.figures.outcome_probability[s] * p.figures.days_to_outcome[s].value_or(0.0);
        }
    }
    for (std::size_t s = 0; s < stages; ++s) {
        if (m.outcome_probability[s] > 0) m.days_to_outcome[s] = person_days[s] / m.outcome_probability[s];
    }
    return m;
}

}  // namespace

const Model& rules_in_force(const Model& model, double day) {
    const Model* in_force = &model;
    for (const Regime& r : model.regimes) {
        if (r.from <= day && r.rules) in_force = r.rules.get();
    }
    return *in_force;
}

const Model& rules_at_day_zero(const Model& model) { return rules_in_force(model, 0); }

ChainAnalysis analyse_chain(const Model& base) {
    ChainAnalysis analysis;
    const Model& model = rules_at_day_zero(base);
    const std::vector<std::vector<double>> arrivals = expected_cohort_arrivals(model);
    for (std::uint32_t p = 0; p < arrivals.size(); ++p) {
        const double weight = std::accumulate(arrivals[p].begin(), arrivals[p].end(), 0.0);
        if (weight <= 0) continue;
        std::vector<double> start = arrivals[p];
        for (double& x : start) x /= weight;
        analysis.by_profile.push_back({p, weight, solve_chain(model, p, start)});
    }
    if (analysis.by_profile.empty()) {
        throw std::invalid_argument("no cohort arrivals are expected between warmup_days and horizon_days");
    }
    analysis.overall = mixture(analysis.by_profile, model.stages.size());
    analysis.left_out = left_out_of_chain(base);
    return analysis;
}

}  // namespace pathways
