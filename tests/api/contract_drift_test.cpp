// The served OpenAPI document cannot drift from the handlers (docs/api-schemas.md). For every
// route of /api/openapi.json:
// - it has a contract: who may call it (x-roles), a schema for each successful answer, and for a
//   route that takes a body, the body's schema and an example; a route without them fails here
//   by name, saying what to add;
// - its documented example, sent as a caller of its first role, gets one of the documented
//   successful statuses, and the answer validates against that status's schema in the document
//   (http/json_schema.hpp's validator, the one that checks request bodies);
// - its example with the first required field spoiled gets a 400 problem whose errors[] names
//   that field, and that problem validates against the document's Problem schema.
// Runs on both back ends, as the whole API suite does.
#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <map>
#include <set>

#include "http/json_schema.hpp"
#include "support/api_accounts.hpp"
#include "support/server_process.hpp"

namespace motus::test {
namespace {

using Json = nlohmann::json;
namespace schema = http::schema;

const std::string kDemoPassword = "drift-demo-password-4";
const std::string kStaffPassword = "quiet-harbour-maple-8";
// The password of every member the fixture makes, and the one the documented examples use.
const std::string kMemberPassword = "willow-copper-stone-5";

std::string upper(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

struct Operation {
  std::string method;  // GET, POST, ...
  std::string path;    // the template, e.g. /api/v1/care/members/{id}
  Json spec;           // the operation object of the document
  std::string name() const { return method + " " + path; }
};

std::vector<Operation> operations_of(const Json& document) {
  std::vector<Operation> out;
  for (const auto& [path, operations] : document["paths"].items()) {
    for (const auto& [method, spec] : operations.items())
      out.push_back({upper(method), path, spec});
  }
  return out;
}

// Routes that make what later ones need run first; routes that end a session or an account last.
const std::vector<std::string> kFirst = {"POST /api/v1/eligibility/check",
                                         "POST /api/v1/auth/signup", "POST /api/v1/me/intake",
                                         "PUT /api/v1/care/availability"};
const std::vector<std::string> kLast = {"DELETE /api/v1/me/appointments/{id}",
                                        "DELETE /api/v1/care/appointments/{id}",
                                        "POST /api/v1/me/password",
                                        "POST /api/v1/admin/accounts/{id}/disable",
                                        "POST /api/v1/admin/accounts/{id}/enable",
                                        "DELETE /api/v1/me",
                                        "POST /api/v1/auth/logout"};

// Routes whose documented example cannot succeed on this test's demo server, with the status it
// answers instead and why. Their successes are proven by their own suites; here the answer must
// be exactly this status, as a problem that fits the document's Problem schema.
struct Refusal {
  int status;
  const char* why;
};
const std::map<std::string, Refusal> kCannotSucceedHere = {
    {"POST /api/v1/auth/password/forgot",
     {503, "email is off on the demo server (account_recovery_test.cpp sends real mail)"}},
    {"POST /api/v1/auth/password/reset", {503, "email is off on the demo server"}},
    {"POST /api/v1/auth/email/verify", {503, "email is off on the demo server"}},
    {"POST /api/v1/auth/email/verification", {503, "email is off on the demo server"}},
    {"DELETE /api/v1/admin/accounts/{id}/second-factor",
     {409, "needs a staff account with two-step login (second_factor_test.cpp resets one)"}},
    {"POST /api/v1/auth/login/second-factor",
     {401, "needs the ticket of a password step (second_factor_test.cpp logs in with codes)"}},
    {"POST /api/v1/me/second-factor/confirm",
     {400, "needs a code from the authenticator app (second_factor_test.cpp computes one)"}},
    {"POST /api/v1/care/members/{id}/flags/{flag_id}/handled",
     {404, "needs an open warning-sign flag (care_loop tests raise and handle one)"}},
    {"GET /api/v1/visits/{id}/ice",
     {409, "the visit room opens 10 minutes before the start (visit tests move the clock)"}},
    {"PUT /api/v1/visits/{id}/note", {409, "a note needs a visit that took place"}},
    {"GET /api/v1/visits/{id}/signal",
     {426, "a WebSocket upgrade, not a plain GET (visit_signal tests open the socket)"}},
};

std::vector<Operation> in_running_order(std::vector<Operation> operations) {
  const auto rank = [](const Operation& op) {
    for (std::size_t i = 0; i < kFirst.size(); ++i)
      if (kFirst[i] == op.name()) return static_cast<int>(i) - 100;
    for (std::size_t i = 0; i < kLast.size(); ++i)
      if (kLast[i] == op.name()) return static_cast<int>(i) + 100;
    return 0;
  };
  std::stable_sort(operations.begin(), operations.end(),
                   [&](const Operation& a, const Operation& b) { return rank(a) < rank(b); });
  return operations;
}

// The JSON media of an operation's request body, or null.
const Json* json_body_of(const Operation& op) {
  const auto& spec = op.spec;
  if (!spec.contains("requestBody")) return nullptr;
  const auto& content = spec["requestBody"]["content"];
  return content.contains("application/json") ? &content["application/json"] : nullptr;
}

// What is missing from an operation's contract, in words that say what to add; empty: nothing.
std::vector<std::string> missing_contract(const Operation& op) {
  std::vector<std::string> missing;
  if (!op.spec.contains("x-roles") || op.spec["x-roles"].empty())
    missing.push_back("who may call it: .for_roles({...})");
  bool success = false;
  for (const auto& [status, answer] : op.spec["responses"].items()) {
    // 101: the WebSocket upgrade of the visit room, its one success; it has no body.
    if (status.empty() || (status[0] != '2' && status != "101")) continue;
    success = true;
    if (status != "204" && status != "101" && !answer.contains("content"))
      missing.push_back("the schema of its " + status + " answer: .answers(" + status +
                        ", schema)");
  }
  const auto& responses = op.spec["responses"];
  const bool undescribed =
      responses.contains("200") && responses["200"]["description"] == "Success (not yet described)";
  if (!success || undescribed) missing.push_back("its successful answer: .answers(status, schema)");
  if (op.spec.contains("requestBody")) {
    for (const auto& [type, media] : op.spec["requestBody"]["content"].items()) {
      if (!media.contains("schema"))
        missing.push_back("the schema of its " + type + " body: .accepts(schema, example)");
      if (!media.contains("example"))
        missing.push_back("an example " + type + " body: .accepts(schema, example)");
    }
  }
  return missing;
}

std::string violations_text(const std::vector<schema::Violation>& violations) {
  std::string out;
  for (const auto& v : violations)
    out += "\n  " + (v.field.empty() ? "(the answer)" : v.field) + ": " + v.message;
  return out;
}

// The people, ids and tokens the examples are sent with, made through the API itself on a demo
// server. The documented examples name the demo roster's Maya Fernsby (sign-up, login), so the
// fixture's own members are others from that roster.
class World {
 public:
  World()
      : server_(ServerOptions{{"--demo"}, {{"MOTUS_DEMO_PASSWORD", kDemoPassword}}, std::nullopt}) {
    tokens_["admin"] = bearer_login(client(), "admin@demo.example", kDemoPassword);
    const auto organizations =
        bearer_call(client(), tokens_["admin"], "GET", "/api/v1/admin/organizations").json();
    for (const auto& org : organizations["organizations"]) {
      if (org["enrollment_code"] == "DEMO") organization_ = org["id"];
    }
    therapist_ = add_staff(client(), tokens_["admin"],
                           {"t.drift@clinic.example", kStaffPassword, "therapist"});
    add_staff(client(), tokens_["admin"],
              {"org.drift@demo.example", kStaffPassword, "org_admin", organization_});
    tokens_["therapist"] = bearer_login(client(), "t.drift@clinic.example", kStaffPassword);
    // Open every day, all day (UTC), so the booking examples always find open times.
    Json week = Json::array();
    for (int day = 1; day <= 7; ++day)
      week.push_back({{"weekday", day}, {"start", "00:00"}, {"end", "23:30"}});
    const auto opened =
        bearer_call(client(), tokens_["therapist"], "PUT", "/api/v1/care/availability",
                    {{"time_zone", "UTC"}, {"slot_minutes", 30}, {"weekly", week}});
    EXPECT_EQ(opened.status, 200) << opened.body;
    tokens_["org_admin"] = bearer_login(client(), "org.drift@demo.example", kStaffPassword);
    member_ = sign_up("Tomas", "Reedwell", "1972-11-03", "tomas.reedwell@demo.example");
    tokens_["member"] = bearer_login(client(), "tomas.reedwell@demo.example", kMemberPassword);
    sign_up("Priya", "Nandal", "1990-06-21", "priya.nandal@demo.example");
    spare_ = sign_up("Sam", "Okonkwo-Hale", "1964-01-30", "sam.okonkwohale@demo.example");
    const auto assigned = bearer_call(client(), tokens_["admin"], "PUT",
                                      "/api/v1/admin/members/" + member_ + "/therapist",
                                      {{"therapist_id", therapist_}});
    EXPECT_EQ(assigned.status, 200) << assigned.body;
  }

  HttpClient client() const { return server_.client(); }

  // The token a route's example is sent with: a member of their own for the routes that end a
  // session, change a password or delete an account, so the others keep theirs.
  std::string token_for(const Operation& op) {
    if (op.name() == "POST /api/v1/me/password")
      return bearer_login(client(), "priya.nandal@demo.example", kMemberPassword);
    if (op.name() == "DELETE /api/v1/me")
      return bearer_login(client(), "sam.okonkwohale@demo.example", kMemberPassword);
    if (op.name() == "POST /api/v1/auth/logout")
      return bearer_login(client(), "tomas.reedwell@demo.example", kMemberPassword);
    const auto& roles = op.spec["x-roles"];
    const std::string role = roles.empty() ? "public" : roles[0].get<std::string>();
    return role == "public" ? std::string() : tokens_.at(role);
  }

  // The path with its ids filled in; "" when the test does not know what they stand for.
  std::string fill_path(const std::string& path) {
    for (const auto& [prefix, id] : std::vector<std::pair<std::string, std::string>>{
             {"/api/v1/me/appointments/slots", ""},
             {"/api/v1/me/appointments/",
              lazy(member_appointment_, [&] { return book_as_member(3); })},
             {"/api/v1/visits/", lazy(member_appointment_, [&] { return book_as_member(3); })},
             {"/api/v1/care/appointments/",
              lazy(care_appointment_, [&] { return book_for_member(5); })},
             {"/api/v1/calendar/", lazy(feed_token_, [&] { return feed_token(); })},
             {"/api/v1/admin/accounts/", spare_},
             {"/api/v1/care/members/", member_},
             {"/api/v1/admin/members/", member_},
             {"/api/v1/admin/organizations/", organization_},
             {"/api/v1/exercises/", first_id("exercises", "id")},
             {"/api/v1/patterns/", "si_joint"},
             {"/api/v1/articles/", first_id("articles", "slug")},
             {"/api/v1/me/instruments/", "nprs"}}) {
      if (path.rfind(prefix, 0) != 0) continue;
      if (id.empty()) break;
      auto filled = path;
      const auto at = filled.find('{');
      filled.replace(at, filled.find('}') - at + 1, id);
      // A second id no row has (a flag): the route answers its 404 (kCannotSucceedHere).
      if (const auto flag = filled.find("{flag_id}"); flag != std::string::npos)
        filled.replace(flag, 9, "0190c1a2-7f00-7000-8000-00000000f1a9");
      return filled;
    }
    return path.find('{') == std::string::npos ? path : "";
  }

  // An example with the ids and times only this run knows put in: bookings take open times
  // from the therapist's real availability (set by PUT /care/availability's example).
  Json fill_body(const Operation& op, Json body) {
    if (op.name() == "PUT /api/v1/admin/members/{id}/therapist") body["therapist_id"] = therapist_;
    if (op.name() == "POST /api/v1/me/appointments") body = slot_body(7, false);
    if (op.name() == "PATCH /api/v1/me/appointments/{id}") body = slot_body(9, false);
    if (op.name() == "POST /api/v1/care/members/{id}/appointments") body = slot_body(11, true);
    if (op.name() == "PATCH /api/v1/care/appointments/{id}") body = slot_body(13, true);
    return body;
  }

  // Query parameters a route needs to answer at all.
  static std::string query_for(const Operation& op) {
    return op.name() == "GET /api/v1/search" ? "?q=bridge" : "";
  }

 private:
  std::string sign_up(const std::string& first, const std::string& last, const std::string& born,
                      const std::string& email) const {
    const auto res = client().post_json("/api/v1/auth/signup", {{"email", email},
                                                                {"first_name", first},
                                                                {"last_name", last},
                                                                {"date_of_birth", born},
                                                                {"enrollment_code", "DEMO"},
                                                                {"password", kMemberPassword}});
    EXPECT_EQ(res.status, 201) << email << ": " << res.body;
    return res.status == 201 ? res.json()["account"].value("id", "") : "";
  }
  std::string first_id(const std::string& list, const std::string& key) const {
    const auto items = client().get("/api/v1/" + list).json()[list];
    return items.empty() ? "" : items[0].value(key, "");
  }

  // An open time at least `days` days ahead, as a booking body ({starts_at} for a member,
  // {starts_at, ends_at} for a therapist).
  Json slot_body(int days, bool with_end) const {
    const auto slots = bearer_call(client(), tokens_.at("member"), "GET",
                                   "/api/v1/me/appointments/slots?from=" +
                                       std::to_string(now_ms() + days * kDayMs) +
                                       "&to=" + std::to_string(now_ms() + (days + 2) * kDayMs))
                           .json();
    EXPECT_FALSE(slots.value("slots", Json::array()).empty()) << slots.dump();
    if (slots.value("slots", Json::array()).empty()) return Json::object();
    const auto& slot = slots["slots"][0];
    Json body = {{"starts_at", slot["starts_at"]}};
    if (with_end) body["ends_at"] = slot["ends_at"];
    return body;
  }
  std::string book_as_member(int days) {
    const auto res = bearer_call(client(), tokens_.at("member"), "POST", "/api/v1/me/appointments",
                                 slot_body(days, false));
    EXPECT_EQ(res.status, 201) << res.body;
    return res.status == 201 ? res.json()["appointment"].value("id", "") : "";
  }
  std::string book_for_member(int days) {
    const auto res =
        bearer_call(client(), tokens_.at("therapist"), "POST",
                    "/api/v1/care/members/" + member_ + "/appointments", slot_body(days, true));
    EXPECT_EQ(res.status, 201) << res.body;
    return res.status == 201 ? res.json()["appointment"].value("id", "") : "";
  }
  // The therapist's own feed (the member's is the one the feed routes' examples change).
  std::string feed_token() {
    const auto res =
        bearer_call(client(), tokens_.at("therapist"), "POST", "/api/v1/me/calendar-feed");
    EXPECT_EQ(res.status, 201) << res.body;
    const std::string path = res.status == 201 ? res.json().value("path", "") : "";
    const auto start = path.rfind('/') + 1;
    return path.empty() ? "" : path.substr(start, path.size() - start - 4);  // drop ".ics"
  }
  static std::string lazy(std::string& cached, const std::function<std::string()>& make) {
    if (cached.empty()) cached = make();
    return cached;
  }
  static std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
  static constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

  ServerProcess server_;
  std::map<std::string, std::string> tokens_;
  std::string organization_, therapist_, member_, spare_;
  std::string member_appointment_, care_appointment_, feed_token_;
};

struct Sent {
  std::string content_type;
  std::string body;
};

Sent example_of(World& world, const Operation& op) {
  if (!op.spec.contains("requestBody")) return {};
  for (const auto& [type, media] : op.spec["requestBody"]["content"].items()) {
    const auto example = media.value("example", Json());
    if (type == "application/json") return {type, world.fill_body(op, example).dump()};
    return {type, example.is_string() ? example.get<std::string>() : example.dump()};
  }
  return {};
}

HttpResult send(World& world, const Operation& op, const Sent& sent) {
  std::map<std::string, std::string> headers;
  if (const auto token = world.token_for(op); !token.empty())
    headers["Authorization"] = "Bearer " + token;
  if (!sent.content_type.empty()) headers["Content-Type"] = sent.content_type;
  return world.client().request(op.method, world.fill_path(op.path) + World::query_for(op),
                                sent.body, headers);
}

// Checks one answer against the document: its status is documented as a success, and its body
// fits that status's schema.
void expect_documented_answer(const Json& document, const Operation& op, const HttpResult& res) {
  const auto& responses = op.spec["responses"];
  const auto status = std::to_string(res.status);
  ASSERT_TRUE(res.status / 100 == 2 && responses.contains(status))
      << op.name() << ": the documented example got " << res.status
      << ", not a documented success: " << res.body.substr(0, 400);
  const auto& answer = responses[status];
  if (!answer.contains("content")) {
    EXPECT_TRUE(res.body.empty()) << op.name() << ": " << status << " documents no body";
    return;
  }
  const auto& content = answer["content"];
  const std::string type = content.begin().key();
  const Json& media = content.begin().value();
  EXPECT_EQ(res.header("content-type").rfind(type, 0), 0u)
      << op.name() << " answered " << res.header("content-type") << ", documented " << type;
  const bool json = type.size() >= 4 && type.compare(type.size() - 4, 4, "json") == 0;
  const Json value = json ? res.json() : Json(res.body);
  const auto violations = schema::validate(media["schema"], value, document);
  EXPECT_TRUE(violations.empty()) << op.name() << " " << status
                                  << ": the answer does not fit its documented schema:"
                                  << violations_text(violations)
                                  << "\nanswer: " << res.body.substr(0, 600);
}

// The first required field of a body schema (following a $ref), or "".
std::string first_required(const Json& document, Json body_schema) {
  if (body_schema.contains("$ref")) {
    body_schema = document.at(Json::json_pointer(body_schema["$ref"].get<std::string>().substr(1)));
  }
  return body_schema.contains("required") ? body_schema["required"][0].get<std::string>() : "";
}

class ContractDrift : public ::testing::Test {
 protected:
  World world;
  Json document = world.client().get("/api/openapi.json").json();
};

TEST_F(ContractDrift, EveryRouteHasRolesRequestAndResponseSchemas) {
  int routes = 0;
  for (const auto& op : operations_of(document)) {
    ++routes;
    for (const auto& what : missing_contract(op)) {
      ADD_FAILURE() << op.name() << " has no schema for " << what
                    << " at its router.add (see docs/api-schemas.md)";
    }
    EXPECT_FALSE(world.fill_path(op.path).empty())
        << op.name() << ": teach the drift test's fill_path what its ids stand for";
  }
  EXPECT_GT(routes, 40) << "the document lists fewer routes than the API has";
}

TEST_F(ContractDrift, EveryRoutesExampleGetsTheAnswerItsSchemaDocuments) {
  std::set<std::string> checked;
  for (const auto& op : in_running_order(operations_of(document))) {
    if (!missing_contract(op).empty()) continue;  // the test above names it
    SCOPED_TRACE(op.name());
    const auto res = send(world, op, example_of(world, op));
    if (const auto refusal = kCannotSucceedHere.find(op.name());
        refusal != kCannotSucceedHere.end()) {
      EXPECT_EQ(res.status, refusal->second.status)
          << op.name() << " (" << refusal->second.why << "): " << res.body.substr(0, 400);
      const Json problem_schema = {{"$ref", "#/components/schemas/Problem"}};
      const auto violations = schema::validate(problem_schema, res.json(), document);
      EXPECT_TRUE(violations.empty()) << op.name() << violations_text(violations);
      continue;
    }
    expect_documented_answer(document, op, res);
    checked.insert(op.name());
  }
  EXPECT_GT(checked.size(), 40u);
}

TEST_F(ContractDrift, ABodyMissingARequiredFieldGetsAProblemNamingIt) {
  const Json problem_schema = {{"$ref", "#/components/schemas/Problem"}};
  int bodies = 0;
  for (const auto& op : operations_of(document)) {
    const Json* media = json_body_of(op);
    if (media == nullptr || !media->contains("schema")) continue;
    const auto field = first_required(document, (*media)["schema"]);
    if (field.empty()) continue;
    ++bodies;
    SCOPED_TRACE(op.name());
    auto body = world.fill_body(op, media->value("example", Json::object()));
    body.erase(field);
    const auto res = send(world, op, {"application/json", body.dump()});
    ASSERT_EQ(res.status, 400) << op.name() << " without " << field << ": " << res.body;
    EXPECT_EQ(res.header("content-type"), "application/problem+json");
    const auto problem = res.json();
    const auto violations = schema::validate(problem_schema, problem, document);
    EXPECT_TRUE(violations.empty()) << violations_text(violations);
    bool named = false;
    for (const auto& error : problem.value("errors", Json::array()))
      named = named || error.value("field", "") == field;
    EXPECT_TRUE(named) << op.name() << ": the 400 does not name " << field << ": " << res.body;
  }
  EXPECT_GT(bodies, 10);
}

}  // namespace
}  // namespace motus::test
