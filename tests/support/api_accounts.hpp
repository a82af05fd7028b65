#pragma once
// Logging in and making accounts through the API itself, the way every suite that needs staff
// or a Bearer token does it (one copy here instead of one per suite).
#include <nlohmann/json.hpp>
#include <string>

#include "support/http_client.hpp"

namespace motus::test {

// Logs in as an API client and returns the Bearer token; a refused login fails the calling test
// and gives "".
std::string bearer_login(const HttpClient& client, const std::string& email,
                         const std::string& password);

// One request with the caller's token. A JSON string body goes out as it is, with
// `content_type` (a CSV roster, say); any other JSON value is sent as JSON; null sends nothing.
HttpResult bearer_call(const HttpClient& client, const std::string& token,
                       const std::string& method, const std::string& target,
                       const nlohmann::json& body = nullptr,
                       const std::string& content_type = "application/json");

struct StaffAccount {
  std::string email;
  std::string password;
  std::string role;                  // therapist, org_admin or admin
  std::string organization_id = "";  // org admins only
  std::string first_name = "Sam";
  std::string last_name = "Staff";
};

// Makes the account with POST /admin/staff as the admin holding `admin_token` and returns its id;
// a refusal fails the calling test and gives "".
std::string add_staff(const HttpClient& client, const std::string& admin_token,
                      const StaffAccount& account);

}  // namespace motus::test
