#pragma once
// Sending one email through an SMTP relay (RFC 5321) with Boost.Asio: the password-reset and
// email-verification links. Plain SMTP on the relay's port, meant for a relay on the same
// machine or network (a local Postfix or the provider's relay reached over a private link);
// STARTTLS is not spoken, so a relay across the internet belongs behind a local one that does.
// Every step has a deadline; a relay that answers anything but success ends the attempt with
// MailError naming the step and the reply. Addresses holding CR or LF are refused (header
// injection).
#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace motus::http {

struct MailRelay {
  std::string host;  // empty: mail is off
  std::int64_t port = 25;
  std::string from;  // the envelope and From: address
  std::string helo = "motus.localdomain";
  std::chrono::seconds timeout{15};  // for the whole conversation
  bool on() const { return !host.empty(); }
};

struct MailMessage {
  std::string to;
  std::string subject;
  std::string body;  // plain text, UTF-8, lines separated by \n
};

struct MailError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The DATA section for `message`: RFC 5322 headers (From, To, Subject, Date, Message-ID,
// MIME-Version, Content-Type text/plain UTF-8, 8bit), a blank line and the body with CRLF line
// ends, every line starting with "." doubled (RFC 5321 4.5.2). Without the final ".".
std::string mail_text(const MailRelay& relay, const MailMessage& message, std::int64_t now_ms,
                      const std::string& message_id);

// Connects, says EHLO, MAIL FROM, RCPT TO, DATA, sends, QUIT. Throws MailError.
boost::asio::awaitable<void> send_mail(MailRelay relay, MailMessage message);

}  // namespace motus::http
