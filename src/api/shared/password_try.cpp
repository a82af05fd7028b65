#include "api/shared/password_try.hpp"

#include <algorithm>

#include "http/db_await.hpp"
#include "http/password_work.hpp"
#include "http/pipeline.hpp"
#include "http/problem.hpp"

namespace motus::api {

namespace asio = boost::asio;

asio::awaitable<std::optional<std::int64_t>> count_try(App& app, const http::Request& request,
                                                       const std::string& email,
                                                       store::AuditEntry refused,
                                                       store::LoginKeys& keys) {
  keys = store::login_keys(email, request.address_key());
  std::optional<std::int64_t> wait;
  std::function<void(store::Connection&)> count = [&wait, keys, refused](store::Connection& c) {
    wait = store::count_password_try(c, keys, refused.at);
    if (wait) store::append_audit(c, refused);
  };
  co_await http::durable_write(app.db, std::move(count));
  co_return wait;
}

asio::awaitable<PasswordTry> try_password(App& app, const http::Request& request,
                                          const std::string& email,
                                          const std::string* password_hash,
                                          const std::string& password, store::AuditEntry refused,
                                          store::AuditEntry failed) {
  PasswordTry outcome;
  const auto wait = co_await count_try(app, request, email, std::move(refused), outcome.keys);
  if (wait) {
    outcome.result = PasswordTry::Result::wait;
    outcome.wait_seconds = *wait;
    co_return outcome;
  }
  const bool right = password_hash ? co_await http::verify_password_off_io(*password_hash, password)
                                   : co_await http::verify_password_of_nobody_off_io(password);
  if (right) {
    outcome.result = PasswordTry::Result::right;
    co_return outcome;
  }
  co_await http::durable_audit(app.db, std::move(failed));
  outcome.result = PasswordTry::Result::wrong;
  co_return outcome;
}

http::Response too_many_password_tries(const http::Request& request, std::int64_t seconds) {
  const auto minutes = (seconds + 59) / 60;
  const auto wait = seconds < 60
                        ? std::to_string(seconds) + " seconds"
                        : std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
  const auto espera = seconds < 60
                          ? std::to_string(seconds) + " segundos"
                          : std::to_string(minutes) + (minutes == 1 ? " minuto" : " minutos");
  auto response = http::problem_response(
      429, "Too many tries",
      http::Said{"There were too many wrong passwords. To keep the account safe, please wait "
                 "about " +
                     wait + " and try again.",
                 "Hubo demasiadas contraseñas incorrectas. Para proteger la cuenta, espera unos " +
                     espera + " y vuelve a intentarlo."},
      request);
  response.set(http::beast_http::field::retry_after, std::to_string(seconds));
  return response;
}

}  // namespace motus::api
