// Case records from spreadsheet exports: Windows-1252 text, and day numbers
// that are implausible, are answered with a warning or a row-and-column problem.
#include <string>

#include <gtest/gtest.h>

#include "analysis/calibrate.h"
#include "analysis/case_records_encoding.h"

namespace pathways {
namespace {

std::string problems_of(const std::string& text) {
    try {
        (void)read_case_records(text);
    } catch (const CaseRecordProblems& p) {
        std::string all;
        for (const std::string& s : p.problems) all += s + "\n";
        return all;
    }
    return "";
}

TEST(CaseRecordEncoding, Utf8IsRecognisedAndMalformedSequencesAreNot) {
    EXPECT_TRUE(valid_utf8("D\xC3\xA9"
                           "cision"));
    EXPECT_FALSE(valid_utf8("D\xE9"
                            "cision"));
    EXPECT_FALSE(valid_utf8("\xC0\xAF"));          // overlong
    EXPECT_FALSE(valid_utf8("\xED\xA0\x80"));      // a surrogate
    EXPECT_FALSE(valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
}

TEST(CaseRecordEncoding, AWindows1252ExportIsReadAsUtf8WithAWarning) {
    const CaseRecords r = read_case_records("case_id,stage,date\nA,D\xE9"
                                            "cision \x80,1\nA,housed,3\n");
    EXPECT_EQ(r.stage_labels[0], "D\xC3\xA9"
                                 "cision \xE2\x82\xAC");
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].find("row 2, column 2: the file is not UTF-8"), std::string::npos) << r.warnings[0];
}

TEST(CaseRecordEncoding, AByteWindows1252LeavesUndefinedIsRefusedWithItsPlace) {
    EXPECT_NE(problems_of("case_id,stage,date\nA,x\x81y,1\n").find("row 2, column 2: the byte 0x81"),
              std::string::npos);
}

TEST(CaseRecordEncoding, AUtf8FileHasNoWarning) {
    EXPECT_TRUE(read_case_records("case_id,stage,date\nA,D\xC3\xA9"
                                  "cision,1\nA,housed,3\n")
                    .warnings.empty());
}

TEST(CaseRecordDayNumbers, ADayNumberTooFarFromZeroIsARowAndColumnProblem) {
    const std::string p = problems_of("case_id,stage,date\nA,intake,0\nA,housed,1e300\n");
    EXPECT_NE(p.find("row 3, column date: the value is too far from 0"), std::string::npos) << p;
}

TEST(CaseRecordDayNumbers, DayNumbersFarApartStillCalibrateOrAreRefusedCleanly) {
    const CaseRecords r = read_case_records(
        "case_id,stage,date\nA,intake,-9e6\nA,housed,9e6\nB,intake,1\nB,housed,5\nC,intake,2\nC,housed,2.5\n");
    try {
        (void)calibrate(r);
    } catch (const CaseRecordProblems&) {
        SUCCEED();
    }
}

}  // namespace
}  // namespace pathways
