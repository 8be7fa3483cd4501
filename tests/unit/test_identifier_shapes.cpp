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
    for (const char* v : {"jane.doe@example.org", "j+housing@council.gov.uk", "JANE-DOE995@example.org",
                          "jo.bloggs@hackney", "jo@localhost", "jo@[192.168.0.1]"})
        EXPECT_EQ(shape_of(v), IdentifierKind::email_address) << v;
}

TEST(IdentifierShapes, UkPhoneNumbers) {
    for (const char* v : {"07700900000", "07700 900000", "020 7946 0000", "+44 7700 900000", "+44 (0)20 7946 0000",
                          "0044 20 7946 0000", "(020) 7946-0000"})
        EXPECT_EQ(shape_of(v), IdentifierKind::phone_number) << v;
}

TEST(IdentifierShapes, NationalInsuranceNumbers) {
    for (const char* v : {"QQ123456C", "QQ 12 34 56 C", "ab123456d", "AB 123456" /* the letter left out */})
        EXPECT_EQ(shape_of(v), IdentifierKind::ni_number) << v;
    EXPECT_FALSE(shape_of("QQ123456E"));  // the last letter is A to D
}

// Written the ways spreadsheet exports and people write them: inside text,
// split by dots, slashes or underscores, padded or split by Unicode spaces,
// in fullwidth or other scripts' digits, in capitals.
TEST(IdentifierShapes, FoundInsideTextAndHoweverSplit) {
    const std::vector<std::pair<std::string, IdentifierKind>> cases = {
        {"Referred to jo.bloggs@example.com", IdentifierKind::email_address},
        {"JO.BLOGGS@EXAMPLE.COM", IdentifierKind::email_address},
        {"contact: jo @ example.org.", IdentifierKind::email_address},
        {"jo\xEF\xBC\xA0"
         "example.org",
         IdentifierKind::email_address},  // fullwidth @
        {"single tel 07700 900123", IdentifierKind::phone_number},
        {"ring 07700.900.123 after 5", IdentifierKind::phone_number},
        {"+33 1 23 45 67 89", IdentifierKind::phone_number},
        {"943.476.5919", IdentifierKind::nhs_number},
        {"943/476/5919", IdentifierKind::nhs_number},
        {"943_476_5919", IdentifierKind::nhs_number},
        {"NHS no 9434765919 (checked)", IdentifierKind::nhs_number},
        {"9 4 3 4 7 6 5 9 1 9", IdentifierKind::nhs_number},
        {"\xC2\xA0"
         "9434765919",
         IdentifierKind::nhs_number},  // no-break space
        {"943\xE2\x80\xAF"
         "476\xE2\x80\xAF"
         "5919",
         IdentifierKind::nhs_number},  // narrow no-break spaces
        {"943\xE2\x80\x89"
         "476\xE2\x80\x89"
         "5919",
         IdentifierKind::nhs_number},  // thin spaces
        {"943\xE2\x80\x93"
         "476\xE2\x80\x93"
         "5919",
         IdentifierKind::nhs_number},  // en dashes
        {"9434\xE2\x80\x8B"
         "765919",
         IdentifierKind::nhs_number},  // a zero-width space
        {"\xEF\xBC\x99\xEF\xBC\x94\xEF\xBC\x93\xEF\xBC\x94\xEF\xBC\x97\xEF\xBC\x96\xEF\xBC\x95\xEF\xBC\x99\xEF\xBC"
         "\x91\xEF\xBC\x99",
         IdentifierKind::nhs_number},  // fullwidth digits
        {"\xD9\xA9\xD9\xA4\xD9\xA3\xD9\xA4\xD9\xA7\xD9\xA6\xD9\xA5\xD9\xA9\xD9\xA1\xD9\xA9",
         IdentifierKind::nhs_number},  // Arabic-Indic digits
        {"ref9434765919", IdentifierKind::nhs_number},
        {"9434765919 1", IdentifierKind::long_number},  // digits added do not hide it
        {"4929 1234 5678 9012", IdentifierKind::long_number},
        {"QQ-12-34-56-C", IdentifierKind::ni_number},
        {"QQ\\12\\34\\56\\C", IdentifierKind::ni_number},
        {"9,434,765,919", IdentifierKind::nhs_number},  // Excel's thousands commas
        {"943|476|5919", IdentifierKind::nhs_number},
        {"ref 943~476~5919", IdentifierKind::nhs_number},
        {"943\xE2\x80\xA2"
         "476\xE2\x80\xA2"
         "5919",
         IdentifierKind::nhs_number},  // bullets
        {"07700&900&123", IdentifierKind::phone_number},
        {"NI: qq.12.34.56.c", IdentifierKind::ni_number},
        {"\xEF\xBC\xB1\xEF\xBC\xB1"
         "123456C",
         IdentifierKind::ni_number},  // fullwidth letters
    };
    for (const auto& [v, kind] : cases) EXPECT_EQ(shape_of(v), kind) << v;
}

TEST(IdentifierShapes, LongNumbersAreNamedAsSuch) {
    EXPECT_EQ(identifier_kind_name(IdentifierKind::long_number), "numbers of more than ten digits");
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
                          "Referred to housing",
                          "Section 21 notice served",
                          "ref/2025/0042",
                          "2025-01-02 to 2025-03-04",
                          "Band 3 / 12 weeks",
                          "priority need (yes)",
                          "1,000,000",
                          "D\xC3\xA9"
                          "cision",
                          "\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF",  // an Arabic word: text, not a shape
                          "\xC2\xA0single\xC2\xA0",
                          "jo at home",
                          "reply @ 10.30",
                          "s21 notice 2025.01.02",
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

TEST(CaseReferenceShapes, CaseIdentifiersAreMatchedInAnyCaseAndSpacing) {
    EXPECT_EQ(identifier_key("CASE-00003"), identifier_key("case_00003"));
    EXPECT_EQ(identifier_key("CASE-00003"), identifier_key(" case 00003\xC2\xA0"));
    EXPECT_EQ(identifier_key("CASE-00003"),
              identifier_key("case-\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x93"));
    EXPECT_NE(identifier_key("CASE-00003"), identifier_key("case-00004"));
    EXPECT_NE(identifier_key("\xD9\x85\xD8\xAD"), identifier_key("\xD8\xAD\xD9\x85"));  // other scripts kept
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

TEST(CaseRecordIdentifiers, IdentifiersInsideTextOrSplitAreRefusedUnechoed) {
    const std::string p = refusal_of("case_id,stage,date,household\n"
                                     "A,\"Referred to jo.bloggs@example.com\",1,single\n"
                                     "A,\xC2\xA0"
                                     "9434765919,2,single\n"
                                     "B,x,1,single tel 07700 900123\n"
                                     "C,x,1,943.476.5919\n"
                                     "D,x,1,QQ-12-34-56-C\n",
                                     {"household"});
    EXPECT_THAT(p, HasSubstr("row 2, column stage: e-mail addresses"));
    EXPECT_THAT(p, HasSubstr("row 3, column stage: NHS numbers"));
    EXPECT_THAT(p, HasSubstr("row 4, column household: phone numbers"));
    EXPECT_THAT(p, HasSubstr("row 5, column household: NHS numbers"));
    EXPECT_THAT(p, HasSubstr("row 6, column household: National Insurance numbers"));
    for (const char* value : {"bloggs", "example", "9434", "943", "07700", "900123", "QQ", "Referred", "tel"})
        EXPECT_THAT(p, Not(HasSubstr(value))) << value;
}

TEST(CaseRecordIdentifiers, AnotherCasesIdentifierInAnotherCaseOrSpacingIsRefused) {
    const std::string p =
        refusal_of("case_id,stage,date,household\ncase-00003,x,1,single\nB,x,1,CASE 00003\n", {"household"});
    EXPECT_THAT(p, HasSubstr("row 3, column household: case identifiers"));
    EXPECT_THAT(p, Not(HasSubstr("00003")));
}

TEST(CaseRecordIdentifiers, AValueWithoutLatinLettersIsNamedByPlaceNotEchoed) {
    const std::string name = "\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF";  // an invented name in Arabic script
    const std::string p = refusal_of("case_id,stage,date,household\nA,x,1," + name + "\n", {"household"});
    EXPECT_THAT(p, HasSubstr("row 2, column household: the value cannot become a value id: ids are made of Latin "
                             "letters and digits (a-z, 0-9), and it has none"));
    EXPECT_THAT(p, Not(HasSubstr("no letters")));
    EXPECT_THAT(p, Not(HasSubstr(name)));
}

TEST(CaseRecordIdentifiers, ValuesThatCollideAreNamedByRowNotEchoed) {
    const std::string p = refusal_of("case_id,stage,date,household\nA,x,1,Jo Bloggs\nB,x,1,jo-bloggs\n", {"household"});
    EXPECT_THAT(p, HasSubstr("row 3, column household: the value and the one in row 2 differ but become the same "
                             "value id"));
    EXPECT_THAT(p, Not(HasSubstr("logg")));
}

TEST(CaseRecordIdentifiers, ControlCharactersAreRefusedInAnyColumn) {
    const char csv[] = "case_id,stage,date\nA,deci\0sion,1\nB\x01,x,1\nC,\"x\ny\",1\n";
    const std::string p = refusal_of(std::string(csv, sizeof csv - 1));
    EXPECT_THAT(p, HasSubstr("row 2, column stage: control characters (2 rows in all)"));
    EXPECT_THAT(p, HasSubstr("row 3, column case_id: control characters"));
    EXPECT_THAT(p, Not(HasSubstr("deci")));
    EXPECT_THAT(refusal_of("case_id,stage,date\nA,x\xC2\x85y,1\n"), HasSubstr("row 2, column stage: control"));
    EXPECT_EQ(refusal_of("case_id,stage,date\nA,x\ty,1\n"), "");  // a tab is white space
}

TEST(CaseRecordIdentifiers, AFieldOverTheLengthLimitIsRefusedByPlace) {
    const std::string longest(max_case_record_field_bytes, 'x');
    EXPECT_EQ(refusal_of("case_id,stage,date\nA," + longest + ",1\n"), "");
    const std::string p = refusal_of("case_id,stage,date\nA," + longest + "y,1\n");
    EXPECT_THAT(p, HasSubstr("row 2, column 2: a field longer than 1000 bytes"));
    EXPECT_THAT(refusal_of("case_id,stage,date\nA,\"" + longest + "y\",1\n"), HasSubstr("row 2, column 2: a field"));
    EXPECT_EQ(refusal_of("case_id,stage,date\nA,\"" + longest + "\",1\n"), "");
}

}  // namespace
}  // namespace pathways
