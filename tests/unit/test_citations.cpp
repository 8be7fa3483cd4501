// The evidence register: ids a model's sources cite in square brackets are
// looked up in evidence/register.json beside the model; unknown ids are warnings and
// known ones reach the model as full citations for the report.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "format/citations.h"
#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

const char* register_text = R"({"format": "pathways-sources/1", "entries": {
  "grants_2024": {"publisher": "Home Office", "title": "Immigration system statistics", "date": "2025-02",
                  "figure": "39,616 people granted protection in 2024", "confidence": "high"}}})";

class Citations : public FilesTest {
protected:
    // The example model, with one source that cites the given text, as a file.
    std::string model_citing(const std::string& source) const {
        return file("model.json", with(example(), "/stages/move_on/source", source).dump());
    }
};

TEST(CitedIds, AreLowerCaseIdsInSquareBracketsInOrder) {
    EXPECT_THAT(cited_ids("about 800 [hackney_2024] and 0.32 a year [grants_2024, derived]"),
                ElementsAre("hackney_2024"));
    EXPECT_THAT(cited_ids("[a] then [b_2] but not [S:3.2], [A] or []"), ElementsAre("a", "b_2"));
}

TEST_F(Citations, AnIdInTheRegisterReachesTheModelAsAFullCitation) {
    file("evidence/register.json", register_text);
    const LoadResult r = load_model_file(model_citing("Home Office figures [grants_2024]"));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.model->citations.size(), 1u);
    EXPECT_EQ(r.model->citations[0].publisher, "Home Office");
    EXPECT_EQ(r.model->citations[0].confidence, "high");
    EXPECT_THAT(messages_at(r, "/stages/move_on/source", Diagnostic::Severity::warning), IsEmpty());
}

TEST_F(Citations, AnIdNotInTheRegisterIsAWarningAtTheSourceThatCitesIt) {
    file("evidence/register.json", register_text);
    const LoadResult r = load_model_file(model_citing("a report [grants_2042]"));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_THAT(messages_at(r, "/stages/move_on/source", Diagnostic::Severity::warning),
                ElementsAre(HasSubstr("cites [grants_2042], which is not in the evidence register")));
    EXPECT_THAT(r.model->citations, IsEmpty());
}

TEST_F(Citations, ACitationWithNoRegisterBesideTheModelIsAWarningThatSaysSo) {
    const LoadResult r = load_model_file(model_citing("[grants_2024]"));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_THAT(messages_at(r, "/stages/move_on/source", Diagnostic::Severity::warning),
                ElementsAre(HasSubstr("(no such file)")));
}

TEST_F(Citations, AScenarioSourceIsCheckedInTheScenarioFile) {
    file("evidence/register.json", register_text);
    const std::string s = file("s.json", R"({"format": "pathways-scenario/1", "name": "s", "source": "[nowhere]",
                                            "patch": {}})");
    const LoadResult r = load_model_file(model_citing("[grants_2024]"), {s});
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    bool found = false;
    for (const Diagnostic& d : r.diagnostics) found = found || (d.file == s && d.pointer == "/source");
    EXPECT_TRUE(found) << all_diagnostics(r);
}

TEST_F(Citations, ARegisterEntryWithoutItsPublisherIsAnErrorAndNoModelIsBuilt) {
    file("evidence/register.json", R"({"format": "pathways-sources/1", "entries": {
        "x": {"title": "t", "date": "2024", "figure": "1", "confidence": "sure"}}})");
    const LoadResult r = load_model_file(model_citing("[x]"));
    EXPECT_FALSE(r.ok());
    EXPECT_THAT(all_diagnostics(r), HasSubstr("/entries/x: missing required key 'publisher'"));
    EXPECT_THAT(all_diagnostics(r), HasSubstr("/entries/x/confidence"));
}

TEST_F(Citations, TheDayAnEntryWasLastCheckedReachesTheModel) {
    file("evidence/register.json", R"({"format": "pathways-sources/1", "entries": {
        "x": {"publisher": "p", "title": "t", "date": "2026", "figure": "1", "confidence": "high",
              "checked": "2026-03-12"}}})");
    const LoadResult r = load_model_file(model_citing("[x]"));
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    ASSERT_EQ(r.model->citations.size(), 1u);
    EXPECT_EQ(r.model->citations[0].checked, "2026-03-12");
}

TEST_F(Citations, ACheckedDayThatIsNoCalendarDateIsAnError) {
    file("evidence/register.json", R"({"format": "pathways-sources/1", "entries": {
        "x": {"publisher": "p", "title": "t", "date": "2026", "figure": "1", "confidence": "high",
              "checked": "March 2026"}}})");
    const LoadResult r = load_model_file(model_citing("[x]"));
    EXPECT_FALSE(r.ok());
    EXPECT_THAT(all_diagnostics(r), HasSubstr("/entries/x/checked: must be a date written YYYY-MM-DD"));
}

}  // namespace
}  // namespace pathways
