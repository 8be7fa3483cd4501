#pragma once
// Case records in long form: one row per stage a case entered, with columns
// case_id, stage, date and declared attribute columns. Reading them keeps no
// case identifier: cases are numbered in order of first appearance, and every
// problem names its row and column, never a case.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/case_dates.h"
#include "analysis/case_records_csv.h"
#include "model/model.h"

namespace pathways {

struct CaseVisit {
    std::uint32_t stage = 0;  // index into CaseRecords::stage_ids
    Days day = 0;             // on the file's own scale (ISO dates: days since 1970-01-01)
};

struct CaseHistory {
    std::vector<CaseVisit> visits;      // in date order (rows of a date in file order)
    std::vector<std::uint32_t> values;  // value index of each attribute, from the case's first row
};

// What the analyst declares about a case-record file.
struct CaseRecordOptions {
    // The attribute columns (header names, not case-sensitive). Any other
    // column besides case_id, stage and date is refused: a column nobody
    // declared is as likely an identifier as a description of a household.
    std::vector<std::string> attributes;
};

// Distinct stages calibration accepts. A pathway has tens of stages; a file
// with more holds identifiers or free text in its stage column, and would
// take minutes and gigabytes to refuse after fitting.
inline constexpr std::size_t max_calibrated_stages = 1000;

struct CaseRecords {
    std::vector<std::string> stage_ids;     // by first appearance
    std::vector<std::string> stage_labels;  // the stage as first written in the file
    std::vector<Attribute> attributes;      // other columns; values by first appearance
    std::vector<CaseHistory> cases;
    DateForm date_form = DateForm::iso;
    Days first_day = 0, last_day = 0;   // earliest and latest date in the file
    std::vector<std::string> warnings;  // e.g. the file was read as Windows-1252
};

// Parses the text of a case-record file. Throws CaseRecordProblems listing
// every problem found (missing or undeclared columns, values shaped like
// identifiers in any column but case_id (identifier_shapes.h), case
// identifiers or references in the stage column, more than
// max_calibrated_stages stages, an empty file, bad or mixed dates, a case
// whose rows go backwards in time, empty stages, names that cannot become ids
// or that collide, day numbers too far from 0). A UTF-16 file is refused; one
// that is not UTF-8 is read as Windows-1252 with a warning
// (case_records_encoding.h).
CaseRecords read_case_records(const std::string& text, const CaseRecordOptions& options = {});

// A model id for a name: lowercase, runs of other characters as one '_',
// no '_' at either end, "s_" before a leading digit; "" when nothing is left.
std::string id_from_name(const std::string& name);

}  // namespace pathways
