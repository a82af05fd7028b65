#include "support/api_accounts.hpp"

#include <gtest/gtest.h>

namespace motus::test {

std::string bearer_login(const HttpClient& client, const std::string& email,
                         const std::string& password) {
  const auto res = client.post_json("/api/v1/auth/login",
                                    {{"email", email}, {"password", password}, {"bearer", true}});
  EXPECT_EQ(res.status, 200) << email << ": " << res.body;
  return res.status == 200 ? res.json().value("token", "") : "";
}

HttpResult bearer_call(const HttpClient& client, const std::string& token,
                       const std::string& method, const std::string& target,
                       const nlohmann::json& body, const std::string& content_type) {
  std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token}};
  if (body.is_null()) return client.request(method, target, "", headers);
  headers["Content-Type"] = content_type;
  return client.request(method, target, body.is_string() ? body.get<std::string>() : body.dump(),
                        headers);
}

std::string add_staff(const HttpClient& client, const std::string& admin_token,
                      const StaffAccount& account) {
  // The admin gives a first password; the person then chooses account.password, as they must
  // before anything else (core/access/first_password.hpp).
  const auto first_password = account.password + " from the admin";
  nlohmann::json body = {{"email", account.email},
                         {"password", first_password},
                         {"role", account.role},
                         {"first_name", account.first_name},
                         {"last_name", account.last_name}};
  if (!account.organization_id.empty()) body["organization_id"] = account.organization_id;
  const auto res = bearer_call(client, admin_token, "POST", "/api/v1/admin/staff", body);
  EXPECT_EQ(res.status, 201) << account.email << ": " << res.body;
  if (res.status != 201) return "";
  const auto token = bearer_login(client, account.email, first_password);
  const auto changed =
      bearer_call(client, token, "POST", "/api/v1/me/password",
                  {{"current_password", first_password}, {"new_password", account.password}});
  EXPECT_EQ(changed.status, 204) << account.email << ": " << changed.body;
  bearer_call(client, token, "POST", "/api/v1/auth/logout");
  return res.json()["account"].value("id", "");
}

}  // namespace motus::test
