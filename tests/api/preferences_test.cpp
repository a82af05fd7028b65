// Minutes a day, equipment, floor and kneeling changed from Account without a new intake
// (GET/PUT /api/v1/me/preferences): the program is built again, says what changed, keeps its
// sessions, and a bad preference is refused by field with nothing written.
#include <gtest/gtest.h>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

class Preferences : public SignedUpMember {
 protected:
  HttpResult put(const json& body) {
    return with_cookie(client, "PUT", "/api/v1/me/preferences", token, body.dump());
  }
};

TEST_F(Preferences, BeforeAnyProgramThereIsNothingToChange) {
  const auto none = get("/api/v1/me/preferences");
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_TRUE(none.json()["prefs"].is_null());
  EXPECT_EQ(put({{"minutes_per_day", 10}}).status, 404);
}

TEST_F(Preferences, LessTimeAndNoFloorRebuildTheProgramAndSayWhatChanged) {
  ASSERT_EQ(
      with_cookie(client, "POST", "/api/v1/me/intake", token, self_care_intake().dump()).status,
      201);
  const auto before = get("/api/v1/me/preferences");
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_EQ(before.json()["prefs"]["minutes_per_day"], 30);

  auto refused = put({{"minutes_per_day", 500}});
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_NE(refused.json()["detail"].get<std::string>().find("minutes_per_day"), std::string::npos);
  EXPECT_EQ(get("/api/v1/me/preferences").json()["prefs"]["minutes_per_day"], 30)
      << "nothing written";

  auto changed = put({{"minutes_per_day", 10}, {"floor_ok", false}, {"kneeling_ok", false}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  const json answer = changed.json();
  ASSERT_FALSE(answer["changes"].empty());
  EXPECT_EQ(answer["changes"][0], "About 10 minutes a day now, was 30.");
  EXPECT_LE(answer["program"]["minutes"].get<int>(), 10);
  auto program = get("/api/v1/me/program");
  ASSERT_EQ(program.status, 200);
  EXPECT_EQ(program.json()["program"], answer["program"]) << "the program read back is the new one";
  EXPECT_EQ(get("/api/v1/me/preferences").json()["prefs"]["floor_ok"], false);
  EXPECT_EQ(std::stoi(server.scalar("SELECT count(*) FROM audit_log WHERE member_id = $1 AND "
                                    "entity = 'preferences' AND action = 'write'",
                                    {member_id})),
            1);

  auto same = put({{"minutes_per_day", 10}, {"floor_ok", false}, {"kneeling_ok", false}});
  ASSERT_EQ(same.status, 200) << same.body;
  EXPECT_EQ(same.json()["changes"],
            json::array({"Your exercises stay as they were: they already fit."}));
}

}  // namespace
}  // namespace motus::test
