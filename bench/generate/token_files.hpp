#pragma once
// The files bench/mixed-load reads: one line per member with a program ("TOKEN EXERCISE_ID",
// an exercise in their program now, for posting a session) and one line per therapist
// ("TOKEN"). The tokens are live sessions stored in the sessions table the way the server
// stores them (only a SHA-256 of each), so the load needs no logins.
#include <filesystem>
#include <fstream>
#include <string>

namespace motus::bench {

class TokenFiles {
 public:
  explicit TokenFiles(const std::filesystem::path& dir);
  void member(const std::string& token, const std::string& exercise_id);
  void therapist(const std::string& token);
  void close();
  std::filesystem::path members_path() const { return dir_ / "member-tokens.txt"; }
  std::filesystem::path therapists_path() const { return dir_ / "therapist-tokens.txt"; }

 private:
  std::filesystem::path dir_;
  std::ofstream members_;
  std::ofstream therapists_;
};

}  // namespace motus::bench
