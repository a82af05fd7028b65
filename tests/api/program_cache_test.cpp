// The server keeps each member's parsed program between reads
// (api/shared/journey_program_cache.hpp). It must never answer with a program that has since
// changed in the database, whoever changed it: here the stored state is rewritten behind the
// server's back, as another server sharing the database would, and the very next reads must show
// the new state.
#include <gtest/gtest.h>

#include <string>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

class ProgramCache : public SignedUpMember {
 protected:
  json read(const std::string& target) {
    const auto answer = get(target);
    EXPECT_EQ(answer.status, 200) << answer.body;
    return json::parse(answer.body);
  }
  // Rewrites the stored program state the way another server's write would.
  void store_state(const json& state) {
    server.console().execute("UPDATE member_programs SET state = $1 WHERE member_id = $2",
                             {state.dump(), member_id});
  }
};

TEST_F(ProgramCache, AChangeMadeElsewhereIsSeenByTheNextRead) {
  const json intake{{"age", 35},
                    {"duration_weeks", 4},
                    {"pain_now", 4},
                    {"locations", {"sacrum_left", "buttock_left"}},
                    {"points_to_one_spot", true},
                    {"prefs", {{"minutes_per_day", 20}}}};
  const auto posted = with_cookie(client, "POST", "/api/v1/me/intake", token, intake.dump());
  ASSERT_EQ(posted.status, 201) << posted.body;

  // Read twice so the parsed program is surely cached.
  EXPECT_EQ(read("/api/v1/me/program")["paused"], false);
  EXPECT_EQ(read("/api/v1/me/session/today")["paused"], false);
  const auto sessions_before = read("/api/v1/me/program")["sessions"].get<int>();

  auto state = json::parse(
      server.scalar("SELECT state FROM member_programs WHERE member_id = $1", {member_id}));
  state["paused"] = true;
  state["sessions"] = sessions_before + 7;
  store_state(state);

  const auto program = read("/api/v1/me/program");
  EXPECT_EQ(program["paused"], true);
  EXPECT_EQ(program["sessions"], sessions_before + 7);
  const auto today = read("/api/v1/me/session/today");
  EXPECT_EQ(today["paused"], true);
  EXPECT_TRUE(today["exercises"].empty());

  state["paused"] = false;
  store_state(state);
  EXPECT_EQ(read("/api/v1/me/session/today")["paused"], false);
}

}  // namespace
}  // namespace motus::test
