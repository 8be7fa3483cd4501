// CSV cells: quoting (RFC 4180) and text that a spreadsheet would run as a formula.
#include <gtest/gtest.h>

#include "report/results/csv.h"

namespace pathways {
namespace {

TEST(CsvField, TextStartingAFormulaGetsALeadingApostrophe) {
    EXPECT_EQ(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(csv_field("+cmd"), "'+cmd");
    EXPECT_EQ(csv_field("-2+3"), "'-2+3");
    EXPECT_EQ(csv_field("@SUM(A1:A2)"), "'@SUM(A1:A2)");
    EXPECT_EQ(csv_field("\tnote"), "'\tnote");
    EXPECT_EQ(csv_field("\rnote"), "\"'\rnote\"");
}

TEST(CsvField, NumbersNegativeOnesIncludedStayNumbers) {
    EXPECT_EQ(csv_field("-2.5"), "-2.5");
    EXPECT_EQ(csv_field("-1e-05"), "-1e-05");
    EXPECT_EQ(csv_field(csv_number(-0.125)), "-0.125");
    EXPECT_EQ(csv_field("42"), "42");
}

TEST(CsvField, OrdinaryTextIsUnchangedAndQuotedOnlyWhenItMustBe) {
    EXPECT_EQ(csv_field("temporary accommodation"), "temporary accommodation");
    EXPECT_EQ(csv_field("a, b"), "\"a, b\"");
    EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csv_field("x=1"), "x=1");
    EXPECT_EQ(csv_field(""), "");
}

TEST(CsvWriter, RowsNeutraliseEveryTextCell) {
    CsvWriter csv;
    csv.row({"=1+1", "-3", "plain"});
    EXPECT_EQ(csv.str(), "'=1+1,-3,plain\r\n");
}

}  // namespace
}  // namespace pathways
