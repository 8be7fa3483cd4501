#include "report/results/suppression_plan.h"

#include "findings/arrival_totals.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace pathways {

namespace {

// A count worked out as a difference (a group minus its outcomes) carries
// rounding; a mean over replications that is not zero is at least 1/replications.
double size_of(double count) { return std::fabs(count) < 1e-6 ? 0 : std::fabs(count); }

}  // namespace

std::size_t SuppressionPlan::cell(const std::string& key, double count, bool hidden, bool small) {
    auto [at, added] = index_.emplace(key, cells_.size());
    if (added) cells_.push_back({count, hidden, hidden && small, small});
    return at->second;
}

void SuppressionPlan::shown(const std::string& key, double count) {
    const bool small = small_.hides(size_of(count));
    cell(key, size_of(count), small, small);
}

void SuppressionPlan::unshown(const std::string& key, double count) {
    cell(key, size_of(count), size_of(count) > 0, small_.hides(size_of(count)));
}

// A difference reveals a count only through the runs' counts: either small, and
// the difference places it (a change of -9 with 9.5 before puts it under 10 after).
void SuppressionPlan::difference(const std::string& key, double change, double before, double after) {
    const bool reveals = small_.hides(size_of(before)) || small_.hides(size_of(after));
    const std::size_t at = cell(key, size_of(change), reveals, false);
    cells_[at].covered = reveals;
}

void SuppressionPlan::relate(const std::vector<std::string>& keys) {
    std::vector<std::size_t> relation;
    for (const auto& key : keys) {
        auto found = index_.find(key);
        if (found == index_.end()) throw std::logic_error("suppression: a relation names an unknown count " + key);
        relation.push_back(found->second);
    }
    relations_.push_back(std::move(relation));
}

// In a relation that holds a protected count (a small one, or one hidden to
// cover it), every hidden count is protected too: working it back would
// uncover the others. Then shown counts are hidden, smallest first, until at
// least two are hidden and together they reach the threshold. True when
// anything changed.
bool SuppressionPlan::protect(const std::vector<std::size_t>& relation) {
    bool any = false, changed = false;
    for (std::size_t i : relation) any = any || cells_[i].covered;
    if (!any) return false;
    std::size_t hidden = 0;
    double sum = 0;
    for (std::size_t i : relation) {
        if (!cells_[i].hidden) continue;
        changed = changed || !cells_[i].covered;
        cells_[i].covered = true;
        ++hidden;
        sum += cells_[i].count;
    }
    while (hidden < 2 || sum < small_.threshold()) {
        std::optional<std::size_t> next;
        for (std::size_t i : relation) {
            if (cells_[i].hidden || !(cells_[i].count > 0)) continue;
            if (!next || cells_[i].count < cells_[*next].count) next = i;
        }
        if (!next) break;
        cells_[*next].hidden = cells_[*next].covered = true;
        ++hidden;
        sum += cells_[*next].count;
        changed = true;
    }
    return changed;
}

void SuppressionPlan::solve() {
    if (!active()) return;
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& relation : relations_) changed = protect(relation) || changed;
    }
}

const SuppressionPlan::Cell* SuppressionPlan::find(const std::string& key) const {
    if (!active()) return nullptr;
    auto found = index_.find(key);
    if (found == index_.end()) throw std::logic_error("suppression: no plan for the count " + key);
    return &cells_[found->second];
}

bool SuppressionPlan::hides(const std::string& key) const {
    const Cell* c = find(key);
    return c && c->hidden;
}

bool SuppressionPlan::small(const std::string& key) const {
    const Cell* c = find(key);
    return c && c->small;
}

std::string SuppressionPlan::hidden_text(const std::string& key) const {
    return small(key) ? small_.mask() : "suppressed";
}

namespace published {

std::string cohort() { return "cohort"; }
std::string outcome(const std::string& id) { return "outcome/" + id; }
std::string unfinished() { return "unfinished"; }
std::string group(const std::string& attribute, const std::string& value) { return "group/" + attribute + "/" + value; }
std::string group_outcome(const std::string& attribute, const std::string& value, const std::string& outcome) {
    return group(attribute, value) + "/" + outcome;
}
std::string gap(const Gap& g) { return "gap/" + g.stage + "/" + gap_kind_name(g.kind); }
std::string gap_change(const Gap& g, std::size_t scenario) {
    return "scenario/" + std::to_string(scenario) + "/change/" + gap(g);
}
std::string gap_measure(const Gap& g, const std::string& measure) { return gap(g) + "/measure/" + measure; }
std::string measure(const std::string& id) { return "measure/" + id; }
std::string gap_group(const Gap& g, const std::string& by, const std::string& value) {
    return gap(g) + "/" + by + "/" + value;
}
std::string scenario_outcome(std::size_t scenario, const std::string& id) {
    return "scenario/" + std::to_string(scenario) + "/" + outcome(id);
}

std::string whole_cohort() { return "arrivals"; }
std::string headline_streams() { return "arrivals/headline"; }
std::string stream(const std::string& id) { return "arrivals/stream/" + id; }
std::string arrivals_kind(const std::string& arrivals, const std::string& kind) { return arrivals + "/" + kind; }

}  // namespace published

namespace {

namespace key = published;

std::string scenario_prefix(std::size_t s) { return "scenario/" + std::to_string(s) + "/"; }

// Outcomes and the unfinished make up the cohort, in the baseline and in each what-if.
void add_outcomes(SuppressionPlan& plan, const Results& r, const std::string& prefix, bool unfinished_shown) {
    std::vector<std::string> everyone = {prefix + key::cohort()};
    plan.shown(everyone.back(), r.whole[Metric::cohort_size].mean);
    for (const OutcomeResult& o : r.outcomes) {
        everyone.push_back(prefix + key::outcome(o.id));
        plan.shown(everyone.back(), o.figures[Metric::outcome_count].mean);
    }
    everyone.push_back(prefix + key::unfinished());
    const double unfinished = r.whole[Metric::cohort_unfinished].mean;
    unfinished_shown ? plan.shown(everyone.back(), unfinished) : plan.unshown(everyone.back(), unfinished);
    plan.relate(everyone);
}

// Each attribute's groups make up the cohort; each group's outcomes (and its
// unfinished, shown nowhere) make up the group; each outcome's count is the
// sum over the groups.
void add_groups(SuppressionPlan& plan, const Results& r) {
    for (const AttributeResult& a : r.by_attribute) {
        std::vector<std::string> groups = {key::cohort()};
        std::vector<std::vector<std::string>> by_outcome(r.outcomes.size());
        for (std::size_t o = 0; o < r.outcomes.size(); ++o) by_outcome[o].push_back(key::outcome(r.outcomes[o].id));
        for (const AttributeValueResult& v : a.values) {
            const double size = v.figures[Metric::attribute_cohort].mean;
            groups.push_back(key::group(a.name, v.value));
            plan.shown(groups.back(), size);
            std::vector<std::string> group = {groups.back()};
            double ended = 0;
            for (std::size_t o = 0; o < r.outcomes.size(); ++o) {
                const double share = o < v.outcomes.size() ? v.outcomes[o][Metric::attribute_outcome_share].mean : 0;
                group.push_back(key::group_outcome(a.name, v.value, r.outcomes[o].id));
                plan.shown(group.back(), share * size);
                by_outcome[o].push_back(group.back());
                ended += share * size;
            }
            group.push_back(groups.back() + "/unfinished");
            plan.unshown(group.back(), std::max(size - ended, 0.0));
            plan.relate(group);
        }
        plan.relate(groups);
        for (const auto& relation : by_outcome) plan.relate(relation);
    }
}

// Drop-off gaps count the journeys ending in a drop-off outcome straight
// after each stage: together they are the drop-off outcomes' total.
std::vector<std::string> drop_off_identity(const Results& r, const GapAnalysis& gaps, const std::string& prefix) {
    std::vector<std::string> keys;
    for (const OutcomeResult& o : r.outcomes) {
        if (o.kind == OutcomeKind::drop_off) keys.push_back(prefix + key::outcome(o.id));
    }
    for (const Gap& g : gaps.gaps) {
        if (g.kind == GapKind::drop_off) keys.push_back(prefix + key::gap(g));
    }
    return keys;
}

// Each gap's change is the what-if's count (shown nowhere) minus today's.
void add_gaps(SuppressionPlan& plan, const Results& r, const GapAnalysis& gaps,
              const std::vector<ScenarioComparison>& scenarios) {
    for (const Gap& g : gaps.gaps) {
        plan.shown(key::gap(g), g.people.mean);
        for (const GapMeasure& m : g.measures) plan.shown(key::gap_measure(g, m.id), m.per_window);
    }
    plan.relate(drop_off_identity(r, gaps, ""));
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
        for (const Gap& g : gaps.gaps) {
            if (s >= g.scenarios.size()) continue;
            const GapScenarioChange& c = g.scenarios[s];
            plan.unshown(scenario_prefix(s) + key::gap(g), c.scenario_people.mean);
            plan.difference(key::gap_change(g, s), c.people_change.mean, g.people.mean, c.scenario_people.mean);
            plan.relate({key::gap_change(g, s), scenario_prefix(s) + key::gap(g), key::gap(g)});
        }
        plan.relate(drop_off_identity(scenarios[s].summary, gaps, scenario_prefix(s)));
    }
}

// A gap's groups make up its count, by each attribute and by stream. Those of
// the drop-off gaps add up to the drop-off outcomes of the group (by the
// values people end with, as "Who is affected" counts them) and of the
// stream, or of the headline streams together (as the summary shows them).
void add_gap_groups(SuppressionPlan& plan, const Results& r, const GapAnalysis& gaps) {
    std::map<std::string, std::vector<std::string>> drop_offs;  // by group key
    for (const Gap& g : gaps.gaps) {
        for (const GapBreakdown& b : g.breakdowns) {
            std::vector<std::string> parts = {key::gap(g)};
            for (const GapGroup& group : b.groups) {
                parts.push_back(key::gap_group(g, b.by, group.value));
                plan.shown(parts.back(), group.people);
                if (g.kind == GapKind::drop_off) drop_offs[b.by + "/" + group.value].push_back(parts.back());
            }
            plan.relate(parts);
        }
    }
    for (const AttributeResult& a : r.by_attribute) {
        for (const AttributeValueResult& v : a.values) {
            auto found = drop_offs.find(a.name + "/" + v.value);
            if (found == drop_offs.end()) continue;
            for (const OutcomeResult& o : r.outcomes) {
                if (o.kind == OutcomeKind::drop_off) found->second.push_back(key::group_outcome(a.name, v.value, o.id));
            }
            plan.relate(found->second);
        }
    }
    const bool split = std::any_of(r.by_arrival.begin(), r.by_arrival.end(), [](const auto& a) { return a.headline; });
    if (!split) return;  // the summary shows no stream apart
    std::vector<std::string> headline = {key::arrivals_kind(key::headline_streams(), "drop_off")};
    for (const ArrivalResult& a : r.by_arrival) {
        auto found = drop_offs.find(std::string(arrival_stream_breakdown) + "/" + a.id);
        if (found == drop_offs.end()) continue;
        if (a.headline) {
            headline.insert(headline.end(), found->second.begin(), found->second.end());
            continue;
        }
        found->second.push_back(key::arrivals_kind(key::stream(a.id), "drop_off"));
        plan.relate(found->second);
    }
    if (headline.size() > 1) plan.relate(headline);
}

// In OutcomeKind order, as findings::ArrivalTotals counts them.
const char* const outcome_kinds[] = {"settled", "drop_off", "neutral"};

// A group of a gap's breakdown: the attribute (or "arrival_stream") and its value.
using GroupId = std::pair<std::string, std::string>;

// Two means of the same tallies: equal but for rounding.
bool agree(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a)); }

// At the cohort, an attribute's group and a stream shown apart (not among the
// headline streams) are the same people when their sizes agree too: the
// group's outcomes of a kind are then the stream's count of that kind.
void link_at_cohort(SuppressionPlan& plan, const Results& r, const GroupId& group, const GroupId& stream) {
    if (group.first == arrival_stream_breakdown || stream.first != arrival_stream_breakdown) return;
    const bool split = std::any_of(r.by_arrival.begin(), r.by_arrival.end(), [](const auto& a) { return a.headline; });
    const auto arrival = std::find_if(r.by_arrival.begin(), r.by_arrival.end(),
                                      [&](const ArrivalResult& a) { return a.id == stream.second; });
    if (!split || arrival == r.by_arrival.end() || arrival->headline) return;
    for (const AttributeResult& a : r.by_attribute) {
        for (const AttributeValueResult& v : a.values) {
            if (a.name != group.first || v.value != group.second) continue;
            const double size = v.figures[Metric::attribute_cohort].mean;
            if (!agree(size, arrival->figures[Metric::arrival_cohort].mean)) return;
            plan.relate({key::group(a.name, v.value), key::stream(arrival->id)});
            for (const char* kind : outcome_kinds) {
                std::vector<std::string> same = {key::arrivals_kind(key::stream(arrival->id), kind)};
                for (const OutcomeResult& o : r.outcomes) {
                    if (outcome_kind_name(o.kind) == std::string(kind))
                        same.push_back(key::group_outcome(a.name, v.value, o.id));
                }
                plan.relate(same);
            }
        }
    }
}

// Each group's count in each gap (NaN where the gap has no such breakdown).
std::map<GroupId, std::vector<double>> group_counts(const GapAnalysis& gaps) {
    std::map<GroupId, std::vector<double>> out;
    for (std::size_t i = 0; i < gaps.gaps.size(); ++i) {
        for (const GapBreakdown& b : gaps.gaps[i].breakdowns) {
            for (const GapGroup& group : b.groups) {
                auto& counts = out[{b.by, group.value}];
                counts.resize(gaps.gaps.size(), std::nan(""));
                counts[i] = group.people;
            }
        }
    }
    return out;
}

// The same people under two names: equal counts in every gap that breaks down
// by both, and someone in one of them.
bool same_people(const std::vector<double>& a, const std::vector<double>& b) {
    bool someone = false, both = false;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (std::isnan(a[i]) || std::isnan(b[i])) continue;
        if (!agree(a[i], b[i])) return false;
        both = true;
        someone = someone || a[i] > 0;
    }
    return both && someone;
}

// Every family arrives in the families stream: "household: family" and
// "stream: families" are one group, and showing one shows the other. Such
// pairs are found from the counts (the names say nothing) and bound as equal
// in every gap; and at the cohort, when the sizes agree there too.
void add_linked_groups(SuppressionPlan& plan, const Results& r, const GapAnalysis& gaps) {
    const auto counts = group_counts(gaps);
    for (auto a = counts.begin(); a != counts.end(); ++a) {
        for (auto b = std::next(a); b != counts.end(); ++b) {
            if (a->first.first == b->first.first || !same_people(a->second, b->second)) continue;
            for (std::size_t i = 0; i < gaps.gaps.size(); ++i) {
                if (std::isnan(a->second[i]) || std::isnan(b->second[i])) continue;
                const Gap& g = gaps.gaps[i];
                plan.relate({key::gap_group(g, a->first.first, a->first.second),
                             key::gap_group(g, b->first.first, b->first.second)});
            }
            link_at_cohort(plan, r, a->first, b->first);
            link_at_cohort(plan, r, b->first, a->first);
        }
    }
}

std::vector<std::string> outcomes_of_kind(const Results& r, const std::string& kind) {
    std::vector<std::string> keys;
    for (const OutcomeResult& o : r.outcomes) {
        if (outcome_kind_name(o.kind) == kind) keys.push_back(key::outcome(o.id));
    }
    return keys;
}

// Households arriving together, by the kind of outcome they reach: the kinds
// (and the unfinished, shown nowhere) make up the arrivals.
void add_arrivals(SuppressionPlan& plan, const Results& r, const std::string& arrivals,
                  const std::vector<const ArrivalResult*>& streams) {
    const findings::ArrivalTotals totals = findings::arrival_totals(r, streams);
    const double size = totals.cohort;
    std::vector<double> by_kind(totals.by_kind.begin(), totals.by_kind.end());
    std::vector<std::string> everyone = {arrivals};
    plan.shown(arrivals, size);
    double ended = 0;
    for (std::size_t k = 0; k < by_kind.size(); ++k) {
        everyone.push_back(key::arrivals_kind(arrivals, outcome_kinds[k]));
        plan.shown(everyone.back(), by_kind[k]);
        ended += by_kind[k];
    }
    everyone.push_back(arrivals + "/unfinished");
    plan.unshown(everyone.back(), std::max(size - ended, 0.0));
    plan.relate(everyone);
}

// The summary's headline figures: the whole cohort by kind of outcome, or
// the headline streams together and each other stream apart. Each kind's
// counts add up to the outcomes of that kind.
void add_streams(SuppressionPlan& plan, const Results& r) {
    std::vector<const ArrivalResult*> headline, others;
    for (const ArrivalResult& a : r.by_arrival) (a.headline ? headline : others).push_back(&a);
    std::vector<std::vector<std::string>> by_kind(std::size(outcome_kinds));
    for (std::size_t k = 0; k < by_kind.size(); ++k) by_kind[k] = outcomes_of_kind(r, outcome_kinds[k]);
    std::vector<std::string> sizes = {key::cohort()};
    auto add = [&](const std::string& arrivals, const std::vector<const ArrivalResult*>& streams) {
        add_arrivals(plan, r, arrivals, streams);
        sizes.push_back(arrivals);
        for (std::size_t k = 0; k < by_kind.size(); ++k)
            by_kind[k].push_back(key::arrivals_kind(arrivals, outcome_kinds[k]));
    };
    // The whole cohort by kind: the summary's headline without streams, or its line for everyone together.
    const findings::ArrivalTotals everyone = findings::whole_cohort_totals(r);
    plan.shown(key::whole_cohort(), everyone.cohort);
    for (std::size_t k = 0; k < by_kind.size(); ++k) {
        std::vector<std::string> whole = by_kind[k];
        whole.push_back(key::arrivals_kind(key::whole_cohort(), outcome_kinds[k]));
        plan.shown(whole.back(), everyone.by_kind[k]);
        plan.relate(whole);
    }
    if (headline.empty()) return;
    add(key::headline_streams(), headline);
    for (const ArrivalResult* a : others) add(key::stream(a->id), {a});
    plan.relate(sizes);
    for (const auto& relation : by_kind) plan.relate(relation);
}

// A headline measure's count over the cohort window: its households a year times the window's years.
void add_measures(SuppressionPlan& plan, const Results& r) {
    const double years = std::max(0.0, r.settings.horizon_days - r.settings.warmup_days) / days_a_year;
    for (const MeasureResult& m : r.measures)
        if (m.headline) plan.shown(key::measure(m.id), m.figures[Metric::measure_per_year].mean * years);
}

}  // namespace

SuppressionPlan plan_suppression(const Results& results, const GapAnalysis& gaps,
                                 const std::vector<ScenarioComparison>& scenarios, SmallNumbers small) {
    SuppressionPlan plan(small);
    add_outcomes(plan, results, "", true);
    for (std::size_t s = 0; s < scenarios.size(); ++s)
        add_outcomes(plan, scenarios[s].summary, scenario_prefix(s), false);
    add_groups(plan, results);
    add_gaps(plan, results, gaps, scenarios);
    add_streams(plan, results);
    add_gap_groups(plan, results, gaps);
    add_linked_groups(plan, results, gaps);
    add_measures(plan, results);
    plan.solve();
    return plan;
}

}  // namespace pathways
