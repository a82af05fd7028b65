// The admin console's people through the API: the staff list for each role (an admin sees
// everyone, an organization admin their own organization, a therapist or member nobody), its
// pages, the caseload counts before and after a member is moved, a therapist's caseload list,
// and the names the audit viewer shows for its ids (an erased member as "deleted member") on a
// chain that still verifies.
#include <gtest/gtest.h>

#include <set>

#include "support/api_accounts.hpp"
#include "support/server_process.hpp"

namespace motus::test {
namespace {

const std::string kDemoPassword = "staff-list-demo-password-2";
const std::string kPassword = "linden-harbour-kite-9";

class StaffList : public ::testing::Test {
 protected:
  StaffList()
      : server_(ServerOptions{{"--demo"}, {{"MOTUS_DEMO_PASSWORD", kDemoPassword}}, std::nullopt}) {
    admin_ = bearer_login(client(), "admin@demo.example", kDemoPassword);
  }

  HttpClient client() const { return server_.client(); }
  HttpResult call(const std::string& token, const std::string& method, const std::string& path,
                  const nlohmann::json& body = nullptr,
                  const std::string& content_type = "application/json") const {
    return bearer_call(client(), token, method, path, body, content_type);
  }
  nlohmann::json get(const std::string& token, const std::string& path) const {
    auto res = call(token, "GET", path);
    EXPECT_EQ(res.status, 200) << path << ": " << res.body;
    return res.json();
  }
  std::string staff(const std::string& email, const std::string& role,
                    const std::string& organization = "", const std::string& first_name = "Sam",
                    const std::string& last_name = "Staff") const {
    return add_staff(client(), admin_,
                     {email, kPassword, role, organization, first_name, last_name});
  }
  // An organization whose roster lists Person N0, N1, ... (born on the 1st, 2nd, ... of January).
  std::string organization(const std::string& code, int people) const {
    auto res = call(admin_, "POST", "/api/v1/admin/organizations",
                    {{"name", "Org " + code}, {"enrollment_code", code}});
    EXPECT_EQ(res.status, 201) << res.body;
    const auto id = res.json().value("id", "");
    std::string csv = "first name,last name,date of birth,employee id\n";
    for (int i = 0; i < people; ++i)
      csv += "Person,N" + std::to_string(i) + ",1980-01-0" + std::to_string(i + 1) + ",E" +
             std::to_string(i) + "\n";
    EXPECT_EQ(call(admin_, "POST", "/api/v1/admin/organizations/" + id + "/roster", csv, "text/csv")
                  .status,
              200);
    return id;
  }
  struct Member {
    std::string id;
    std::string token;
  };
  Member sign_up(const std::string& code, int person) const {
    const auto n = std::to_string(person);
    auto res = client().post_json("/api/v1/auth/signup",
                                  {{"email", "person" + n + "@" + code + ".example"},
                                   {"password", kPassword},
                                   {"first_name", "Person"},
                                   {"last_name", "N" + n},
                                   {"date_of_birth", "1980-01-0" + std::to_string(person + 1)},
                                   {"enrollment_code", code},
                                   {"bearer", true}});
    EXPECT_EQ(res.status, 201) << res.body;
    return {res.json()["account"].value("id", ""), res.json().value("token", "")};
  }
  // Every page of the staff list as `token` sees it, `limit` at a time, following next_after.
  std::vector<nlohmann::json> all_staff(const std::string& token, const std::string& query = "",
                                        int limit = 1000) const {
    std::vector<nlohmann::json> out;
    std::string after;
    for (int pages = 0; pages < 100; ++pages) {
      auto path = "/api/v1/admin/staff?limit=" + std::to_string(limit) + query;
      if (!after.empty()) path += "&after=" + after;
      const auto page = get(token, path);
      for (const auto& item : page["staff"]) out.push_back(item);
      if (page["next_after"].is_null()) break;
      after = page["next_after"].get<std::string>();
    }
    return out;
  }
  std::map<std::string, std::int64_t> caseloads() const {
    std::map<std::string, std::int64_t> out;
    for (const auto& item : all_staff(admin_)) {
      if (item["role"] == "therapist")
        out[item["id"].get<std::string>()] = item["caseload"].get<std::int64_t>();
    }
    return out;
  }

  ServerProcess server_;
  std::string admin_;
};

std::set<std::string> emails(const std::vector<nlohmann::json>& staff) {
  std::set<std::string> out;
  for (const auto& item : staff) out.insert(item["email"].get<std::string>());
  return out;
}

TEST_F(StaffList, AnAdminSeesEveryoneAnOrganizationAdminTheirOwnAndNobodyElseAnyone) {
  const auto harbour = organization("HARBOUR", 1);
  const auto demo = get(admin_, "/api/v1/admin/organizations")["organizations"];
  std::string demo_org;
  for (const auto& org : demo)
    if (org["enrollment_code"] == "DEMO") demo_org = org["id"];
  ASSERT_FALSE(demo_org.empty());
  staff("second@clinic.example", "therapist", "", "Rowan", "Ashdown");
  staff("reports@demo.example", "org_admin", demo_org);
  staff("reports@harbour.example", "org_admin", harbour);
  const auto member = sign_up("HARBOUR", 0);

  const auto everyone = all_staff(admin_);
  EXPECT_EQ(emails(everyone),
            (std::set<std::string>{"admin@demo.example", "pt@demo.example", "second@clinic.example",
                                   "reports@demo.example", "reports@harbour.example"}))
      << "members are never staff";
  for (const auto& item : everyone) {
    if (item["email"] == "second@clinic.example") {
      EXPECT_EQ(item["name"], "Rowan Ashdown");
      EXPECT_EQ(item["role"], "therapist");
      EXPECT_TRUE(item["organization"].is_null());
      EXPECT_TRUE(item["caseload"].is_number_integer());
    }
    if (item["email"] == "reports@harbour.example") {
      EXPECT_EQ(item["organization"]["id"], harbour);
      EXPECT_EQ(item["organization"]["name"], "Org HARBOUR");
      EXPECT_TRUE(item["caseload"].is_null()) << "only therapists have a caseload";
    }
  }
  EXPECT_EQ(emails(all_staff(admin_, "&organization_id=" + harbour)),
            std::set<std::string>{"reports@harbour.example"});

  const auto org_admin = bearer_login(client(), "reports@demo.example", kPassword);
  EXPECT_EQ(emails(all_staff(org_admin)), std::set<std::string>{"reports@demo.example"});
  EXPECT_EQ(emails(all_staff(org_admin, "&organization_id=" + demo_org)),
            std::set<std::string>{"reports@demo.example"});
  EXPECT_EQ(call(org_admin, "GET", "/api/v1/admin/staff?organization_id=" + harbour).status, 403);
  EXPECT_EQ(call(org_admin, "GET", "/api/v1/admin/members").status, 403);

  const auto therapist = bearer_login(client(), "pt@demo.example", kDemoPassword);
  EXPECT_EQ(call(therapist, "GET", "/api/v1/admin/staff").status, 403);
  EXPECT_EQ(call(member.token, "GET", "/api/v1/admin/staff").status, 403);
  EXPECT_EQ(client().get("/api/v1/admin/staff").status, 401);
}

TEST_F(StaffList, PagesFollowTheLastIdWithoutRepeatsOrGaps) {
  for (int i = 0; i < 5; ++i) staff("t" + std::to_string(i) + "@clinic.example", "therapist");
  const auto whole = all_staff(admin_);
  ASSERT_EQ(whole.size(), 7u);  // the demo admin and therapist, and five more
  const auto first = get(admin_, "/api/v1/admin/staff?limit=3");
  ASSERT_EQ(first["staff"].size(), 3u);
  EXPECT_EQ(first["next_after"], first["staff"][2]["id"]);
  const auto paged = all_staff(admin_, "", 3);
  ASSERT_EQ(paged.size(), whole.size());
  for (std::size_t i = 0; i < whole.size(); ++i)
    EXPECT_EQ(paged[i]["id"], whole[i]["id"]) << "at " << i;
  const auto last =
      get(admin_, "/api/v1/admin/staff?limit=3&after=" + whole[5]["id"].get<std::string>());
  EXPECT_EQ(last["staff"].size(), 1u);
  EXPECT_TRUE(last["next_after"].is_null());
  EXPECT_EQ(call(admin_, "GET", "/api/v1/admin/staff?limit=0").status, 400);
  EXPECT_EQ(call(admin_, "GET", "/api/v1/admin/staff?limit=1001").status, 400);
  EXPECT_EQ(call(admin_, "GET", "/api/v1/admin/staff?limit=two").status, 400);
  EXPECT_EQ(call(admin_, "GET", "/api/v1/admin/staff?after=" + std::string(65, 'a')).status, 400);
}

TEST_F(StaffList, CaseloadsCountAssignedMembersAndFollowAMove) {
  organization("LOAD", 3);
  const auto second = staff("second@clinic.example", "therapist");
  std::vector<Member> members;
  for (int i = 0; i < 3; ++i) members.push_back(sign_up("LOAD", i));
  const auto before = caseloads();
  ASSERT_EQ(before.size(), 2u);
  std::int64_t total = 0;
  for (const auto& [id, count] : before) total += count;
  EXPECT_EQ(total, 3);

  // Move a member of the other therapist to `second`.
  const auto others =
      get(admin_, "/api/v1/admin/members?therapist_id=" +
                      std::string(before.begin()->first == second ? before.rbegin()->first
                                                                  : before.begin()->first));
  ASSERT_FALSE(others["members"].empty());
  const auto from = others["members"][0]["therapist_id"].get<std::string>();
  const auto moving = others["members"][0]["id"].get<std::string>();
  ASSERT_NE(from, second);
  auto moved = call(admin_, "PUT", "/api/v1/admin/members/" + moving + "/therapist",
                    {{"therapist_id", second}});
  ASSERT_EQ(moved.status, 200) << moved.body;

  const auto after = caseloads();
  EXPECT_EQ(after.at(second), before.at(second) + 1);
  EXPECT_EQ(after.at(from), before.at(from) - 1);
  std::set<std::string> caseload;
  const auto listed = get(admin_, "/api/v1/admin/members?therapist_id=" + second);
  for (const auto& m : listed["members"]) {
    EXPECT_EQ(m["therapist_id"], second);
    caseload.insert(m["id"].get<std::string>());
  }
  EXPECT_EQ(static_cast<std::int64_t>(caseload.size()), after.at(second));
  EXPECT_TRUE(caseload.count(moving));
  EXPECT_EQ(get(admin_, "/api/v1/admin/members")["members"].size(), 3u);

  const auto therapist = bearer_login(client(), "second@clinic.example", kPassword);
  std::set<std::string> queue;
  const auto queued = get(therapist, "/api/v1/care/queue");
  for (const auto& entry : queued["members"]) queue.insert(entry["member_id"].get<std::string>());
  EXPECT_EQ(queue, caseload) << "the moved member is in the new therapist's queue";
}

TEST_F(StaffList, TheAuditLogNamesItsPeopleAndStillVerifies) {
  organization("NAMES", 2);
  const auto second = staff("second@clinic.example", "therapist", "", "Rowan", "Ashdown");
  const auto kept = sign_up("NAMES", 0);
  const auto erased = sign_up("NAMES", 1);
  ASSERT_EQ(call(admin_, "PUT", "/api/v1/admin/members/" + kept.id + "/therapist",
                 {{"therapist_id", second}})
                .status,
            200);
  const auto therapist = bearer_login(client(), "second@clinic.example", kPassword);
  ASSERT_EQ(call(therapist, "GET", "/api/v1/care/members/" + kept.id).status, 200);
  get(admin_, "/api/v1/admin/staff");
  ASSERT_EQ(call(erased.token, "DELETE", "/api/v1/me", {{"password", kPassword}}).status / 100, 2);

  const auto page = get(admin_, "/api/v1/admin/audit?limit=1000");
  EXPECT_EQ(page["chain"]["verified"], true);
  bool therapist_read = false, staff_list_read = false, erased_named = false, reassigned = false;
  for (const auto& row : page["entries"]) {
    EXPECT_TRUE(row.contains("actor_name") && row.contains("member_name"));
    EXPECT_EQ(row["actor_id"].is_null(), row["actor_name"].is_null()) << row.dump();
    EXPECT_EQ(row["member_id"].is_null(), row["member_name"].is_null()) << row.dump();
    if (row["actor_id"] == second && row["entity"] == "member_record") {
      therapist_read = true;
      EXPECT_EQ(row["actor_name"], "Rowan Ashdown");
      EXPECT_EQ(row["member_name"], "Person N0");
    }
    if (row["entity"] == "staff_list") {
      staff_list_read = true;
      EXPECT_EQ(row["action"], "read");
      EXPECT_EQ(row["actor_name"], "Demo Admin");
    }
    if (row["entity"] == "care_assignment" && row["action"] == "write" &&
        row["member_id"] == kept.id) {
      reassigned = true;
      EXPECT_EQ(row["actor_name"], "Demo Admin");
    }
    if (row["member_id"] == erased.id) {
      erased_named = true;
      EXPECT_EQ(row["member_name"], "deleted member");
      if (row["actor_id"] == erased.id) {
        EXPECT_EQ(row["actor_name"], "deleted member");
      }
    }
  }
  EXPECT_TRUE(therapist_read && staff_list_read && erased_named && reassigned);

  // A page in the middle carries the same names as the whole log.
  const auto middle = get(admin_, "/api/v1/admin/audit?after=3&limit=5");
  ASSERT_EQ(middle["entries"].size(), 5u);
  for (const auto& row : middle["entries"]) {
    const auto seq = row["seq"].get<std::int64_t>();
    ASSERT_GE(seq, 4);
    EXPECT_EQ(row["actor_name"], page["entries"][static_cast<std::size_t>(seq - 1)]["actor_name"])
        << "seq " << seq;
    EXPECT_EQ(row["member_name"], page["entries"][static_cast<std::size_t>(seq - 1)]["member_name"])
        << "seq " << seq;
  }
}

}  // namespace
}  // namespace motus::test
