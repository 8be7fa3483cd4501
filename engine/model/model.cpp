#include "model/model.h"

#include <algorithm>

namespace pathways {

const char* stage_kind_name(StageKind k) {
    switch (k) {
        case StageKind::outcome: return "outcome";
        case StageKind::delay: return "delay";
        case StageKind::service: return "service";
        case StageKind::supply: return "supply";
    }
    return "?";
}

const char* outcome_kind_name(OutcomeKind k) {
    switch (k) {
        case OutcomeKind::settled: return "settled";
        case OutcomeKind::drop_off: return "drop_off";
        case OutcomeKind::neutral: return "neutral";
    }
    return "?";
}

const char* move_effect_name(MoveEffect e) {
    switch (e) {
        case MoveEffect::loses_support: return "loses_support";
        case MoveEffect::loses_accommodation: return "loses_accommodation";
        case MoveEffect::handover: return "handover";
    }
    return "?";
}

const char* target_role_name(TargetRole r) { return r == TargetRole::calibration ? "calibration" : "validation"; }

std::optional<std::size_t> Deadline::position(StageIndex s) const {
    for (std::size_t i = 0; i < applies_to.size(); ++i) {
        if (applies_to[i] == s) return i;
    }
    return std::nullopt;
}

double ReleasePlan::rate_at(Days t) const {
    for (const auto& w : schedule) {
        if (t >= w.from_day && t < w.to_day) return w.rate_per_day;
    }
    return rate_per_day;
}

double ReleasePlan::expected_count(Days from, Days to) const {
    const auto overlap = [&](const Window& w) {
        return std::max(0.0, std::min(w.to_day, to) - std::max(w.from_day, from));
    };
    double base_days = to - from, total = 0;
    for (const Window& w : schedule) {
        const double days = overlap(w);
        base_days -= days;
        total += w.rate_per_day * days;
    }
    total += rate_per_day * std::max(0.0, base_days);
    for (const Batch& b : batches) {
        if (b.day >= from && b.day < to) total += static_cast<double>(b.size);
    }
    return total;
}

double expected_arrivals(const Model& model) {
    double expected = 0;
    for (const ArrivalStream& a : model.arrivals) expected += a.plan.expected_count(0, model.simulation.horizon_days);
    return expected;
}

std::optional<StageIndex> Model::find_stage(const std::string& id) const {
    if (auto it = stage_index.find(id); it != stage_index.end()) return it->second;
    for (std::size_t i = 0; i < stages.size(); ++i) {
        if (stages[i].id == id) return static_cast<StageIndex>(i);
    }
    return std::nullopt;
}

std::uint32_t Model::profile_count() const {
    std::uint32_t n = 1;
    for (const auto& a : attributes) n *= static_cast<std::uint32_t>(std::max<std::size_t>(1, a.values.size()));
    return n;
}

std::uint32_t Model::profile_value(std::uint32_t profile, std::uint32_t attribute) const {
    for (std::size_t i = attributes.size(); i-- > attribute + 1;) {
        profile /= static_cast<std::uint32_t>(std::max<std::size_t>(1, attributes[i].values.size()));
    }
    return profile % static_cast<std::uint32_t>(std::max<std::size_t>(1, attributes[attribute].values.size()));
}

bool Model::applies(const Edge& e, std::uint32_t profile) const {
    return std::all_of(e.when.begin(), e.when.end(),
                       [&](const Condition& c) { return profile_value(profile, c.attribute) == c.value; });
}

std::uint32_t Model::with_value(std::uint32_t profile, std::uint32_t attribute, std::uint32_t value) const {
    std::uint32_t stride = 1;
    for (std::size_t i = attributes.size(); i-- > attribute + 1;) {
        stride *= static_cast<std::uint32_t>(std::max<std::size_t>(1, attributes[i].values.size()));
    }
    const std::uint32_t old = profile_value(profile, attribute);
    return profile - old * stride + value * stride;
}

std::uint32_t Model::after_entering(StageIndex s, std::uint32_t profile) const {
    for (const Condition& c : stages[s].sets) profile = with_value(profile, c.attribute, c.value);
    return profile;
}

void index_stages(Model& model) {
    model.stage_index.clear();
    for (std::size_t i = 0; i < model.stages.size(); ++i)
        model.stage_index.emplace(model.stages[i].id, static_cast<StageIndex>(i));
}

}  // namespace pathways
