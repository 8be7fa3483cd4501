// Reading JSON text: every malformed input is refused with a clear place.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "format/json_reader.h"
#include "format/load.h"

namespace pathways {
namespace {

using ::testing::HasSubstr;

struct Parsed {
    std::optional<Json> json;
    std::vector<Diagnostic> problems;
    std::string message() const { return problems.empty() ? "" : problems.front().to_string(); }
};

Parsed parse(const std::string& text) {
    Parsed p;
    p.json = parse_json_text(text, "model.json", p.problems);
    return p;
}

TEST(ParseJsonText, MalformedJsonIsReportedWithLineAndColumn) {
    Parsed p = parse("{\n  \"format\": \"pathways/1\",\n  \"name\": x\n}");
    EXPECT_FALSE(p.json);
    EXPECT_THAT(p.message(), HasSubstr("model.json: invalid JSON at line 3, column 11"));
}

TEST(ParseJsonText, AnEmptyFileIsRefusedAsEmpty) {
    Parsed p = parse(" \n\t ");
    EXPECT_FALSE(p.json);
    EXPECT_THAT(p.message(), HasSubstr("the file is empty"));
}

TEST(ParseJsonText, InvalidUtf8IsRefusedAndTheMessageStaysAscii) {
    Parsed p = parse("{\"name\": \"\xff\xfe\"}");
    EXPECT_FALSE(p.json);
    EXPECT_THAT(p.message(), HasSubstr("UTF-8"));
    EXPECT_EQ(p.message().find('\xff'), std::string::npos);
}

TEST(ParseJsonText, HundredThousandDeepNestingIsRefusedBeforeParsing) {
    Parsed p = parse(std::string(100000, '[') + std::string(100000, ']'));
    EXPECT_FALSE(p.json);
    EXPECT_THAT(p.message(), HasSubstr("line 1, column 65: nesting deeper than 64 levels"));
}

TEST(ParseJsonText, NestingOfSixtyFourLevelsIsAccepted) {
    Parsed p = parse(std::string(64, '[') + std::string(64, ']'));
    EXPECT_TRUE(p.json) << p.message();
}

TEST(ParseJsonText, BracketsInsideStringsDoNotCountAsNesting) {
    std::string text = "{\"label\": \"";
    text.append(100, '[').append("\"}");
    Parsed p = parse(text);
    EXPECT_TRUE(p.json) << p.message();
}

TEST(ParseJsonText, ANumberNearTheLargestDoubleIsAccepted) {
    Parsed p = parse("{\"x\": 1e308}");
    ASSERT_TRUE(p.json) << p.message();
    EXPECT_DOUBLE_EQ((*p.json)["x"].get<double>(), 1e308);
}

TEST(ParseJsonText, ANumberBeyondTheDoubleRangeIsRefusedWithItsPlace) {
    Parsed p = parse("{\n  \"x\": -1e400}");
    EXPECT_FALSE(p.json);
    EXPECT_THAT(p.message(), HasSubstr("line 2, column 8: number -1e400 is too large"));
}

TEST(ParseJsonText, NanAndInfinityTokensAreRefused) {
    for (const char* token : {"NaN", "Infinity", "-Infinity"}) {
        Parsed p = parse(std::string("{\"x\": ") + token + "}");
        EXPECT_FALSE(p.json) << token;
        EXPECT_THAT(p.message(), HasSubstr("invalid JSON at line 1, column")) << token;
    }
}

TEST(ParseJsonText, KeyOrderIsKept) {
    Parsed p = parse("{\"b\": 1, \"a\": 2}");
    ASSERT_TRUE(p.json);
    EXPECT_EQ(p.json->begin().key(), "b");
}

TEST(ParseJsonText, GivesTheSameDocumentAsTheLibraryParser) {
    const std::string text = R"({"b": [1, -2, 2.5, "x", null, true, {"c": {}, "a": []}], "a": {"z": 1, "y": [[]]}})";
    Parsed p = parse(text);
    ASSERT_TRUE(p.json) << p.message();
    EXPECT_EQ(*p.json, Json::parse(text));
    EXPECT_EQ(p.json->dump(), Json::parse(text).dump());
}

TEST(ParseJsonText, ADuplicateKeyIsRefusedWithItsPointer) {
    Parsed p = parse(R"({"stages": {"ta": {"capacity": 1}, "prs": [0, {"p": 1, "p": 2}]}})");
    EXPECT_FALSE(p.json);
    ASSERT_EQ(p.problems.size(), 1u);
    EXPECT_EQ(p.problems[0].pointer, "/stages/prs/1/p");
    EXPECT_THAT(p.message(), HasSubstr("the key \"p\" appears twice"));
}

TEST(ParseJsonText, TrailingContentIsRefused) {
    Parsed p = parse("{\"a\": 1} x");
    EXPECT_FALSE(p.json);
    EXPECT_THAT(p.message(), HasSubstr("line 1, column"));
}

TEST(Diagnostic, ToStringJoinsFilePointerAndMessage) {
    Diagnostic d{Diagnostic::Severity::error, "m.json", "/stages/ta/capacity", "must be an integer >= 1, got 1.5"};
    EXPECT_EQ(d.to_string(), "m.json: /stages/ta/capacity: must be an integer >= 1, got 1.5");
}

TEST(Diagnostic, ToStringLeavesOutEmptyPartsAndMarksWarnings) {
    Diagnostic d{Diagnostic::Severity::warning, "", "/stages/x", "no arrival reaches this stage"};
    EXPECT_EQ(d.to_string(), "warning: /stages/x: no arrival reaches this stage");
    Diagnostic whole{Diagnostic::Severity::error, "m.json", "", "the file is empty (no JSON value)"};
    EXPECT_EQ(whole.to_string(), "m.json: the file is empty (no JSON value)");
}

TEST(Sha256, MatchesTheStandardTestVector) {
    EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace pathways

namespace pathways {
namespace {

// X03: a label with a line or paragraph separator is one line (the report's chart expressions refuse them raw).
TEST(ReaderText, LineAndParagraphSeparatorsReadAsSpaces) {
    const Json object = {{"label", "first\xE2\x80\xA8second\xE2\x80\xA9third \xE2\x80\x94 dash"}};
    EXPECT_EQ(Reader::text(object, "label"), "first second third \xE2\x80\x94 dash");
}

}  // namespace
}  // namespace pathways
