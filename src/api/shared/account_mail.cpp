#include "api/shared/account_mail.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/this_coro.hpp>

#include "http/log.hpp"
#include "http/problem.hpp"
#include "http/smtp_client.hpp"

namespace motus::api {

namespace asio = boost::asio;
using core::said_in;

namespace {

// `kind` is a literal: no std::string is made inside the caller's co_await (GCC 12 destroys
// such temporaries twice).
asio::awaitable<void> send_in_background(const App& app, http::MailMessage message,
                                         const char* kind) {
  const auto executor = co_await asio::this_coro::executor;
  asio::co_spawn(executor, http::send_mail(app.mail, std::move(message)),
                 [kind = std::string(kind)](std::exception_ptr error) {
                   if (!error) {
                     log::info("mail_sent", {{"kind", kind}});
                     return;
                   }
                   try {
                     std::rethrow_exception(error);
                   } catch (const std::exception& e) {
                     log::warn("mail_failed", {{"kind", kind}, {"error", e.what()}});
                   }
                 });
}

std::string text(std::string_view words) { return std::string(words); }

std::string link(const App& app, const std::string& path, const std::string& token) {
  auto base = app.public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + path + "?token=" + token;
}

}  // namespace

void require_mail(const App& app, const std::string& what) {
  if (app.mail.on()) return;
  http::HttpError error(503, "Email is off on this server",
                        "This Motus server does not send email, so " + what +
                            " cannot be done here. Please ask your clinic's admin.");
  error.extensions["code"] = "mail_off";
  throw error;
}

asio::awaitable<void> send_password_reset(const App& app, const std::string& to,
                                          const std::string& first_name, const std::string& token,
                                          core::Language language) {
  const auto l = language;
  http::MailMessage message{
      to, text(said_in(l, "Reset your Motus password", "Cambia tu contraseña de Motus")),
      text(said_in(l, "Hello ", "Hola, ")) + first_name +
          text(said_in(l,
                       ",\n\nSomeone (we hope you) asked to reset the password of your Motus "
                       "account. To choose a new password, open this link within 30 minutes:\n\n",
                       ":\n\nAlguien (esperamos que tú) pidió cambiar la contraseña de tu cuenta "
                       "de Motus. Para elegir una contraseña nueva, abre este enlace en los "
                       "próximos 30 minutos:\n\n")) +
          link(app, "/reset-password", token) +
          text(said_in(l,
                       "\n\nThe link works once. If you did not ask for this, ignore this email: "
                       "your password stays as it is.\n\nMotus\n",
                       "\n\nEl enlace funciona una sola vez. Si no lo pediste, ignora este "
                       "correo: tu contraseña se queda como está.\n\nMotus\n"))};
  co_await send_in_background(app, std::move(message), "password_reset");
}

asio::awaitable<void> send_email_verification(const App& app, const std::string& to,
                                              const std::string& first_name,
                                              const std::string& token, core::Language language) {
  const auto l = language;
  http::MailMessage message{
      to, text(said_in(l, "Confirm your email for Motus", "Confirma tu correo para Motus")),
      text(said_in(l, "Hello ", "Hola, ")) + first_name +
          text(said_in(l,
                       ",\n\nWelcome to Motus. Please confirm this is your email address by "
                       "opening this link within 24 hours:\n\n",
                       ":\n\nTe damos la bienvenida a Motus. Confirma que esta es tu dirección de "
                       "correo abriendo este enlace en las próximas 24 horas:\n\n")) +
          link(app, "/verify-email", token) +
          text(said_in(l, "\n\nIf you did not sign up for Motus, ignore this email.\n\nMotus\n",
                       "\n\nSi no te registraste en Motus, ignora este correo.\n\nMotus\n"))};
  co_await send_in_background(app, std::move(message), "email_verification");
}

}  // namespace motus::api
