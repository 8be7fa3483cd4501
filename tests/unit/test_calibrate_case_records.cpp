// Reading case records: CSV details, dates, ids, and problems that name the
// row and column but never the case.
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analysis/case_records.h"

namespace pathways {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string secret = "CASE-SECRET-981";

// The problems reading `text` reports (none when it reads).
std::vector<std::string> problems_in(const std::string& text) {
    try {
        read_case_records(text);
    } catch (const CaseRecordProblems& p) {
        return p.problems;
    }
    return {};
}

std::string only_problem(const std::string& text) {
    std::vector<std::string> p = problems_in(text);
    EXPECT_EQ(p.size(), 1u);
    return p.empty() ? "" : p.front();
}

TEST(CsvReading, ReadsQuotedFieldsWithCommasQuotesAndLineBreaks) {
    std::vector<CsvRecord> r = parse_csv("a,b\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[1].fields, (std::vector<std::string>{"x, y", "say \"hi\"\nthere"}));
    EXPECT_EQ(r[1].row, 2u);
}

TEST(CsvReading, AcceptsCrlfLineEndsAndNoFinalLineEnd) {
    std::vector<CsvRecord> r = parse_csv("a,b\r\n1,2\r\n3,4");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[2].fields, (std::vector<std::string>{"3", "4"}));
}

TEST(CsvReading, SkipsAByteOrderMarkAndBlankLines) {
    std::vector<CsvRecord> r = parse_csv("\xEF\xBB\xBF"
                                         "a\n\n1\n");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].fields.front(), "a");
}

TEST(CsvReading, RejectsAQuotedFieldThatIsNeverClosed) {
    EXPECT_THAT(only_problem("case_id,stage,date\nx,\"open,2024-01-01\n"), HasSubstr("row 2, column 2"));
}

TEST(Dates, ReadsIsoDatesAsDaysSince1970) {
    EXPECT_EQ(parse_iso_date("1970-01-01"), 0.0);
    EXPECT_EQ(parse_iso_date("2024-03-01"), 19783.0);
    EXPECT_EQ(parse_iso_date("2000-02-29"), 11016.0);
    EXPECT_EQ(parse_iso_date("1969-12-31"), -1.0);
}

TEST(Dates, RefuseImpossibleOrMalformedIsoDates) {
    EXPECT_FALSE(parse_iso_date("2023-02-29"));
    EXPECT_FALSE(parse_iso_date("2024-13-01"));
    EXPECT_FALSE(parse_iso_date("2024-1-01"));
    EXPECT_FALSE(parse_iso_date("01/03/2024"));
}

TEST(Dates, ReadDecimalDayNumbers) {
    EXPECT_EQ(parse_day_number("12.5"), 12.5);
    EXPECT_FALSE(parse_day_number("12 days"));
    EXPECT_FALSE(parse_day_number("nan"));
}

TEST(Dates, FormatBackToIso) { EXPECT_EQ(format_date(19783, DateForm::iso), "2024-03-01"); }

TEST(StageIds, AreLowercaseWithUnderscoresAndNeverStartWithADigit) {
    EXPECT_EQ(id_from_name("Move-on (TA)"), "move_on_ta");
    EXPECT_EQ(id_from_name("2nd review"), "s_2nd_review");
    EXPECT_EQ(id_from_name("--"), "");
}

TEST(CaseRecords, KeepEachCasesVisitsInOrderWithoutItsIdentifier) {
    CaseRecords r = read_case_records("case_id,stage,date,household\n"
                                      "A1,Decision,2024-01-01,single\n"
                                      "B2,Decision,2024-01-03,family\n"
                                      "A1,Move on,2024-01-05,single\n",
                                      {{"household"}});
    ASSERT_EQ(r.cases.size(), 2u);
    EXPECT_EQ(r.cases[0].visits.size(), 2u);
    EXPECT_EQ(r.stage_ids, (std::vector<std::string>{"decision", "move_on"}));
    EXPECT_EQ(r.stage_labels[1], "Move on");
    EXPECT_EQ(r.attributes[0].name, "household");
    EXPECT_EQ(r.attributes[0].values, (std::vector<std::string>{"single", "family"}));
    EXPECT_EQ(r.cases[1].values[0], 1u);
    EXPECT_EQ(r.last_day - r.first_day, 4.0);
}

TEST(CaseRecords, TakeAnEmptyAttributeValueAsUnknown) {
    CaseRecords r = read_case_records("case_id,stage,date,language\nA,x,1,\nB,x,2,Tigrinya\n", {{"Language"}});
    EXPECT_EQ(r.attributes[0].values, (std::vector<std::string>{"unknown", "tigrinya"}));
}

TEST(CaseRecords, ReportAnEmptyFile) { EXPECT_THAT(only_problem(""), HasSubstr("row 1: the file is empty")); }

TEST(CaseRecords, ReportMissingColumnsByName) {
    std::string p = only_problem("case_id,when\n" + secret + ",2024-01-01\n");
    EXPECT_THAT(p, HasSubstr("row 1"));
    EXPECT_THAT(p, HasSubstr("stage, date"));
}

TEST(CaseRecords, ReportABadDateByRowAndColumnWithoutTheCase) {
    std::string p = only_problem("case_id,stage,date\n" + secret + ",x,2024-01-01\n" + secret + ",y,2024-02-30\n");
    EXPECT_THAT(p, HasSubstr("row 3, column date"));
    // Under mislabelled headers the date column may hold identifiers: no cell value is echoed.
    EXPECT_THAT(p, Not(HasSubstr("2024-02-30")));
    EXPECT_THAT(p, Not(HasSubstr(secret)));
}

TEST(CaseRecords, NeverEchoADateFieldThatHoldsTheCaseIdentifier) {
    std::string p = only_problem("case_id,stage,date\n" + secret + ",x," + secret + "\n");
    EXPECT_THAT(p, HasSubstr("row 2, column date"));
    EXPECT_THAT(p, Not(HasSubstr(secret)));
}

TEST(CaseRecords, ReportDayNumbersMixedWithIsoDates) {
    std::string p = only_problem("case_id,stage,date\n" + secret + ",x,2024-01-01\n" + secret + ",y,45\n");
    EXPECT_THAT(p, HasSubstr("row 3, column date"));
    EXPECT_THAT(p, HasSubstr("row 2 has an ISO date"));
    EXPECT_THAT(p, Not(HasSubstr(secret)));
}

TEST(CaseRecords, ReportACaseWhoseDatesGoBackwards) {
    std::string p = only_problem("case_id,stage,date\n" + secret + ",x,2024-05-02\nother,x,2024-01-01\n" + secret +
                                 ",y,2024-03-01\n");
    EXPECT_THAT(p, HasSubstr("row 4, column date: date goes backwards for this case (earlier than its row 2)"));
    EXPECT_THAT(p, Not(HasSubstr(secret)));
    EXPECT_THAT(p, Not(HasSubstr("2024")));  // a case's dates are its own
}

TEST(CaseRecords, ReportAnEmptyStage) {
    std::string p = only_problem("case_id,stage,date\n" + secret + ", ,3\n");
    EXPECT_THAT(p, HasSubstr("row 2, column stage: empty"));
    EXPECT_THAT(p, Not(HasSubstr(secret)));
}

TEST(CaseRecords, ReportStageNamesThatMakeTheSameId) {
    std::string p = only_problem("case_id,stage,date\n" + secret + ",Move on,1\n" + secret + ",move-on,2\n");
    EXPECT_THAT(p,
                HasSubstr("row 3, column stage: the value and the one in row 2 differ but become the same stage id"));
    EXPECT_THAT(p, Not(HasSubstr("ove")));
}

TEST(CaseRecords, ReportARowWithTheWrongNumberOfFields) {
    EXPECT_THAT(only_problem("case_id,stage,date\n" + secret + ",x\n"),
                HasSubstr("row 2: has 2 fields, the header has 3"));
}

TEST(CaseRecords, ListEveryProblemNotJustTheFirst) {
    EXPECT_EQ(problems_in("case_id,stage,date\na,,1\nb,x,soon\n").size(), 2u);
}

}  // namespace
}  // namespace pathways
