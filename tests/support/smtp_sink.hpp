#pragma once
// A real SMTP server for tests: Debian's python3-aiosmtpd on 127.0.0.1 and a free port, storing
// every message it accepts in a Maildir the test reads. Started by the test, stopped with it.
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "support/temp_dir.hpp"

namespace motus::test {

class SmtpSink {
 public:
  SmtpSink();  // throws std::runtime_error when the sink does not start within 30 s
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  std::uint16_t port() const { return port_; }
  // Every message received so far (headers and body, as the relay got them).
  std::vector<std::string> messages() const;
  // Waits up to `wait` for at least `count` messages; answers what there is then.
  std::vector<std::string> wait_for(
      std::size_t count, std::chrono::milliseconds wait = std::chrono::seconds(10)) const;

 private:
  TempDir dir_;
  pid_t pid_ = -1;
  std::uint16_t port_ = 0;
};

// The first https?:// link in a message's text that contains `path`, up to the line end.
std::string link_in(const std::string& message, const std::string& path);

}  // namespace motus::test
