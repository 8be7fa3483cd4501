#include "analysis/calibrate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "model/dist_gamma.h"

namespace pathways {

namespace {

// What the records say about one stage.
struct StageCounts {
    std::vector<std::uint32_t> destinations;  // in order first seen
    std::map<std::uint32_t, std::size_t> moves;
    std::vector<std::vector<std::map<std::uint32_t, std::size_t>>> by_value;  // [attribute][value][destination]
    DurationSample stays;
    std::size_t cases = 0, open_here = 0;
    std::optional<std::size_t> last_case;
    bool left = false;
};

void count_move(StageCounts& c, const CaseHistory& h, std::uint32_t to, Days stay) {
    if (!c.moves.count(to)) c.destinations.push_back(to);
    ++c.moves[to];
    for (std::size_t a = 0; a < c.by_value.size(); ++a) ++c.by_value[a][h.values[a]][to];
    c.stays.events.push_back(stay);
    c.left = true;
}

std::vector<StageCounts> count_stages(const CaseRecords& r) {
    std::vector<StageCounts> counts(r.stage_ids.size());
    for (StageCounts& c : counts) {
        for (const Attribute& a : r.attributes) c.by_value.emplace_back(a.values.size());
    }
    for (std::size_t k = 0; k < r.cases.size(); ++k) {
        const auto& visits = r.cases[k].visits;
        for (std::size_t i = 0; i < visits.size(); ++i) {
            StageCounts& c = counts[visits[i].stage];
            if (c.last_case != k) ++c.cases;
            c.last_case = k;
            if (i + 1 < visits.size())
                count_move(c, r.cases[k], visits[i + 1].stage, visits[i + 1].day - visits[i].day);
        }
    }
    return counts;
}

// Open cases (last stage not an outcome) add a censored stay up to the data's end.
std::size_t add_open_cases(const CaseRecords& r, std::vector<StageCounts>& counts) {
    std::size_t open = 0;
    for (const CaseHistory& h : r.cases) {
        StageCounts& c = counts[h.visits.back().stage];
        if (!c.left) continue;
        c.stays.censored.push_back(r.last_day - h.visits.back().day);
        ++c.open_here;
        ++open;
    }
    return open;
}

// The log p-value of a chi-square test that every value of attribute `a` has
// the same shares. Logs, because with thousands of cases two attributes can
// both give p-values that underflow to 0, and the stronger must still win.
double homogeneity_log_p_value(const StageCounts& c, std::size_t a) {
    const auto& table = c.by_value[a];
    double total = 0, statistic = 0;
    for (const auto& [to, n] : c.moves) total += static_cast<double>(n);
    for (const auto& row : table) {
        double row_total = 0;
        for (const auto& [to, n] : row) row_total += static_cast<double>(n);
        for (const auto& [to, n] : c.moves) {
            const double expected = row_total * static_cast<double>(n) / total;
            const auto it = row.find(to);
            const double observed = it == row.end() ? 0.0 : static_cast<double>(it->second);
            statistic += (observed - expected) * (observed - expected) / expected;
        }
    }
    const double df = static_cast<double>((table.size() - 1) * (c.moves.size() - 1));
    return log_gamma_q(df / 2, statistic / 2);
}

std::optional<std::uint32_t> split_attribute(const StageCounts& c) {
    std::optional<std::uint32_t> best;
    double best_log_p = std::log(0.01);
    if (c.moves.size() < 2) return best;
    for (std::size_t a = 0; a < c.by_value.size(); ++a) {
        const auto& table = c.by_value[a];
        const bool enough = table.size() >= 2 && std::all_of(table.begin(), table.end(), [](const auto& row) {
                                std::size_t n = 0;
                                for (const auto& [to, k] : row) n += k;
                                return n >= min_departures_to_split;
                            });
        if (!enough) continue;
        const double log_p = homogeneity_log_p_value(c, a);
        if (log_p < best_log_p) {
            best_log_p = log_p;
            best = static_cast<std::uint32_t>(a);
        }
    }
    return best;
}

void add_edges(const std::map<std::uint32_t, std::size_t>& moves, const std::vector<std::uint32_t>& order,
               std::optional<Condition> when, std::vector<CalibratedEdge>& out) {
    double total = 0;
    for (const auto& [to, n] : moves) total += static_cast<double>(n);
    for (std::uint32_t to : order) {
        const auto it = moves.find(to);
        if (it != moves.end()) out.push_back({to, static_cast<double>(it->second) / total, it->second, when});
    }
}

std::vector<CalibratedEdge> edges_for(const StageCounts& c, std::optional<std::uint32_t> split) {
    std::vector<CalibratedEdge> edges;
    if (!split) {
        add_edges(c.moves, c.destinations, std::nullopt, edges);
        return edges;
    }
    const auto& table = c.by_value[*split];
    for (std::uint32_t v = 0; v < table.size(); ++v) add_edges(table[v], c.destinations, Condition{*split, v}, edges);
    return edges;
}

// Half the day numbers' resolution: half the smallest positive stay seen.
// (ISO dates give whole-day stays, which are grouped instead.)
Days zero_stay_as(const CaseRecords& r, const std::vector<StageCounts>& counts) {
    if (r.date_form == DateForm::iso) return 0.5;  // unused: whole-day stays are grouped
    Days smallest = std::numeric_limits<Days>::infinity();
    for (const StageCounts& c : counts) {
        for (Days x : c.stays.events) {
            if (x > 0) smallest = std::min(smallest, x);
        }
    }
    return std::isfinite(smallest) ? smallest / 2 : 0.5;
}

}  // namespace

std::optional<OutcomeKind> guess_outcome_kind(const std::string& id) {
    static const char* drop_off[] = {"rough", "lost",     "evict",   "homeless",
                                     "drop",  "disengag", "abandon", "whereabouts"};
    static const char* settled[] = {"settled", "tenancy", "housed", "home_found"};
    for (const char* w : drop_off) {
        if (id.find(w) != std::string::npos) return OutcomeKind::drop_off;
    }
    for (const char* w : settled) {
        if (id.find(w) != std::string::npos) return OutcomeKind::settled;
    }
    return std::nullopt;
}

namespace {

CalibratedStage calibrated_stage(const CaseRecords& r, std::uint32_t s, const StageCounts& c, Days zero_as) {
    CalibratedStage stage;
    stage.id = r.stage_ids[s];
    stage.label = r.stage_labels[s];
    stage.cases = c.cases;
    stage.open_here = c.open_here;
    stage.outcome = !c.left;
    for (const auto& [to, n] : c.moves) stage.departures += n;
    if (stage.outcome) {
        const std::optional<OutcomeKind> kind = guess_outcome_kind(stage.id);
        stage.kind = kind.value_or(OutcomeKind::neutral);
        stage.kind_recognised = kind.has_value();
        return stage;
    }
    try {
        stage.fit = fit_duration(c.stays, zero_as);
    } catch (const NoDurationFits& e) {
        throw CaseRecordProblems{{"stage " + stage.id + ": " + e.what() + "; check the dates of this stage"}};
    }
    stage.split_by = split_attribute(c);
    stage.next = edges_for(c, stage.split_by);
    return stage;
}

// Stages from which no chain of observed moves reaches an outcome.
std::vector<std::string> stages_without_way_out(const std::vector<CalibratedStage>& stages) {
    std::vector<bool> reaches(stages.size());
    for (std::size_t s = 0; s < stages.size(); ++s) reaches[s] = stages[s].outcome;
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t s = 0; s < stages.size(); ++s) {
            if (reaches[s]) continue;
            for (const CalibratedEdge& e : stages[s].next) reaches[s] = reaches[s] || reaches[e.to];
            changed = changed || reaches[s];
        }
    }
    std::vector<std::string> out;
    for (std::size_t s = 0; s < stages.size(); ++s) {
        if (!reaches[s]) out.push_back(stages[s].id);
    }
    return out;
}

void check_ways_out(const std::vector<CalibratedStage>& stages) {
    if (std::none_of(stages.begin(), stages.end(), [](const CalibratedStage& s) { return s.outcome; })) {
        throw CaseRecordProblems{{"every stage is left by some case, so no stage can be an outcome: "
                                  "a model needs stages where journeys end (add each case's final stage)"}};
    }
    CaseRecordProblems problems;
    for (const std::string& id : stages_without_way_out(stages)) {
        problems.problems.push_back("stage " + id + ": no recorded moves lead from it to a stage where journeys end");
    }
    if (!problems.problems.empty()) throw problems;
}

}  // namespace

namespace {

// "1 recorded move", "3 recorded moves".
std::string counted(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void warn_small_counts(Calibration& c) {
    for (const CalibratedStage& s : c.stages) {
        if (!s.outcome && s.departures < few_observations) {
            c.warnings.push_back("stage " + s.id + ": only " +
                                 counted(s.departures, "recorded move", "recorded moves") +
                                 " out of it, so its shares and duration are rough");
        }
    }
    for (const CalibratedArrivals& a : c.arrivals) {
        if (a.cases < few_observations) {
            c.warnings.push_back("stage " + c.stages[a.to].id + ": only " +
                                 counted(a.cases, "case starts", "cases start") +
                                 " here, so its arrival rate is rough");
        }
    }
}

}  // namespace

Calibration calibrate(const CaseRecords& records) {
    Calibration c;
    c.attributes = records.attributes;
    c.cases = records.cases.size();
    c.date_form = records.date_form;
    c.first_day = records.first_day;
    c.last_day = records.last_day;
    std::vector<StageCounts> counts = count_stages(records);
    c.open_cases = add_open_cases(records, counts);
    const Days zero_as = zero_stay_as(records, counts);
    for (StageCounts& stage : counts) stage.stays.whole_days = records.date_form == DateForm::iso;
    for (std::uint32_t s = 0; s < counts.size(); ++s)
        c.stages.push_back(calibrated_stage(records, s, counts[s], zero_as));
    check_ways_out(c.stages);
    c.arrivals = calibrate_arrivals(records, c.arrival_span_days);
    warn_small_counts(c);
    return c;
}

}  // namespace pathways
