#include "sim/measure_recorder.h"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace pathways {

namespace {

std::uint64_t bit(std::size_t m) { return std::uint64_t{1} << m; }

// Whether someone of stream a arriving with profile p is in the population.
bool in_population(const Model& model, const MeasurePopulation& population, std::uint32_t a, std::uint32_t p) {
    const auto& streams = population.streams;
    if (!streams.empty() && std::find(streams.begin(), streams.end(), a) == streams.end()) return false;
    return std::all_of(population.when.begin(), population.when.end(), [&](const auto& condition) {
        return model.profile_value(p, condition.first) == condition.second;
    });
}

// Calls f(m) for every bit m set in bits, lowest first.
template <typename F>
void each_bit(std::uint64_t bits, F f) {
    for (; bits != 0; bits &= bits - 1) f(static_cast<std::size_t>(std::countr_zero(bits)));
}

}  // namespace

MeasureRecorder::MeasureRecorder(const Model& model, const ModelIndex& index)
    : measures_(model.measures), period_bounds_(index.period_bounds) {
    if (!on()) return;
    const std::size_t n = measures_.size();
    profiles_ = model.profile_count();
    member_.assign(model.arrivals.size() * profiles_, 0);
    visits_of_.assign(model.stages.size(), 0);
    ends_in_.assign(model.stages.size(), 0);
    for (std::size_t m = 0; m < n; ++m) {
        const Measure& measure = measures_[m];
        for (std::uint32_t a = 0; a < model.arrivals.size(); ++a) {
            for (std::uint32_t p = 0; p < profiles_; ++p) {
                if (in_population(model, measure.population, a, p)) member_[a * profiles_ + p] |= bit(m);
            }
        }
        auto& by_stage = measure.kind == MeasureKind::visits ? visits_of_ : ends_in_;
        for (std::uint32_t s : measure.stages) by_stage[s] |= bit(m);
        if (measure.within_days) within_ |= bit(m);
        if (measure.kind == MeasureKind::in_pathway_after_days) after_ |= bit(m);
        if (measure.headline) headline_.push_back(static_cast<std::uint32_t>(m));
    }
    tallies_.population.assign(n, 0);
    tallies_.counted.assign(n, 0);
    const std::size_t periods = period_bounds_.empty() ? 0 : period_bounds_.size() - 1;
    tallies_.period_population.assign(periods * n, 0);
    tallies_.period_counted.assign(periods * n, 0);
    tallies_.gaps.assign(model.stages.size() * gap_kind_count * headline_.size(), 0);
}

std::size_t MeasureRecorder::period_of(Days t) const {
    if (period_bounds_.empty() || t < period_bounds_.front() || t >= period_bounds_.back()) return SIZE_MAX;
    return static_cast<std::size_t>(std::upper_bound(period_bounds_.begin(), period_bounds_.end(), t) -
                                    period_bounds_.begin() - 1);
}

void MeasureRecorder::arrived(const Person& x) {
    if (x.slot >= people_.size()) {
        people_.resize(x.slot + 1);
        gaps_met_.resize(x.slot + 1);
    }
    const std::uint64_t population = member_[x.stream * profiles_ + x.profile];
    people_[x.slot] = {population, 0};
    gaps_met_[x.slot].clear();
    const std::size_t k = period_of(x.arrived);
    each_bit(population, [&](std::size_t m) {
        ++tallies_.population[m];
        if (k != SIZE_MAX) ++tallies_.period_population[k * measures_.size() + m];
    });
}

std::uint64_t MeasureRecorder::still_in_pathway(Days days, bool ended) const {
    std::uint64_t met = 0;
    // A journey that ends exactly N days after arriving is no longer in the
    // pathway then; one the run leaves unfinished is, for as long as the run saw it.
    each_bit(after_, [&](std::size_t m) {
        if (ended ? days > measures_[m].after_days : days >= measures_[m].after_days) met |= bit(m);
    });
    return met;
}

void MeasureRecorder::finished(const Person& x, StageIndex outcome, Days now) {
    const Days days = now - x.arrived;
    std::uint64_t ends = ends_in_[outcome];
    each_bit(ends & within_, [&](std::size_t m) {
        if (days > *measures_[m].within_days) ends &= ~bit(m);
    });
    count(x, ends | people_[x.slot].visited | visits_of_[outcome] | still_in_pathway(days, true));
}

void MeasureRecorder::unfinished(const Person& x, Days end) {
    count(x, people_[x.slot].visited | still_in_pathway(end - x.arrived, false));
}

void MeasureRecorder::count(const Person& x, std::uint64_t met) {
    const std::uint64_t counted = met & people_[x.slot].population;
    if (counted == 0) return;
    const std::size_t k = period_of(x.arrived);
    each_bit(counted, [&](std::size_t m) {
        ++tallies_.counted[m];
        if (k != SIZE_MAX) ++tallies_.period_counted[k * measures_.size() + m];
    });
    if (!headline_.empty()) count_gaps(x, counted);
}

// Each gap once per journey, however often the journey met it.
void MeasureRecorder::count_gaps(const Person& x, std::uint64_t counted) {
    std::vector<std::uint32_t>& met = gaps_met_[x.slot];
    std::sort(met.begin(), met.end());
    met.erase(std::unique(met.begin(), met.end()), met.end());
    const std::size_t h_count = headline_.size();
    for (std::size_t h = 0; h < h_count; ++h) {
        if ((counted & bit(headline_[h])) == 0) continue;
        for (std::uint32_t g : met) ++tallies_.gaps[g * h_count + h];
    }
}

}  // namespace pathways
