#include "token_files.hpp"

#include <stdexcept>

namespace motus::bench {

TokenFiles::TokenFiles(const std::filesystem::path& dir) : dir_(dir) {
  std::filesystem::create_directories(dir_);
  members_.open(members_path(), std::ios::trunc);
  therapists_.open(therapists_path(), std::ios::trunc);
  if (!members_ || !therapists_) {
    throw std::runtime_error("cannot write the token files in " + dir_.string());
  }
}

void TokenFiles::member(const std::string& token, const std::string& exercise_id) {
  members_ << token << ' ' << exercise_id << '\n';
}

void TokenFiles::therapist(const std::string& token) { therapists_ << token << '\n'; }

void TokenFiles::close() {
  members_.close();
  therapists_.close();
  if (!members_ || !therapists_)
    throw std::runtime_error("could not finish the token files in " + dir_.string());
}

}  // namespace motus::bench
