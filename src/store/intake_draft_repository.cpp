#include "store/intake_draft_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kSaveDraft{
    "save_intake_draft",
    "INSERT INTO intake_drafts (member_id, answers, step, saved_at) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (member_id) DO UPDATE SET answers = excluded.answers, step = excluded.step, "
    "saved_at = excluded.saved_at"};
constexpr Statement kFindDraft{"find_intake_draft",
                               "SELECT answers, step, saved_at FROM intake_drafts "
                               "WHERE member_id = $1"};
constexpr Statement kRemoveDraft{"remove_intake_draft",
                                 "DELETE FROM intake_drafts WHERE member_id = $1"};

}  // namespace

void save_intake_draft(Connection& connection, const std::string& member_id,
                       const IntakeDraft& draft) {
  connection.execute(kSaveDraft, {member_id, draft.answers_json, draft.step, draft.saved_at});
}

std::optional<IntakeDraft> find_intake_draft(Connection& connection, const std::string& member_id) {
  const auto rows = connection.query(kFindDraft, {member_id});
  if (rows.empty()) return std::nullopt;
  return IntakeDraft{rows.front().text(0), rows.front().text(1), rows.front().integer(2)};
}

void remove_intake_draft(Connection& connection, const std::string& member_id) {
  connection.execute(kRemoveDraft, {member_id});
}

}  // namespace motus::store
