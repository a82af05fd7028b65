#pragma once
// The language a person chose for Motus's words (users.language, migration 0015).
#include <optional>
#include <string>

#include "core/content/language.hpp"
#include "store/db.hpp"

namespace motus::store {

// Nothing when the person made no choice (or there is no such person).
std::optional<core::Language> find_language(Connection& connection, const std::string& user_id);

// Stores the choice; nothing clears it, so answers follow Accept-Language again.
void set_language(Connection& connection, const std::string& user_id,
                  std::optional<core::Language> language);

}  // namespace motus::store
