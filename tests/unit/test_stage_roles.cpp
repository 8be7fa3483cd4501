// Stage roles: what a stage stands for that reports single out, as format 1.2
// states it and as older formats named it in stage ids.
#include <gtest/gtest.h>

#include "test_load_fixture.h"

namespace pathways {
namespace {

using namespace pathways::testing;

TEST(StageRoles, OlderFormatsNameRoughSleepingInTheStageId) {
    LoadResult r = load(example());  // format 1: "rough_sleeping" is an outcome's id
    ASSERT_TRUE(r.ok()) << all_diagnostics(r);
    EXPECT_EQ(r.model->stages[*r.model->find_stage("rough_sleeping")].role, StageRole::rough_sleeping);
    EXPECT_EQ(r.model->stages[*r.model->find_stage("ta")].role, StageRole::none);
}

TEST(StageRoles, Format12NamesRolesOnlyByRole) {
    Json doc = with(example(), "/format", "pathways/1.2");
    LoadResult plain = load(doc);
    ASSERT_TRUE(plain.ok()) << all_diagnostics(plain);
    EXPECT_EQ(plain.model->stages[*plain.model->find_stage("rough_sleeping")].role, StageRole::none);
    LoadResult named =
        load(with(with(doc, "/stages/rough_sleeping/role", "rough_sleeping"), "/stages/ta/role", "lost_contact"));
    ASSERT_TRUE(named.ok()) << all_diagnostics(named);
    EXPECT_EQ(named.model->stages[*named.model->find_stage("rough_sleeping")].role, StageRole::rough_sleeping);
    EXPECT_EQ(named.model->stages[*named.model->find_stage("ta")].role, StageRole::lost_contact);
}

TEST(StageRoles, AnUnknownRoleAndARoleBeforeFormat12AreRefused) {
    Json doc = with(example(), "/format", "pathways/1.2");
    EXPECT_TRUE(has_error(load(with(doc, "/stages/ta/role", "asleep")), "/stages/ta/role",
                          "must be \"rough_sleeping\" or \"lost_contact\", got \"asleep\""));
    EXPECT_FALSE(messages_at(load(with(example(), "/stages/ta/role", "lost_contact")), "/stages/ta/role").empty());
}

}  // namespace
}  // namespace pathways
