// DELETE /api/v1/me {password}: the member erases their account and every record of their
// health (product capability 10). The password is asked again so a stolen cookie alone cannot
// erase anyone, and a wrong one counts against the login limits (password_try.hpp). The purge and
// the final audit row are one durable write: either all of the member's data is gone and the erase
// is on record, or nothing changed.
#include "api/shared/account_fields.hpp"
#include "api/shared/journey.hpp"
#include "api/shared/password_try.hpp"
#include "http/db_await.hpp"
#include "store/credentials.hpp"
#include "store/member_purge.hpp"
#include "store/user_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

asio::awaitable<Response> delete_me(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto password = required_text(request.json_body(), "password");
  std::optional<store::User> user;
  app.db.read([&](store::Connection& c) { user = store::find_user_by_id(c, caller.user_id); });
  if (!user) throw http::not_logged_in();
  const auto now = app.clock.now_ms();
  auto refused = member_audit(request, caller, "delete_throttled", "account", now);
  refused.outcome = "denied";
  auto failed = member_audit(request, caller, "delete_failed", "account", now);
  failed.outcome = "failed";
  const auto attempt = co_await try_password(app, request, user->email, &user->password_hash,
                                             password, std::move(refused), std::move(failed));
  if (attempt.result == PasswordTry::Result::wait)
    co_return too_many_password_tries(request, attempt.wait_seconds);
  if (attempt.result == PasswordTry::Result::wrong) {
    throw http::HttpError(
        403, "Password not right",
        http::Said{"The password you typed is not right, so nothing was deleted.",
                   "La contraseña que escribiste no es correcta, así que no se borró nada."});
  }
  const auto audit = member_audit(request, caller, "delete", "account", now);
  const auto email = user->email;
  std::function<void(store::Connection&)> work = [audit, email](store::Connection& c) {
    store::purge_member(c, audit.member_id, email);
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = no_content_response();
  co_return response;
}

}  // namespace

void add_me_delete_route(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(
      http::Route{"DELETE", "/api/v1/me",
                  "Delete your account and everything you told us ({password}). This "
                  "cannot be undone.",
                  "me", [&app](Request& request) { return delete_me(app, request); }}
          .for_roles({"member"})
          .accepts(s::object({{"password", s::filled()}}), {{"password", "willow-copper-stone-5"}})
          .answers(204, nullptr, "Deleted, with every record of your health"));
}

}  // namespace motus::api
