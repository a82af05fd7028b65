#pragma once
// A staff account an admin created starts with a password the admin chose, so the person must
// choose their own before anything else: until they do, their session may only read who they
// are (GET /me, GET /auth/session), change the password and log out. Everything else under /api/ is
// refused (403) by the session middleware, whatever the web app shows; the web pages themselves
// still load.
#include <string_view>

namespace motus::core {

// True when a session that must still change its password may make this request. `path` is the
// request's path without the query; repeated or trailing slashes do not open other routes.
bool allowed_before_own_password(std::string_view method, std::string_view path);

}  // namespace motus::core
