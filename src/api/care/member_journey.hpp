#pragma once
// The member journey as the care team sees it in a member's record: the latest intake and its
// assessment, the program they follow now (the therapist's plan in force, as the member sees
// it: journey_override.hpp), and their history (sessions, check-ins, program
// levels, care flags), read from the journey's own repositories.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "api/shared/app.hpp"
#include "core/content/language.hpp"
#include "store/db.hpp"

namespace motus::api {

// {intake, program, history}; intake and program are null when the member has none yet.
// The schema of member_journey_json's history.
nlohmann::json member_history_schema();

// The program's words (why, dose words, tips, the therapist's change) in `language`, the
// reader's (api/shared/language.hpp); the assessment is as stored.
nlohmann::json member_journey_json(store::Connection& connection, const std::string& member_id,
                                   const App& app, core::Language language, std::int64_t now_ms);

}  // namespace motus::api
