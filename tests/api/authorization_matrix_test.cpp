// Who may do what, as one table: every route of the served OpenAPI document, called by every
// kind of caller, with their own id and with someone else's. The expected status of each cell
// is written below; any other answer fails, and a 2xx where the table says no is the worst of
// them. A route that is served but missing from the table fails the test until someone decides
// who may use it and adds its row.
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <set>

#include "store/credentials.hpp"
#include "support/api_accounts.hpp"
#include "support/server_process.hpp"
#include "support/sql_console.hpp"

namespace motus::test {
namespace {

const std::string kDemoPassword = "matrix-demo-password-3";
const std::string kStaffPassword = "quiet-harbour-maple-8";
const std::string kMemberPassword = "willow-copper-stone-5";

// The callers, in the order of every row's columns.
enum Caller {
  anonymous,
  member_a,
  member_b,
  therapist_of_a,
  other_therapist,
  org_admin,
  admin,
  kCallers
};
const std::array<const char*, kCallers> kCallerNames = {
    "anonymous",         "member A",  "member B", "A's therapist",
    "another therapist", "org admin", "admin"};
using Statuses = std::array<int, kCallers>;

// own: the path's ids are A's side (member A, A's organization, a real content id): their own
// for member A and A's therapist; other: B's side (member B, B's organization, an id that is
// not there): their own for member B and the other therapist. Rows with no id have only `own`.
// Routes run in this order; logout is last because it ends the caller's session.
struct Row {
  std::string method;
  std::string path;
  Statuses own;
  Statuses other = {};  // all zero: the path has no id
  std::string body = "{}";
  bool has_other() const { return other[0] != 0; }
};

// clang-format off
//                                                            anon  A    B    T(A) T2   org  admin
const std::vector<Row> kTable = {
  {"GET",  "/healthz",                                       {200, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/readyz",                                        {200, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/metrics",                                       {200, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/api/openapi.json",                              {200, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/api/v1/exercises",                              {200, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/api/v1/exercises/{id}",                         {200, 200, 200, 200, 200, 200, 200},
                                                             {404, 404, 404, 404, 404, 404, 404}},
  {"GET",  "/api/v1/patterns",                               {200, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/api/v1/patterns/{id}",                          {200, 200, 200, 200, 200, 200, 200},
                                                             {404, 404, 404, 404, 404, 404, 404}},
  {"GET",  "/api/v1/articles",                               {200, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/api/v1/articles/{slug}",                        {200, 200, 200, 200, 200, 200, 200},
                                                             {404, 404, 404, 404, 404, 404, 404}},
  {"GET",  "/api/v1/search?q=bridge",                        {200, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/api/v1/instruments",                            {200, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/api/v1/flare-questions",                        {200, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/api/v1/pain-scale",                             {200, 200, 200, 200, 200, 200, 200}},
  {"POST", "/api/v1/eligibility/check",                      {400, 400, 400, 400, 400, 400, 400}},
  {"POST", "/api/v1/auth/signup",                            {400, 400, 400, 400, 400, 400, 400}},
  {"POST", "/api/v1/auth/login",                             {400, 400, 400, 400, 400, 400, 400}},
  {"GET",  "/api/v1/me",                                     {401, 200, 200, 200, 200, 200, 200}},
  {"GET",  "/api/v1/auth/session",                           {200, 200, 200, 200, 200, 200, 200}},
  {"POST", "/api/v1/me/password",                            {401, 400, 400, 400, 400, 400, 400}},
  {"GET",  "/api/v1/me/language",                            {401, 200, 200, 200, 200, 200, 200}},
  {"PUT",  "/api/v1/me/language",                            {401, 400, 400, 400, 400, 400, 400}},
  {"POST", "/api/v1/me/intake",                              {401, 400, 400, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/assessment",                          {401, 200, 200, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/program",                             {401, 404, 404, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/session/today",                       {401, 404, 404, 403, 403, 403, 403}},
  {"POST", "/api/v1/me/sessions",                            {401, 400, 400, 403, 403, 403, 403}},
  {"POST", "/api/v1/me/checkins",                            {401, 400, 400, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/checkins",                            {401, 200, 200, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/progress",                            {401, 200, 200, 403, 403, 403, 403}},
  {"POST", "/api/v1/me/instruments/{id}/responses",          {401, 400, 400, 403, 403, 403, 403},
                                                             {401, 404, 404, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/messages",                            {401, 200, 200, 403, 403, 403, 403}},
  {"POST", "/api/v1/me/messages",                            {401, 201, 201, 403, 403, 403, 403}, {},
                                                             R"({"body": "My back is stiff this morning."})"},
  {"GET",  "/api/v1/me/export",                              {401, 200, 200, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/report",                              {401, 200, 200, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/intake/draft",                        {401, 200, 200, 403, 403, 403, 403}},
  {"PUT",  "/api/v1/me/intake/draft",                        {401, 200, 200, 403, 403, 403, 403}, {},
                                                             R"({"answers": {"age": "44"}, "step": "story"})"},
  {"DELETE", "/api/v1/me/intake/draft",                      {401, 204, 204, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/preferences",                         {401, 200, 200, 403, 403, 403, 403}},
  {"PUT",  "/api/v1/me/preferences",                         {401, 404, 404, 403, 403, 403, 403}, {},
                                                             R"({"minutes_per_day": 10, "floor_ok": false})"},
  {"GET",  "/api/v1/me/reminders",                           {401, 200, 200, 403, 403, 403, 403}},
  {"PUT",  "/api/v1/me/reminders",                           {401, 200, 200, 403, 403, 403, 403}, {},
                                                             R"({"days": [1, 3, 5], "time": "07:30", "time_zone": "UTC"})"},
  {"PUT",  "/api/v1/me/contact",                             {401, 200, 200, 403, 403, 403, 403}, {},
                                                             R"({"phone": "+44 1632 960123", "call_time": "evenings"})"},
  {"DELETE", "/api/v1/me",                                   {401, 400, 400, 403, 403, 403, 403}},
  {"GET",  "/api/v1/care/queue",                             {401, 403, 403, 200, 200, 403, 200}},
  {"GET",  "/api/v1/care/members/{id}",                      {401, 403, 403, 200, 403, 403, 403},
                                                             {401, 403, 403, 403, 200, 403, 403}},
  {"POST", "/api/v1/care/members/{id}/break-glass",          {401, 403, 403, 400, 400, 403, 400},
                                                             {401, 403, 403, 400, 400, 403, 400}},
  {"PUT",  "/api/v1/care/members/{id}/program",              {401, 403, 403, 200, 404, 403, 403},
                                                             {401, 403, 403, 404, 200, 403, 403},
                                                             R"({"exercises": [{"exercise_id": "$EXERCISE", "sets": 2, "reps": 8}], "note": "A little less for now."})"},
  {"POST", "/api/v1/care/members/{id}/notes",                {401, 403, 403, 201, 404, 403, 403},
                                                             {401, 403, 403, 404, 201, 403, 403},
                                                             R"({"body": "Sitting tolerance improving."})"},
  {"GET",  "/api/v1/care/members/{id}/messages",             {401, 403, 403, 200, 404, 403, 403},
                                                             {401, 403, 403, 404, 200, 403, 403}},
  {"POST", "/api/v1/care/members/{id}/messages",             {401, 403, 403, 201, 404, 403, 403},
                                                             {401, 403, 403, 404, 201, 403, 403},
                                                             R"({"body": "How did the bridges feel?"})"},
  // The flag id is one no flag has: A's therapist reaches the flag lookup (404).
  {"POST", "/api/v1/care/members/{id}/flags/{flag_id}/handled", {401, 403, 403, 404, 404, 403, 403},
                                                             {401, 403, 403, 404, 404, 403, 403},
                                                             R"({"note": "Called; seeing her GP today."})"},
  {"GET",  "/api/v1/visits/{id}",                            {401, 200, 404, 200, 404, 403, 403},
                                                             {401, 404, 200, 404, 200, 403, 403}},
  {"GET",  "/api/v1/visits/{id}/ice",                        {401, 200, 404, 200, 404, 403, 403},
                                                             {401, 404, 200, 404, 200, 403, 403}},
  // Without an upgrade the visit room answers 426, but only to the visit's two people.
  {"GET",  "/api/v1/visits/{id}/signal",                     {401, 426, 404, 426, 404, 403, 403},
                                                             {401, 404, 426, 404, 426, 403, 403}},
  // 409: the visit has not taken place yet, so there is nothing to note.
  {"PUT",  "/api/v1/visits/{id}/note",                       {401, 403, 403, 409, 404, 403, 403},
                                                             {401, 403, 403, 404, 409, 403, 403},
                                                             R"({"note": "Reviewed the bridge."})"},
  {"GET",  "/api/v1/org/report",                             {401, 403, 403, 403, 403, 200, 403}},
  {"GET",  "/api/v1/org/report/csv",                         {401, 403, 403, 403, 403, 200, 403}},
  {"GET",  "/api/v1/admin/organizations",                    {401, 403, 403, 403, 403, 403, 200}},
  {"POST", "/api/v1/admin/organizations",                    {401, 403, 403, 403, 403, 403, 400}},
  {"POST", "/api/v1/admin/organizations/{id}/roster",        {401, 403, 403, 403, 403, 403, 400},
                                                             {401, 403, 403, 403, 403, 403, 400}, ""},
  {"POST", "/api/v1/admin/staff",                            {401, 403, 403, 403, 403, 403, 400}},
  {"GET",  "/api/v1/admin/staff",                            {401, 403, 403, 403, 403, 200, 200}},
  {"GET",  "/api/v1/admin/members",                          {401, 403, 403, 403, 403, 403, 200}},
  {"PUT",  "/api/v1/admin/members/{id}/therapist",           {401, 403, 403, 403, 403, 403, 200},
                                                             {401, 403, 403, 403, 403, 403, 200},
                                                             R"({"therapist_id": "$THERAPIST"})"},
  {"GET",  "/api/v1/admin/audit",                            {401, 403, 403, 403, 403, 403, 200}},
  {"POST", "/api/v1/auth/login/second-factor",              {400, 400, 400, 400, 400, 400, 400}},
  {"GET",  "/api/v1/me/second-factor",                       {401, 403, 403, 200, 200, 200, 200}},
  {"POST", "/api/v1/me/second-factor",                       {401, 403, 403, 201, 201, 201, 201}},
  {"POST", "/api/v1/me/second-factor/confirm",               {401, 403, 403, 400, 400, 400, 400}},
  {"GET",  "/api/v1/admin/security",                         {401, 403, 403, 403, 403, 403, 200}},
  {"PUT",  "/api/v1/admin/security",                         {401, 403, 403, 403, 403, 403, 400}},
  {"POST", "/api/v1/admin/accounts/{id}/disable",           {401, 403, 403, 403, 403, 403, 404},
                                                             {401, 403, 403, 403, 403, 403, 404}},
  {"POST", "/api/v1/admin/accounts/{id}/enable",            {401, 403, 403, 403, 403, 403, 404},
                                                             {401, 403, 403, 403, 403, 403, 404}},
  {"DELETE", "/api/v1/admin/accounts/{id}/second-factor",   {401, 403, 403, 403, 403, 403, 404},
                                                             {401, 403, 403, 403, 403, 403, 404}},
  // Email is off on the test server: a well-formed body is answered 503 (a malformed one 400).
  {"POST", "/api/v1/auth/password/forgot",                  {503, 503, 503, 503, 503, 503, 503},
                                                             {}, R"({"email": "someone@example.com"})"},
  {"POST", "/api/v1/auth/password/reset",                   {503, 503, 503, 503, 503, 503, 503},
                                                             {}, R"({"token": "t", "password": "heron-lantern-quartz-9"})"},
  {"POST", "/api/v1/auth/email/verify",                     {503, 503, 503, 503, 503, 503, 503},
                                                             {}, R"({"token": "t"})"},
  {"POST", "/api/v1/auth/email/verification",               {401, 503, 503, 503, 503, 503, 503}},
  {"GET",  "/api/v1/care/availability",                     {401, 403, 403, 200, 200, 403, 403}},
  {"PUT",  "/api/v1/care/availability",                     {401, 403, 403, 400, 400, 403, 403}},
  {"GET",  "/api/v1/me/appointments/slots",                 {401, 200, 200, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/appointments",                       {401, 200, 200, 403, 403, 403, 403}},
  {"POST", "/api/v1/me/appointments",                       {401, 400, 400, 403, 403, 403, 403}},
  {"GET",  "/api/v1/me/appointments/{id}/calendar.ics",     {401, 200, 404, 403, 403, 403, 403},
                                                            {401, 404, 200, 403, 403, 403, 403}},
  {"PATCH", "/api/v1/me/appointments/{id}",                 {401, 400, 404, 403, 403, 403, 403},
                                                            {401, 404, 400, 403, 403, 403, 403},
                                                             R"({"starts_at": 1893459600000, "ends_at": 1893461400000})"},
  {"GET",  "/api/v1/care/appointments",                     {401, 403, 403, 200, 200, 403, 403}},
  {"GET",  "/api/v1/care/appointments/{id}/calendar.ics",   {401, 403, 403, 200, 404, 403, 403},
                                                            {401, 403, 403, 404, 200, 403, 403}},
  {"PATCH", "/api/v1/care/appointments/{id}",               {401, 403, 403, 400, 404, 403, 403},
                                                            {401, 403, 403, 404, 400, 403, 403},
                                                             R"({"starts_at": 1893459600000, "ends_at": 1893461400000})"},
  {"POST", "/api/v1/care/members/{id}/appointments",        {401, 403, 403, 400, 404, 403, 403},
                                                            {401, 403, 403, 404, 400, 403, 403},
                                                             R"({"starts_at": 1893459600000, "ends_at": 1893461400000})"},
  {"DELETE", "/api/v1/me/appointments/{id}",                {401, 200, 404, 403, 403, 403, 403},
                                                            {401, 404, 200, 403, 403, 403, 403}},
  {"DELETE", "/api/v1/care/appointments/{id}",              {401, 403, 403, 409, 404, 403, 403},
                                                            {401, 403, 403, 404, 409, 403, 403}},
  {"GET",  "/api/v1/me/calendar-feed",                      {401, 200, 200, 200, 200, 403, 403}},
  {"GET",  "/api/v1/calendar/{token}.ics",                  {200, 200, 200, 200, 200, 200, 200},
                                                            {404, 404, 404, 404, 404, 404, 404}},
  {"POST", "/api/v1/me/calendar-feed",                      {401, 201, 201, 201, 201, 403, 403}},
  {"DELETE", "/api/v1/me/calendar-feed",                    {401, 204, 204, 204, 204, 403, 403}},
  {"POST", "/api/v1/auth/logout",                            {401, 204, 204, 204, 204, 204, 204}},
};
// clang-format on

using Headers = std::map<std::string, std::string>;

// The people and ids the table's cells are filled with, made through the API itself.
class World {
 public:
  World()
      : server_(ServerOptions{{"--demo"}, {{"MOTUS_DEMO_PASSWORD", kDemoPassword}}, std::nullopt}) {
    tokens_[admin] = login("admin@demo.example", kDemoPassword);
    demo_org_ = organization_id("DEMO");
    other_org_ = post(tokens_[admin], "/api/v1/admin/organizations",
                      {{"name", "Harbour Co"}, {"enrollment_code", "HARBOUR"}})
                     .value("id", "");
    const auto roster = bearer_call(
        client(), tokens_[admin], "POST", "/api/v1/admin/organizations/" + other_org_ + "/roster",
        "first name,last name,date of birth,employee id\nBea,Lund,1979-03-09,H-1\n", "text/csv");
    EXPECT_EQ(roster.status, 200) << roster.body;
    therapist_a_ = staff("t.a@clinic.example", "therapist");
    therapist_b_ = staff("t.b@clinic.example", "therapist");
    staff("org@demo.example", "org_admin", demo_org_);
    member_a_ = sign_up(member_a, {{"email", "maya.fernsby@demo.example"},
                                   {"first_name", "Maya"},
                                   {"last_name", "Fernsby"},
                                   {"date_of_birth", "1985-04-12"},
                                   {"enrollment_code", "DEMO"}});
    member_b_ = sign_up(member_b, {{"email", "bea.lund@harbour.example"},
                                   {"first_name", "Bea"},
                                   {"last_name", "Lund"},
                                   {"date_of_birth", "1979-03-09"},
                                   {"enrollment_code", "HARBOUR"}});
    assign(member_a_, therapist_a_);
    assign(member_b_, therapist_b_);
    tokens_[therapist_of_a] = login("t.a@clinic.example", kStaffPassword);
    tokens_[other_therapist] = login("t.b@clinic.example", kStaffPassword);
    tokens_[org_admin] = login("org@demo.example", kStaffPassword);
    visit_a_ = appointment(member_a_, therapist_a_);
    visit_b_ = appointment(member_b_, therapist_b_);
    exercise_ = first_id("/api/v1/exercises", "exercises", "id");
    appointment_a_ = book_visit(therapist_of_a, member_a);
    appointment_b_ = book_visit(other_therapist, member_b);
    const auto feed = post(tokens_[member_a], "/api/v1/me/calendar-feed", nlohmann::json::object());
    const auto path = feed.value("path", "");
    feed_a_ = path.size() > 21 ? path.substr(17, path.size() - 21) : "";
    article_ = first_id("/api/v1/articles", "articles", "slug");
  }

  HttpClient client() const { return server_.client(); }

  // The path with its ids filled in for the own or the other column; "" when the test does not
  // know what the path's ids stand for.
  std::string fill_path(const std::string& path, bool own) const {
    const auto replace = [&](const std::string& prefix, const std::string& own_id,
                             const std::string& other_id) {
      auto filled = path;
      const auto at = filled.find('{');
      filled.replace(at, filled.find('}') - at + 1, own ? own_id : other_id);
      // A second id in the path (a flag of the member) names nothing that is there.
      for (auto more = filled.find('{'); more != std::string::npos; more = filled.find('{'))
        filled.replace(more, filled.find('}', more) - more + 1, "no-such-id");
      return filled.rfind(prefix, 0) == 0 ? filled : std::string();
    };
    if (path.find('{') == std::string::npos) return path;
    for (const auto& [prefix, own_id, other_id] : std::vector<std::array<std::string, 3>>{
             {"/api/v1/care/members/", member_a_, member_b_},
             {"/api/v1/me/appointments/", appointment_a_, appointment_b_},
             {"/api/v1/care/appointments/", appointment_a_, appointment_b_},
             {"/api/v1/calendar/", feed_a_, "no-such-feed"},
             {"/api/v1/admin/members/", member_a_, member_b_},
             // Nobody's: disabling a caller here would end their session for the rows after.
             {"/api/v1/admin/accounts/", "no-such-account", "no-such-account-either"},
             {"/api/v1/admin/organizations/", demo_org_, other_org_},
             {"/api/v1/exercises/", exercise_, "no-such-exercise"},
             {"/api/v1/patterns/", "si_joint", "no-such-pattern"},
             {"/api/v1/articles/", article_, "no-such-article"},
             {"/api/v1/me/instruments/", "phq9", "no-such-instrument"},
             {"/api/v1/visits/", visit_a_, visit_b_}}) {
      if (path.rfind(prefix, 0) == 0) return replace(prefix, own_id, other_id);
    }
    return "";
  }

  std::string fill_body(std::string body, bool own) const {
    for (const auto& [mark, value] : std::vector<std::pair<std::string, std::string>>{
             {"$THERAPIST", own ? therapist_a_ : therapist_b_}, {"$EXERCISE", exercise_}}) {
      if (const auto at = body.find(mark); at != std::string::npos)
        body.replace(at, mark.size(), value);
    }
    return body;
  }

  HttpResult call(Caller caller, const Row& row, bool own) const {
    Headers headers;
    if (caller != anonymous) headers["Authorization"] = "Bearer " + tokens_.at(caller);
    if (row.method != "GET")
      headers["Content-Type"] = row.body.empty() ? "text/csv" : "application/json";
    const auto body = row.method == "GET" ? std::string() : fill_body(row.body, own);
    return client().request(row.method, fill_path(row.path, own), body, headers);
  }

 private:
  nlohmann::json post(const std::string& token, const std::string& path,
                      const nlohmann::json& body) const {
    auto res = bearer_call(client(), token, "POST", path, body);
    EXPECT_EQ(res.status / 100, 2) << path << ": " << res.body;
    return res.json();
  }
  std::string login(const std::string& email, const std::string& password) const {
    return bearer_login(client(), email, password);
  }
  std::string staff(const std::string& email, const std::string& role,
                    const std::string& organization = "") const {
    return add_staff(client(), tokens_.at(admin),
                     {email, kStaffPassword, role, organization, "Staff", role});
  }
  std::string sign_up(Caller who, nlohmann::json identity) {
    identity["password"] = kMemberPassword;
    identity["bearer"] = true;
    auto res = client().post_json("/api/v1/auth/signup", identity);
    EXPECT_EQ(res.status, 201) << res.body;
    tokens_[who] = res.json().value("token", "");
    return res.json()["account"].value("id", "");
  }
  // The therapist opens every day 08:00–18:00 UTC and the member books a half hour three days
  // ahead (well before the cut-off); the appointment's id.
  std::string book_visit(Caller therapist, Caller member) const {
    nlohmann::json weekly = nlohmann::json::array();
    for (int day = 1; day <= 7; ++day) {
      weekly.push_back({{"weekday", day}, {"start", "08:00"}, {"end", "18:00"}});
    }
    auto saved = bearer_call(client(), tokens_.at(therapist), "PUT", "/api/v1/care/availability",
                             {{"time_zone", "UTC"}, {"slot_minutes", 30}, {"weekly", weekly}});
    EXPECT_EQ(saved.status, 200) << saved.body;
    const auto from = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count() +
                      3LL * 86'400'000;
    auto slots = bearer_call(client(), tokens_.at(member), "GET",
                             "/api/v1/me/appointments/slots?from=" + std::to_string(from));
    const auto open = slots.json()["slots"];
    EXPECT_FALSE(open.empty()) << slots.body;
    if (open.empty()) return "";
    return post(tokens_.at(member), "/api/v1/me/appointments",
                {{"starts_at", open[0]["starts_at"]}})["appointment"]
        .value("id", "");
  }
  void assign(const std::string& member, const std::string& therapist) const {
    auto res = bearer_call(client(), tokens_.at(admin), "PUT",
                           "/api/v1/admin/members/" + member + "/therapist",
                           {{"therapist_id", therapist}});
    EXPECT_EQ(res.status, 200) << res.body;
  }
  std::string organization_id(const std::string& code) const {
    auto res = bearer_call(client(), tokens_.at(admin), "GET", "/api/v1/admin/organizations");
    const auto listed = res.json();
    for (const auto& org : listed["organizations"]) {
      if (org["enrollment_code"] == code) return org["id"];
    }
    return "";
  }
  // A video visit of `member` with `therapist` starting now (its room open), written as SQL:
  // the matrix is about who may reach it, not how it was booked.
  std::string appointment(const std::string& member, const std::string& therapist) const {
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    const auto id = store::new_id(now);
    SqlConsole(server_.db_url())
        .execute(
            "INSERT INTO appointments (id, member_id, therapist_id, starts_at, ends_at, "
            "status, booked_by, created_at, updated_at) "
            "VALUES ($1, $2, $3, $4, $5, 'booked', $2, 0, 0)",
            {id, member, therapist, now, now + 30 * 60 * 1000});
    return id;
  }
  std::string first_id(const std::string& path, const std::string& list,
                       const std::string& key) const {
    auto res = client().get(path);
    EXPECT_EQ(res.status, 200) << res.body;
    const auto items = res.json()[list];
    return items.empty() ? "" : items.front().value(key, "");
  }

  ServerProcess server_;
  std::map<Caller, std::string> tokens_;
  std::string demo_org_, other_org_, therapist_a_, therapist_b_, member_a_, member_b_, exercise_,
      article_, appointment_a_, appointment_b_, feed_a_, visit_a_, visit_b_;
};

std::string key(const std::string& method, const std::string& path) { return method + " " + path; }

TEST(AuthorizationMatrix, EveryServedRouteIsInTheTable) {
  World world;
  const auto document = world.client().get("/api/openapi.json").json();
  std::set<std::string> served;
  for (const auto& [path, operations] : document["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      served.insert(key(upper, path));
    }
  }
  std::set<std::string> tabled;
  for (const auto& row : kTable)
    tabled.insert(key(row.method, row.path.substr(0, row.path.find('?'))));
  for (const auto& route : served) {
    EXPECT_TRUE(tabled.count(route))
        << route << " is served but not in the authorization table: add its row";
  }
  for (const auto& route : tabled) {
    EXPECT_TRUE(served.count(route))
        << route << " is in the table but no longer served: remove its row";
  }
  for (const auto& row : kTable) {
    const bool has_id = row.path.find('{') != std::string::npos;
    EXPECT_EQ(has_id, row.has_other())
        << key(row.method, row.path)
        << ": a route with an id needs an 'other' column, and only such a route";
    if (has_id) {
      EXPECT_FALSE(world.fill_path(row.path, true).empty())
          << row.path << ": teach fill_path its ids";
    }
  }
}

TEST(AuthorizationMatrix, EveryCallerGetsExactlyTheStatusTheTableSays) {
  World world;
  int unexpected_success = 0;
  for (const auto& row : kTable) {
    for (const bool own : {true, false}) {
      if (!own && !row.has_other()) continue;
      const auto& expected = own ? row.own : row.other;
      for (int caller = 0; caller < kCallers; ++caller) {
        const auto result = world.call(static_cast<Caller>(caller), row, own);
        const bool success = result.status / 100 == 2;
        if (success && expected[caller] / 100 != 2) ++unexpected_success;
        EXPECT_EQ(result.status, expected[caller])
            << (success && expected[caller] / 100 != 2 ? "UNEXPECTED SUCCESS: " : "")
            << key(row.method, row.path) << " as " << kCallerNames[caller] << " with "
            << (own ? "their own id" : "someone else's id") << ": " << result.body.substr(0, 200);
      }
    }
  }
  EXPECT_EQ(unexpected_success, 0) << "a caller got a 2xx the table forbids";
}

}  // namespace
}  // namespace motus::test
