#pragma once
// The two emails Motus sends (http/smtp_client.hpp): a password-reset link and an email
// verification link, both to public_url + a path of the web app carrying the token. They go out
// in the background: the request answers at once, the same way whether or not a mail was sent
// (so answers and their timing do not tell which emails have accounts). A relay that fails is
// logged (never the address or the link) and the person can ask again.
#include <boost/asio/awaitable.hpp>
#include <string>

#include "api/shared/app.hpp"
#include "http/message.hpp"

namespace motus::api {

// 503 "Email is off on this server" when no smtp_host is set, naming what cannot be done.
void require_mail(const App& app, const std::string& what);

// Each in `language`: the account's stored choice, else the request's (core::choose_language).
boost::asio::awaitable<void> send_password_reset(const App& app, const std::string& to,
                                                 const std::string& first_name,
                                                 const std::string& token, core::Language language);
boost::asio::awaitable<void> send_email_verification(const App& app, const std::string& to,
                                                     const std::string& first_name,
                                                     const std::string& token,
                                                     core::Language language);

}  // namespace motus::api
