#include "store/member_language_repository.hpp"

namespace motus::store {
namespace {

constexpr Statement kLanguageOf{"language_of", "SELECT language FROM users WHERE id = $1"};
constexpr Statement kSetLanguage{"set_language", "UPDATE users SET language = $2 WHERE id = $1"};

}  // namespace

std::optional<core::Language> find_language(Connection& connection, const std::string& user_id) {
  const auto rows = connection.query(kLanguageOf, {user_id});
  if (rows.empty()) return std::nullopt;
  const auto code = rows.front().optional_text(0);
  return code ? core::language_from_code(*code) : std::nullopt;
}

void set_language(Connection& connection, const std::string& user_id,
                  std::optional<core::Language> language) {
  connection.execute(
      kSetLanguage,
      {user_id, language ? Value(std::string(core::to_string(*language))) : Value(nullptr)});
}

}  // namespace motus::store
