#pragma once
// Builds models in code for engine tests, naming stages by id.
#include <string>
#include <utility>
#include <vector>

#include "model/model.h"

namespace pathways::testing {

inline Duration exponential(double mean) { return Duration{DistKind::exponential, mean, 0, 0, {}}; }
inline Duration fixed(double days) { return Duration::fixed_days(days); }

class ModelBuilder {
public:
    using Routes = std::vector<std::pair<std::string, double>>;

    ModelBuilder& settings(double horizon, double warmup, std::uint32_t replications, std::uint64_t seed = 1) {
        model_.simulation.horizon_days = horizon;
        model_.simulation.warmup_days = warmup;
        model_.simulation.replications = replications;
        model_.simulation.seed = seed;
        return *this;
    }
    ModelBuilder& attribute(std::string name, std::vector<std::string> values) {
        model_.attributes.push_back({std::move(name), std::move(values)});
        return *this;
    }
    Stage& delay(const std::string& id, Duration d, Routes next) {
        Stage& s = add(id, StageKind::delay, std::move(next));
        s.duration = d;
        return s;
    }
    Stage& service(const std::string& id, std::uint64_t capacity, Duration d, Routes next) {
        Stage& s = add(id, StageKind::service, std::move(next));
        s.capacity = capacity;
        s.duration = d;
        return s;
    }
    Stage& supply(const std::string& id, double rate, Routes next) {
        Stage& s = add(id, StageKind::supply, std::move(next));
        s.supply = ReleasePlan{rate, {}, {}};
        return s;
    }
    Stage& outcome(const std::string& id, OutcomeKind kind = OutcomeKind::settled) {
        Stage& s = add(id, StageKind::outcome, {});
        s.outcome = kind;
        return s;
    }
    ArrivalStream& arrivals(const std::string& to, double rate) {
        ArrivalStream a;
        a.id = "arrivals_" + std::to_string(model_.arrivals.size());
        a.plan.rate_per_day = rate;
        model_.arrivals.push_back(a);
        arrival_targets_.push_back(to);
        return model_.arrivals.back();
    }
    // A stream whose only arrivals are one batch of `size` at `day`.
    ArrivalStream& batch(const std::string& to, std::uint64_t size, double day = 0) {
        ArrivalStream& a = arrivals(to, 0.0);
        a.plan.batches.push_back({day, size});
        return a;
    }
    // Adds an edge with a `when` condition (attribute and value by index).
    ModelBuilder& conditional_edge(const std::string& from, const std::string& to, double p, std::uint32_t attribute,
                                   std::uint32_t value) {
        conditional_.push_back({from, to, p, attribute, value});
        return *this;
    }
    ModelBuilder& renege_to(const std::string& from, const std::string& to, Duration patience) {
        reneges_.push_back({from, to});
        patience_.push_back(patience);
        return *this;
    }
    ModelBuilder& deadline(const std::string& starts_at, Duration after, std::vector<std::string> applies_to,
                           const std::string& divert_to) {
        deadlines_.push_back({starts_at, after, std::move(applies_to), divert_to});
        return *this;
    }
    StageIndex index(const std::string& id) const {
        for (std::size_t i = 0; i < model_.stages.size(); ++i) {
            if (model_.stages[i].id == id) return static_cast<StageIndex>(i);
        }
        throw std::runtime_error("no stage " + id);
    }
    Model build() {
        Model m = model_;
        for (std::size_t i = 0; i < routes_.size(); ++i) {
            for (const auto& [to, p] : routes_[i]) m.stages[i].next.push_back(Edge{index(to), p, {}});
        }
        for (const auto& c : conditional_) {
            m.stages[index(c.from)].next.push_back(Edge{index(c.to), c.p, {Condition{c.attribute, c.value}}});
        }
        for (std::size_t i = 0; i < reneges_.size(); ++i) {
            Stage& s = m.stages[index(reneges_[i].first)];
            s.on_renege = index(reneges_[i].second);
            s.patience = patience_[i];
        }
        for (const auto& d : deadlines_) {
            Deadline dl;
            dl.id = "deadline_" + std::to_string(m.deadlines.size());
            dl.starts_at = index(d.starts_at);
            dl.after = d.after;
            for (const auto& a : d.applies_to) dl.applies_to.push_back(index(a));
            dl.divert_to.assign(dl.applies_to.size(), index(d.divert_to));
            dl.effect.assign(dl.applies_to.size(), MoveEffect::loses_support);
            m.deadlines.push_back(dl);
        }
        for (std::size_t a = 0; a < m.arrivals.size(); ++a) m.arrivals[a].to = index(arrival_targets_[a]);
        for (Attribute& a : m.attributes) (void)a;
        index_stages(m);
        return m;
    }

private:
    Stage& add(const std::string& id, StageKind kind, Routes next) {
        Stage s;
        s.id = id;
        s.kind = kind;
        model_.stages.push_back(s);
        routes_.push_back(std::move(next));
        return model_.stages.back();
    }
    struct Conditional {
        std::string from, to;
        double p;
        std::uint32_t attribute, value;
    };
    struct PendingDeadline {
        std::string starts_at;
        Duration after;
        std::vector<std::string> applies_to;
        std::string divert_to;
    };
    Model model_;
    std::vector<Routes> routes_;
    std::vector<Conditional> conditional_;
    std::vector<std::pair<std::string, std::string>> reneges_;
    std::vector<Duration> patience_;
    std::vector<PendingDeadline> deadlines_;
    std::vector<std::string> arrival_targets_;
};

}  // namespace pathways::testing
