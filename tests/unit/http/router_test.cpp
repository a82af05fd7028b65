#include "http/router.hpp"

#include <gtest/gtest.h>

#include "http/path_template.hpp"

namespace motus::http {
namespace {

boost::asio::awaitable<Response> nothing(Request&) { co_return Response{}; }

Router sample() {
  Router r;
  r.add({"GET", "/api/v1/care/members/{id}", "member", "care", nothing});
  r.add({"PUT", "/api/v1/care/members/{id}/program", "program", "care", nothing});
  r.add({"GET", "/api/v1/care/members/queue", "literal beats parameter", "care", nothing});
  r.add({"POST", "/api/v1/me/sessions", "post", "me", nothing});
  r.add({"GET", "/", "root", "web", nothing});
  return r;
}

TEST(Router, ExtractsPathParameters) {
  auto r = sample();
  auto m = r.match("GET", "/api/v1/care/members/abc-123");
  ASSERT_EQ(m.kind, MatchKind::found);
  EXPECT_EQ(m.route->path, "/api/v1/care/members/{id}");
  EXPECT_EQ(m.params.at("id"), "abc-123");
}

TEST(Router, LiteralSegmentsWinOverParameters) {
  auto r = sample();
  auto m = r.match("GET", "/api/v1/care/members/queue");
  ASSERT_EQ(m.kind, MatchKind::found);
  EXPECT_EQ(m.route->summary, "literal beats parameter");
}

TEST(Router, ParameterWithALiteralSuffix) {
  Router r;
  r.add({"GET", "/api/v1/calendar/{token}.ics", "feed", "calendar", nothing});
  auto m = r.match("GET", "/api/v1/calendar/abc.def.ics");
  ASSERT_EQ(m.kind, MatchKind::found);
  EXPECT_EQ(m.params.at("token"), "abc.def");
  EXPECT_EQ(r.match("GET", "/api/v1/calendar/abc").kind, MatchKind::none);
  EXPECT_EQ(r.match("GET", "/api/v1/calendar/.ics").kind, MatchKind::none);
  const auto parameter = path_parameter("{token}.ics");
  ASSERT_TRUE(parameter.has_value());
  EXPECT_EQ(parameter->name, "token");
  EXPECT_EQ(parameter->suffix, ".ics");
  EXPECT_FALSE(path_parameter("calendar").has_value());
}

TEST(Router, WrongMethodListsTheAllowedOnes) {
  auto r = sample();
  auto m = r.match("DELETE", "/api/v1/care/members/x/program");
  EXPECT_EQ(m.kind, MatchKind::wrong_method);
  EXPECT_EQ(m.allow, "PUT");
}

TEST(Router, HeadIsServedByGet) {
  auto r = sample();
  EXPECT_EQ(r.match("HEAD", "/api/v1/care/members/x").kind, MatchKind::found);
}

TEST(Router, NoMatchForOtherShapesOrTrailingSlashes) {
  auto r = sample();
  EXPECT_EQ(r.match("GET", "/api/v1/care/members").kind, MatchKind::none);
  EXPECT_EQ(r.match("GET", "/api/v1/care/members/x/y/z").kind, MatchKind::none);
  EXPECT_EQ(r.match("GET", "/api/v1/care/members/x/").kind, MatchKind::none);
  EXPECT_EQ(r.match("GET", "/").kind, MatchKind::found);
}

TEST(Router, RefusesDuplicatesAndRelativePaths) {
  auto r = sample();
  EXPECT_THROW(r.add({"POST", "/api/v1/me/sessions", "again", "me", nothing}),
               std::invalid_argument);
  EXPECT_THROW(r.add({"GET", "relative", "bad", "me", nothing}), std::invalid_argument);
}

TEST(Router, SplitPathIgnoresRepeatedSlashes) {
  EXPECT_EQ(split_path("//a///b/"), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(split_path("/").empty());
}

}  // namespace
}  // namespace motus::http
