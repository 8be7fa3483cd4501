// Identifiers in case records: the shapes recognised, the text that must
// survive them, and refusals that name the column and the kind, never the value.
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "analysis/case_records.h"
#include "analysis/case_records_encoding.h"
#include "analysis/identifier_shapes.h"

namespace pathways {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::optional<IdentifierKind> shape_of(const std::string& value) { return identifier_shape(value); }

TEST(IdentifierShapes, NhsNumbersRunTogetherOrInGroups) {
    for (const char* v : {"9434765919", "943 476 5919", "943-476-5919", " 943 476 5919 "})
        EXPECT_EQ(shape_of(v), IdentifierKind::nhs_number) << v;
}

TEST(IdentifierShapes, EmailAddresses) {
    for (const char* v : {"jane.doe@example.org", "j+housing@council.gov.uk", "JANE-DOE995@example.org"})
        EXPECT_EQ(shape_of(v), IdentifierKind::email_address) << v;
}

TEST(IdentifierShapes, UkPhoneNumbers) {
    for (const char* v : {"07700900000", "07700 900000", "020 7946 0000", "+44 7700 900000", "+44 (0)20 7946 0000",
                          "0044 20 7946 0000", "(020) 7946-0000"})
        EXPECT_EQ(shape_of(v), IdentifierKind::phone_number) << v;
}

TEST(IdentifierShapes, NationalInsuranceNumbers) {
    for (const char* v : {"QQ123456C", "QQ 12 34 56 C", "ab123456d"})
        EXPECT_EQ(shape_of(v), IdentifierKind::ni_number) << v;
    EXPECT_FALSE(shape_of("QQ123456E"));  // the last letter is A to D
}

TEST(IdentifierShapes, StagesDatesAndCountsSurvive) {
    for (const char* v : {"move_on_28",
                          "Move on (TA)",
                          "Section 21 notice",
                          "s184 decision",
                          "stage_100",
                          "2025-01-02",
                          "2025-01-02T10:00",
                          "412",
                          "412.5",
                          "-3",
                          "10000000",
                          "0",
                          "yes",
                          "single",
                          "family of 4",
                          "Tigrinya",
                          "rough_sleeping",
                          "unknown",
                          "4 @ 5",
                          "@home",
                          "E20 1AB",
                          "100 days",
                          ""})
        EXPECT_FALSE(shape_of(v)) << v;
}

TEST(IdentifierShapes, KindsAreNamedInWords) {
    EXPECT_EQ(identifier_kind_name(IdentifierKind::nhs_number), "NHS numbers");
    EXPECT_EQ(identifier_kind_name(IdentifierKind::ni_number), "National Insurance numbers");
}

TEST(CaseReferenceShapes, LettersWithARunOfDigits) {
    for (const char* v : {"HX-20931", "case-00001", "R-001", "ref/2025/0042"})
        EXPECT_TRUE(case_reference_shape(v)) << v;
    for (const char* v : {"move_on_28", "decision", "Section 21 notice", "2025", "c0", "stage 100"})
        EXPECT_FALSE(case_reference_shape(v)) << v;
}

TEST(CaseReferenceShapes, AStageIsARefusedReferenceOnlyWhenOneCaseEntersIt) {
    EXPECT_TRUE(lone_case_reference("HX-20931", 1, 200));
    EXPECT_FALSE(lone_case_reference("s184", 150, 200));   // a stage many cases enter
    EXPECT_FALSE(lone_case_reference("HX-20931", 1, 5));   // too few cases to tell
    EXPECT_FALSE(lone_case_reference("move_on", 1, 200));  // words, not a reference
}

TEST(CaseReferenceShapes, AStageColumnOfReferencesHasManyValuesEachEnteredRarely) {
    EXPECT_FALSE(stage_column_holds_references(25, 10'000, 40'000));  // a real pathway
    EXPECT_FALSE(stage_column_holds_references(12, 5, 30));           // small, but few stages
    EXPECT_TRUE(stage_column_holds_references(1'000, 20, 5'000));     // case_id and stage swapped
    EXPECT_TRUE(stage_column_holds_references(900, 1'000, 1'000));    // one value a row
}

TEST(CaseReferenceShapes, ShortNumbersAreNotMatchedToCaseIdentifiers) {
    EXPECT_FALSE(could_be_case_identifier("3"));
    EXPECT_FALSE(could_be_case_identifier("2024"));
    EXPECT_TRUE(could_be_case_identifier("100234"));
    EXPECT_TRUE(could_be_case_identifier("c0"));
}

TEST(Utf16Text, RecognisedWithOrWithoutAMarkEitherWay) {
    const std::string ascii = "case_id,stage,date\n";
    std::string le, be;
    for (char c : ascii) {
        le += c, le += '\0';
        be += '\0', be += c;
    }
    EXPECT_TRUE(utf16_text("\xFF\xFE" + le));
    EXPECT_TRUE(utf16_text("\xFE\xFF" + be));
    EXPECT_TRUE(utf16_text(le));
    EXPECT_TRUE(utf16_text(be));
    EXPECT_FALSE(utf16_text(ascii));
    EXPECT_FALSE(utf16_text("case_id,stage,date\nA,D\xE9"
                            "cision,1\n"));
}

// Every problem reading `text` reports, one a line ("" when it reads).
std::string refusal_of(const std::string& text, const std::vector<std::string>& attributes = {}) {
    try {
        (void)read_case_records(text, {attributes});
    } catch (const CaseRecordProblems& p) {
        std::string all;
        for (const std::string& s : p.problems) all += s + "\n";
        return all;
    }
    return "";
}

TEST(CaseRecordIdentifiers, AUtf16FileIsNamed) {
    std::string le = "\xFF\xFE";
    for (char c : std::string("case_id,stage,date\nA,x,1\n")) le += c, le += '\0';
    EXPECT_EQ(refusal_of(le), "the file is UTF-16: save it as UTF-8\n");
}

TEST(CaseRecordIdentifiers, AnUndeclaredColumnIsRefusedByNameNotByValue) {
    const std::string p = refusal_of("case_id,stage,date,household,nhs_number\n"
                                     "A,x,1,single,943 476 5919\nA,y,2,single,943 476 5919\n",
                                     {"household"});
    EXPECT_THAT(p, HasSubstr("row 1, column nhs_number: not a declared attribute"));
    EXPECT_THAT(p, HasSubstr("row 2, column nhs_number: NHS numbers (2 rows in all)"));
    EXPECT_THAT(p, Not(HasSubstr("single")));
    EXPECT_THAT(p, Not(HasSubstr("476")));
}

TEST(CaseRecordIdentifiers, DeclaredAttributesAreReadAndOthersMissingAreNamed) {
    EXPECT_EQ(refusal_of("case_id,stage,date,Household\nA,x,1,single\n", {"household"}), "");
    EXPECT_THAT(refusal_of("case_id,stage,date\nA,x,1\n", {"household"}),
                HasSubstr("--attributes: household is not a column of the file"));
    EXPECT_THAT(refusal_of("case_id,stage,date\nA,x,1\n", {"stage"}), HasSubstr("stage is a required column"));
}

TEST(CaseRecordIdentifiers, ADeclaredColumnTwiceIsAProblemNotTwoAttributes) {
    EXPECT_THAT(refusal_of("case_id,stage,date,household,Household\nA,x,1,single,single\n", {"household"}),
                HasSubstr("row 1, column Household: the column appears twice"));
}

TEST(CaseRecordIdentifiers, IdentifiersInADeclaredColumnAreRefusedWithTheKind) {
    const std::string p = refusal_of("case_id,stage,date,contact\nA,x,1,07700900000\nB,x,2,QQ123456C\n", {"contact"});
    EXPECT_THAT(p, HasSubstr("row 2, column contact: phone numbers"));
    EXPECT_THAT(p, HasSubstr("row 3, column contact: National Insurance numbers"));
    EXPECT_THAT(p, Not(HasSubstr("07700")));
    EXPECT_THAT(p, Not(HasSubstr("QQ1")));
}

TEST(CaseRecordIdentifiers, EmailsInTheStageColumnSuggestSwappedHeaders) {
    const std::string p = refusal_of("stage,case_id,date\njane@example.org,decision,1\n");
    EXPECT_THAT(p, HasSubstr("row 2, column stage: e-mail addresses: the stage column must name stages"));
    EXPECT_THAT(p, Not(HasSubstr("jane")));
}

TEST(CaseRecordIdentifiers, ACaseIdentifierAsAStageIsNotEchoed) {
    const std::string p = refusal_of("case_id,stage,date\nHX-20931,decision,1\nB7,HX-20931,2\nB7,hx_20931,3\n");
    EXPECT_THAT(p, HasSubstr("row 3, column stage: case identifiers"));
    EXPECT_THAT(p, Not(HasSubstr("20931")));
}

TEST(CaseRecordIdentifiers, AReferenceOnlyOneCaseEntersIsRefusedAndAStageManyEnterIsKept) {
    std::string csv = "case_id,stage,date\n";
    // Appended piece by piece: GCC 12 warns falsely on "k" + std::to_string(i).
    for (int i = 0; i < 12; ++i) {
        const std::string k = std::to_string(i);
        csv.append("k").append(k).append(",s184,1\nk").append(k).append(",done,2\n");
    }
    EXPECT_EQ(refusal_of(csv), "");
    const std::string p = refusal_of(csv + "k1,ZX-55501,3\n");
    EXPECT_THAT(p, HasSubstr("row 26, column stage: a value shaped like a case reference"));
    EXPECT_THAT(p, Not(HasSubstr("55501")));
}

TEST(CaseRecordIdentifiers, TooManyStagesAreRefusedBeforeAnyIsNamed) {
    std::string csv = "case_id,stage,date\n";
    for (std::size_t i = 0; i <= max_calibrated_stages; ++i) {
        const std::string k = std::to_string(i);
        csv.append("k").append(k).append(",step ").append(k).append(",1\n");
    }
    EXPECT_THAT(refusal_of(csv), HasSubstr("column stage: more than 1000 distinct stages"));
}

TEST(CaseRecordIdentifiers, AHeaderRowThatIsARecordIsNotEchoed) {
    const std::string p = refusal_of("jane@example.org,decision,2025-01-01\n");
    EXPECT_THAT(p, HasSubstr("missing column(s)"));
    EXPECT_THAT(p, Not(HasSubstr("jane")));
}

}  // namespace
}  // namespace pathways
