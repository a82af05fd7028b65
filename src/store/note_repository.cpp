#include "store/note_repository.hpp"

namespace motus::store {
namespace {

constexpr Statement kInsertNote{
    "insert_clinical_note",
    "INSERT INTO clinical_notes (id, member_id, therapist_id, body, written_at) "
    "VALUES ($1, $2, $3, $4, $5)"};
constexpr Statement kNotesAbout{
    "clinical_notes_about",
    "SELECT id, member_id, therapist_id, body, written_at FROM clinical_notes "
    "WHERE member_id = $1 ORDER BY written_at DESC, id DESC"};

}  // namespace

void insert_note(Connection& connection, const ClinicalNote& note) {
  connection.execute(kInsertNote,
                     {note.id, note.member_id, note.therapist_id, note.body, note.written_at});
}

std::vector<ClinicalNote> notes_about(Connection& connection, const std::string& member_id) {
  std::vector<ClinicalNote> notes;
  for (const auto& row : connection.query(kNotesAbout, {member_id})) {
    notes.push_back({row.text(0), row.text(1), row.text(2), row.text(3), row.integer(4)});
  }
  return notes;
}

}  // namespace motus::store
