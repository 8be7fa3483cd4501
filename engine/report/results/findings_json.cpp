#include "report/results/findings_json.h"

#include <algorithm>

#include "analysis/gap_ranking.h"
#include "report/results/first_steps_json.h"
#include "report/results/results_json.h"

namespace pathways {

namespace {

const Json hidden_count = {{"suppressed", true}};

double years_of(const RunSettings& s) { return std::max(0.0, s.horizon_days - s.warmup_days) / days_a_year; }

// A count over the period and a year, or that it is hidden.
Json count_json(double count, const RunSettings& settings, bool hidden) {
    if (hidden) return hidden_count;
    const double years = years_of(settings);
    return {{"count", count}, {"per_year", years > 0 ? count / years : count}};
}

const OutcomeKind headline_kinds[] = {OutcomeKind::settled, OutcomeKind::drop_off, OutcomeKind::neutral};

Json arrival_figures_json(const findings::ArrivalTotals& t, const std::string& key, const Results& r,
                          const SuppressionPlan& hidden) {
    Json j = {{"households", count_json(t.cohort, r.settings, hidden.hides(key))}};
    for (OutcomeKind kind : headline_kinds) {
        const double count = t.of(kind);
        Json part = hidden_count;
        if (!hidden.hides(published::arrivals_kind(key, outcome_kind_name(kind))))
            part = {{"count", count}, {"share", t.cohort > 0 ? count / t.cohort : 0}};
        j[outcome_kind_name(kind)] = std::move(part);
    }
    return j;
}

Json headline_json(const findings::Headline& h, const Results& r, const SuppressionPlan& hidden) {
    Json j = {{"split", h.split},
              {"whole_cohort", arrival_figures_json(h.whole, published::whole_cohort(), r, hidden)}};
    if (!h.split) return j;
    j["headline_streams"] = arrival_figures_json(h.headline_streams, published::headline_streams(), r, hidden);
    Json others = Json::array();
    for (const findings::OtherStream& o : h.others) {
        Json s = arrival_figures_json(o.totals, published::stream(o.stream->id), r, hidden);
        s["id"] = o.stream->id;
        if (!o.stream->label.empty()) s["label"] = o.stream->label;
        others.push_back(std::move(s));
    }
    j["other_streams"] = std::move(others);
    return j;
}

Json window_json(const findings::Window& w) {
    Json cliffs = Json::array();
    for (const findings::Cliff& c : w.cliffs) cliffs.push_back({{"day", c.day}, {"share", c.share}});
    return {{"from_day", w.from_day}, {"to_day", w.to_day}, {"cliffs", std::move(cliffs)}};
}

Json named_groups_json(const findings::Loss& loss, const SuppressionPlan& hidden) {
    Json out = Json::array();
    for (const findings::NamedGroup& n : loss.nearly_all) {
        if (hidden.hides(published::gap_group(*loss.gap, n.by, n.value))) continue;
        out.push_back({{"by", n.by}, {"value", n.value}, {"share", n.share}});
    }
    return out;
}

// A what-if's change to a gap's count over the period and a year, or that it is hidden.
Json change_json(const Gap& g, std::size_t what_if, const RunSettings& settings, const SuppressionPlan& hidden) {
    if (hidden.hides(published::gap_change(g, what_if))) return hidden_count;
    const Stat& c = g.scenarios[what_if].people_change;
    const double years = years_of(settings);
    const double per = years > 0 ? 1 / years : 1;
    return {{"mean", c.mean}, {"ci95", {c.lo, c.hi}}, {"per_year", c.mean * per}};
}

Json gap_ref(const Gap& g) { return {{"stage", g.stage}, {"kind", gap_kind_name(g.kind)}, {"label", g.label}}; }

Json loss_json(const findings::Loss& loss, const Results& r, const SuppressionPlan& hidden) {
    const Gap& g = *loss.gap;
    Json j = gap_ref(g);
    j["rank"] = g.rank;
    j["households"] = count_json(g.people.mean, r.settings, hidden.hides(published::gap(g)));
    // A hidden count hides when it happened too.
    const bool hidden_gap = hidden.hides(published::gap(g));
    j["window"] = hidden_gap ? hidden_count : window_json(loss.window);
    j["median_day"] = hidden_gap ? hidden_count : Json(g.days_p50.mean);
    j["nearly_all_in"] = named_groups_json(loss, hidden);
    j["support"] = g.support;
    j["best_what_if"] = loss.best ? Json(*loss.best) : Json(nullptr);
    if (!loss.best) return j;
    j["best_change"] = change_json(g, *loss.best, r.settings, hidden);
    Json displaced = Json::array();
    for (const Gap* d : loss.displaced) {
        Json place = gap_ref(*d);
        place["change"] = change_json(*d, *loss.best, r.settings, hidden);
        displaced.push_back(std::move(place));
    }
    j["displaced"] = std::move(displaced);
    return j;
}

Json recommendation_json(const findings::Recommendation& rec, const findings::Findings& found,
                         const SuppressionPlan& hidden) {
    const findings::Loss& loss = found.losses[rec.loss];
    Json j = {{"loss", rec.loss},
              {"place", loss.gap->stage},
              {"window", hidden.hides(published::gap(*loss.gap)) ? hidden_count : window_json(loss.window)},
              {"measure", {{"stage", loss.gap->stage}, {"kind", gap_kind_name(loss.gap->kind)}}},
              {"what_if", rec.what_if ? Json(*rec.what_if) : Json(nullptr)},
              {"decided_by", rec.decided_by}};
    if (rec.cost_one_off) j["cost_one_off"] = *rec.cost_one_off;
    if (rec.cost_per_year) j["cost_per_year"] = *rec.cost_per_year;
    return j;
}

Json shown_stat(const Stat& s, bool hidden) { return hidden ? hidden_count : stat_json(s); }

// Every outcome's share of the cohort, as the report's charts and tables show them.
Json outcome_shares_json(const Results& r, const SuppressionPlan& hidden) {
    Json out = Json::array();
    for (const OutcomeResult& o : r.outcomes) {
        const bool few = hidden.hides(published::outcome(o.id));
        out.push_back({{"id", o.id},
                       {"label", o.label.empty() ? o.id : o.label},
                       {"kind", outcome_kind_name(o.kind)},
                       {"share", shown_stat(o.figures[Metric::outcome_share], few)},
                       {"households", shown_stat(o.figures[Metric::outcome_count], few)}});
    }
    return out;
}

// Every ranked gap: its count over the period, its timing and each what-if's paired change.
Json ranked_gaps_json(const GapAnalysis& gaps, const SuppressionPlan& hidden) {
    Json out = Json::array();
    for (const Gap& g : gaps.gaps) {
        Json j = gap_ref(g);
        j["rank"] = g.rank;
        const bool few = hidden.hides(published::gap(g));
        j["households"] = shown_stat(g.people, few);
        j["days_since_arrival"] =
            few ? hidden_count : Json{{"p10", g.days_p10.mean}, {"p50", g.days_p50.mean}, {"p90", g.days_p90.mean}};
        Json changes = Json::array();
        for (std::size_t s = 0; s < g.scenarios.size(); ++s)
            changes.push_back(shown_stat(g.scenarios[s].people_change, hidden.hides(published::gap_change(g, s))));
        j["what_if_changes"] = std::move(changes);
        out.push_back(std::move(j));
    }
    return out;
}

}  // namespace

Json findings_json(const findings::Findings& found, const Results& results, const GapAnalysis& gaps,
                   const std::vector<ScenarioComparison>& what_ifs, const SuppressionPlan& hidden) {
    Json names = Json::array();
    for (const ScenarioComparison& s : what_ifs) names.push_back(s.name);
    Json losses = Json::array(), recommendations = Json::array();
    for (const findings::Loss& l : found.losses) losses.push_back(loss_json(l, results, hidden));
    for (const findings::Recommendation& r : found.recommendations)
        recommendations.push_back(recommendation_json(r, found, hidden));
    Json out = {{"format", "pathways-findings/1"},
                {"model", gaps.model},
                {"years", years_of(results.settings)},
                {"suppress_below", hidden.small().threshold()},
                {"what_ifs", std::move(names)},
                {"headline", headline_json(found.headline, results, hidden)},
                {"losses", std::move(losses)},
                {"recommendations", std::move(recommendations)},
                {"outcomes", outcome_shares_json(results, hidden)},
                {"gaps", ranked_gaps_json(gaps, hidden)}};
    // An appraisal's figures are changes a year between options, never a count of people: none is hidden.
    if (found.first_steps) out["what_to_do_first"] = first_steps_json(*found.first_steps);
    return out;
}

}  // namespace pathways
