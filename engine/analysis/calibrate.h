#pragma once
// Building a model from case records: the stages seen, the shares of moves
// between them, a fitted duration for each stage, and the arrival streams.
//
// - A stage no case ever leaves is an outcome; its kind is guessed from its
//   name (see guess_outcome_kind). A case whose last stage is not an outcome
//   is open (still going on when the data end, right-censored): its moves
//   count, and its last stay counts as censored at the data's last date.
// - Shares are moves out of a stage over all moves out of it. They are split
//   by one attribute (edges with `when`) when every value of it has at least
//   `min_departures_to_split` moves out and a chi-square test of homogeneity
//   rejects equal shares at the 1% level (the attribute with the smallest
//   p-value wins); otherwise they are pooled.
// - Arrivals: one stream per first stage, rate = cases / days between the
//   earliest and latest first date (a batch at day 0 when they coincide);
//   the mix is the attribute values of the cases' first rows. Day 0 is the
//   earliest date in the file and the horizon is that arrival span.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analysis/case_records.h"
#include "analysis/fit_duration.h"
#include "model/model.h"

namespace pathways {

inline constexpr std::size_t min_departures_to_split = 10;
inline constexpr std::size_t few_observations = 10;  // below this, figures are flagged as rough

struct CalibratedEdge {
    std::uint32_t to = 0;
    double p = 0;
    std::size_t moves = 0;
    std::optional<Condition> when;
};

struct CalibratedStage {
    std::string id, label;
    bool outcome = false;
    OutcomeKind kind = OutcomeKind::neutral;
    bool kind_recognised = false;  // the name matched a word list
    std::optional<DurationFit> fit;
    std::vector<CalibratedEdge> next;
    std::optional<std::uint32_t> split_by;  // attribute the shares are split by
    std::size_t cases = 0;                  // cases that entered it
    std::size_t departures = 0;             // moves out of it
    std::size_t open_here = 0;              // open cases whose last stage it is
};

struct CalibratedArrivals {
    std::uint32_t to = 0;
    std::size_t cases = 0;
    double rate_per_day = 0;
    std::optional<Batch> batch;  // all first dates on one day
    Mix mix;
};

struct Calibration {
    std::vector<Attribute> attributes;
    std::vector<CalibratedStage> stages;
    std::vector<CalibratedArrivals> arrivals;
    std::size_t cases = 0, open_cases = 0;
    Days arrival_span_days = 0;  // earliest to latest first date
    DateForm date_form = DateForm::iso;
    Days first_day = 0, last_day = 0;   // of the file, on its own scale
    std::vector<std::string> warnings;  // small counts, naming stages, never cases
};

// "settled" for names with settled, tenancy, housed, home_found, resettled;
// "drop_off" for rough, lost, evict, homeless, drop, disengag, abandon,
// unknown whereabouts; none otherwise (the stage is then neutral).
std::optional<OutcomeKind> guess_outcome_kind(const std::string& stage_id);

// One stream per first stage (in order of first appearance), with the days
// between the earliest and latest first date.
std::vector<CalibratedArrivals> calibrate_arrivals(const CaseRecords& records, Days& arrival_span_days);

// Throws CaseRecordProblems when the records cannot make a valid model
// (no stage that cases only ever end at, or stages with no way to one).
Calibration calibrate(const CaseRecords& records);

}  // namespace pathways
