// Exact analysis of the model as an absorbing Markov chain. With Q the
// transient-to-transient shares, R the transient-to-outcome shares and T the
// mean sojourns, the fundamental matrix N = (I - Q)^-1 is never formed: every
// figure comes from sparse LU solves with I - Q or its transpose.
#include "analysis/absorbing_chain.h"

#include <numeric>
#include <stdexcept>

#include <Eigen/Dense>
#include <Eigen/SparseLU>

namespace pathways {

namespace {

using SparseMatrix = Eigen::SparseMatrix<double>;
using Vector = Eigen::VectorXd;

// Transient and absorbing states, numbered by stage order.
struct StateLayout {
    std::vector<StageIndex> transient, absorbing;
    std::vector<Eigen::Index> state_of;  // stage -> index among its kind

    explicit StateLayout(const Model& model) : state_of(model.stages.size()) {
        for (StageIndex s = 0; s < model.stages.size(); ++s) {
            auto& list = model.stages[s].kind == StageKind::outcome ? absorbing : transient;
            state_of[s] = static_cast<Eigen::Index>(list.size());
            list.push_back(s);
        }
    }
    bool is_transient(StageIndex s) const { return !transient.empty() && transient[state_of[s]] == s; }
    Eigen::Index n() const { return static_cast<Eigen::Index>(transient.size()); }
    Eigen::Index m() const { return static_cast<Eigen::Index>(absorbing.size()); }
};

// I - Q (sparse) and R (dense: outcomes are few) for one profile.
void chain_matrices(const Model& model, std::uint32_t profile, const StateLayout& layout, SparseMatrix& a,
                    Eigen::MatrixXd& r) {
    std::vector<Eigen::Triplet<double>> entries;
    r = Eigen::MatrixXd::Zero(layout.n(), layout.m());
    for (Eigen::Index i = 0; i < layout.n(); ++i) {
        entries.emplace_back(i, i, 1.0);
        for (const Edge& e : model.stages[layout.transient[i]].next) {
            if (!model.applies(e, profile)) continue;
            if (layout.is_transient(e.to)) {
                entries.emplace_back(i, layout.state_of[e.to], -e.p);
            } else {
                r(i, layout.state_of[e.to]) += e.p;
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
// days spent by those who end in k.
void solve_transient(const Model& model, std::uint32_t profile, const StateLayout& layout,
                     const std::vector<double>& start, ChainFigures& f, std::vector<double>& person_days) {
    SparseMatrix a;
    Eigen::MatrixXd r;
    chain_matrices(model, profile, layout, a, r);
    Vector start_t(layout.n()), sojourn(layout.n());
    for (Eigen::Index i = 0; i < layout.n(); ++i) {
        start_t(i) = start[layout.transient[i]];
        sojourn(i) = mean_sojourn_days(model.stages[layout.transient[i]]);
    }
    Eigen::SparseLU<SparseMatrix> lu, lu_t;
    factorise(lu, a);
    factorise(lu_t, SparseMatrix(a.transpose()));
    const Vector visits = lu_t.solve(start_t);
    const Eigen::MatrixXd b = lu.solve(r);
    const Eigen::MatrixXd w = lu.solve(sojourn.asDiagonal() * b);
    for (Eigen::Index i = 0; i < layout.n(); ++i) f.visits[layout.transient[i]] = visits(i);
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
    const StateLayout layout(model);
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

ChainAnalysis analyse_chain(const Model& model) {
    ChainAnalysis analysis;
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
    analysis.left_out = left_out_of_chain(model);
    return analysis;
}

}  // namespace pathways
