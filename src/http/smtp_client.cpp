#include "http/smtp_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <ctime>
#include <string_view>

#include "store/credentials.hpp"

namespace motus::http {

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

void refuse_line_breaks(const std::string& text, const std::string& what) {
  if (text.find_first_of("\r\n") != std::string::npos)
    throw MailError(what + " holds a line break; the mail was not sent");
}

std::string rfc5322_date(std::int64_t now_ms) {
  const std::time_t seconds = static_cast<std::time_t>(now_ms / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[64];
  std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S +0000", &utc);
  return text;
}

std::string base64(std::string_view bytes) {
  static constexpr char kDigits[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t group = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 2]);
    out += kDigits[(group >> 18) & 63];
    out += kDigits[(group >> 12) & 63];
    out += i + 1 < bytes.size() ? kDigits[(group >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kDigits[group & 63] : '=';
  }
  return out;
}

// A header's text as it may travel: ASCII as it is, anything else (a Spanish subject's ñ) as one
// RFC 2047 encoded word.
std::string header_text(const std::string& text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return "=?UTF-8?B?" + base64(text) + "?=";
  }
  return text;
}

class Conversation {
 public:
  explicit Conversation(tcp::socket& socket) : socket_(socket) {}

  // Reads one reply (all its lines) and answers its code.
  asio::awaitable<int> reply(std::string& last_line) {
    for (;;) {
      const auto size = co_await asio::async_read_until(socket_, asio::dynamic_buffer(buffer_),
                                                        "\r\n", asio::use_awaitable);
      std::string line = buffer_.substr(0, size - 2);
      buffer_.erase(0, size);
      if (line.size() < 3) throw MailError("the relay sent a line that is no reply: " + line);
      last_line = line;
      if (line.size() == 3 || line[3] != '-') co_return std::stoi(line.substr(0, 3));
    }
  }

  // Arguments are views and literals: a std::string made inside a co_await expression is
  // destroyed twice by GCC 12.
  asio::awaitable<void> step(std::string_view command, int expected_class, const char* name) {
    if (!command.empty())
      co_await asio::async_write(socket_, asio::buffer(command), asio::use_awaitable);
    std::string line;
    const int code = co_await reply(line);
    if (code / 100 != expected_class)
      throw MailError(std::string("the relay refused ") + name + ": " + line);
  }

 private:
  tcp::socket& socket_;
  std::string buffer_;
};

}  // namespace

std::string mail_text(const MailRelay& relay, const MailMessage& message, std::int64_t now_ms,
                      const std::string& message_id) {
  refuse_line_breaks(relay.from, "the From address");
  refuse_line_breaks(message.to, "the To address");
  refuse_line_breaks(message.subject, "the subject");
  std::string text = "From: Motus <" + relay.from + ">\r\nTo: <" + message.to +
                     ">\r\nSubject: " + header_text(message.subject) +
                     "\r\nDate: " + rfc5322_date(now_ms) + "\r\nMessage-ID: <" + message_id +
                     ">\r\nMIME-Version: 1.0\r\n" + "Content-Type: text/plain; charset=utf-8\r\n" +
                     "Content-Transfer-Encoding: 8bit\r\n\r\n";
  std::size_t start = 0;
  while (start <= message.body.size()) {
    auto end = message.body.find('\n', start);
    if (end == std::string::npos) end = message.body.size();
    std::string line = message.body.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line.front() == '.') line.insert(line.begin(), '.');
    text += line + "\r\n";
    if (end == message.body.size()) break;
    start = end + 1;
  }
  return text;
}

asio::awaitable<void> send_mail(MailRelay relay, MailMessage message) {
  if (!relay.on()) throw MailError("no SMTP relay is set (smtp_host)");
  refuse_line_breaks(message.to, "the To address");
  const auto executor = co_await asio::this_coro::executor;
  const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  const auto domain = relay.from.substr(relay.from.find('@') + 1);
  const auto text = mail_text(relay, message, now_ms,
                              store::new_id(now_ms) + "@" + (domain.empty() ? "motus" : domain));

  tcp::socket socket(executor);
  asio::steady_timer deadline(executor, relay.timeout);
  bool timed_out = false;
  deadline.async_wait([&socket, &timed_out](const boost::system::error_code& error) {
    if (error) return;  // cancelled: the conversation ended in time
    timed_out = true;
    boost::system::error_code ignored;
    socket.close(ignored);
  });
  try {
    tcp::resolver resolver(executor);
    const auto port = std::to_string(relay.port);
    const auto endpoints = co_await resolver.async_resolve(relay.host, port, asio::use_awaitable);
    co_await asio::async_connect(socket, endpoints, asio::use_awaitable);
    Conversation smtp(socket);
    const std::string ehlo = "EHLO " + relay.helo + "\r\n";
    const std::string mail_from = "MAIL FROM:<" + relay.from + ">\r\n";
    const std::string rcpt_to = "RCPT TO:<" + message.to + ">\r\n";
    const std::string data = text + ".\r\n";
    co_await smtp.step({}, 2, "the connection");
    co_await smtp.step(ehlo, 2, "EHLO");
    co_await smtp.step(mail_from, 2, "MAIL FROM");
    co_await smtp.step(rcpt_to, 2, "RCPT TO");
    co_await smtp.step("DATA\r\n", 3, "DATA");
    co_await smtp.step(data, 2, "the message");
    co_await smtp.step("QUIT\r\n", 2, "QUIT");
  } catch (const boost::system::system_error& e) {
    deadline.cancel();
    throw MailError(timed_out ? "the relay did not finish within " +
                                    std::to_string(relay.timeout.count()) + " s"
                              : std::string("talking to the relay failed: ") + e.what());
  } catch (...) {
    deadline.cancel();
    throw;
  }
  deadline.cancel();
  boost::system::error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
}

}  // namespace motus::http
