#include "support/smtp_sink.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace motus::test {

namespace {

std::uint16_t free_port() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  close(fd);
  return ntohs(address.sin_port);
}

bool accepts(std::uint16_t port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(port);
  const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(fd);
  return ok;
}

}  // namespace

SmtpSink::SmtpSink() : port_(free_port()) {
  const auto mailbox = (dir_.path() / "mail").string();
  const auto log = (dir_.path() / "sink.log").string();
  const auto listen = "127.0.0.1:" + std::to_string(port_);
  pid_ = fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd, 1);
    dup2(fd, 2);
    // Debian's interpreter, where python3-aiosmtpd is installed (not whatever python3 is first
    // on PATH).
    execl("/usr/bin/python3", "python3", "-m", "aiosmtpd", "-n", "-l", listen.c_str(), "-c",
          "aiosmtpd.handlers.Mailbox", mailbox.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    if (accepts(port_)) return;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      std::ifstream in(log);
      std::stringstream text;
      text << in.rdbuf();
      throw std::runtime_error("the SMTP sink (python3-aiosmtpd) did not start: " + text.str());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  throw std::runtime_error("the SMTP sink did not listen within 30 s");
}

SmtpSink::~SmtpSink() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
}

std::vector<std::string> SmtpSink::messages() const {
  std::vector<std::pair<std::filesystem::file_time_type, std::string>> found;
  const auto folder = dir_.path() / "mail" / "new";
  if (!std::filesystem::exists(folder)) return {};
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    found.emplace_back(entry.last_write_time(), text.str());
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (auto& [time, text] : found) out.push_back(std::move(text));
  return out;
}

std::vector<std::string> SmtpSink::wait_for(std::size_t count,
                                            std::chrono::milliseconds wait) const {
  const auto deadline = std::chrono::steady_clock::now() + wait;
  auto found = messages();
  while (found.size() < count && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    found = messages();
  }
  return found;
}

std::string link_in(const std::string& message, const std::string& path) {
  for (std::size_t at = message.find("http"); at != std::string::npos;
       at = message.find("http", at + 1)) {
    const auto end = message.find_first_of("\r\n ", at);
    const auto link = message.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (link.find(path) != std::string::npos) return link;
  }
  return "";
}

}  // namespace motus::test
