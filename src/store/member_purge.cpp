#include "store/member_purge.hpp"

#include <array>

#include "store/login_failure_repository.hpp"

namespace motus::store {

namespace {

// Children before parents, so the foreign keys hold at every step: the program points at an
// intake, and every table points at the users row. The queue's signals row goes first, so the
// triggers that keep it (migrations/*/0016) find nothing to keep as the rest goes.
constexpr std::array kPurgeByMember{
    Statement{"purge_member_queue_signals",
              "DELETE FROM member_queue_signals WHERE member_id = $1"},
    Statement{"purge_member_programs", "DELETE FROM member_programs WHERE member_id = $1"},
    Statement{"purge_member_program_levels",
              "DELETE FROM member_program_levels WHERE member_id = $1"},
    Statement{"purge_member_sessions", "DELETE FROM member_sessions WHERE member_id = $1"},
    Statement{"purge_member_checkins", "DELETE FROM member_checkins WHERE member_id = $1"},
    Statement{"purge_instrument_responses",
              "DELETE FROM instrument_responses WHERE member_id = $1"},
    Statement{"purge_care_flags", "DELETE FROM care_flags WHERE member_id = $1"},
    Statement{"purge_intake_drafts", "DELETE FROM intake_drafts WHERE member_id = $1"},
    Statement{"purge_member_intakes", "DELETE FROM member_intakes WHERE member_id = $1"},
    Statement{"purge_messages", "DELETE FROM messages WHERE member_id = $1 OR author_id = $1"},
    Statement{"purge_clinical_notes", "DELETE FROM clinical_notes WHERE member_id = $1"},
    Statement{"purge_program_overrides", "DELETE FROM program_overrides WHERE member_id = $1"},
    Statement{"purge_visits", "DELETE FROM visits WHERE member_id = $1"},
    Statement{"purge_appointment_holds", "DELETE FROM appointment_holds WHERE member_id = $1"},
    Statement{"purge_appointments", "DELETE FROM appointments WHERE member_id = $1"},
    Statement{"purge_calendar_feeds", "DELETE FROM calendar_feeds WHERE user_id = $1"},
    Statement{"purge_practice_reminders", "DELETE FROM practice_reminders WHERE member_id = $1"},
    Statement{"purge_care_assignments", "DELETE FROM care_assignments WHERE member_id = $1"},
    Statement{"purge_sessions", "DELETE FROM sessions WHERE user_id = $1"},
    Statement{"purge_break_glass", "DELETE FROM break_glass WHERE member_id = $1"},
    Statement{"purge_account_tokens", "DELETE FROM account_tokens WHERE user_id = $1"},
    Statement{"purge_enrollment", "DELETE FROM enrollments WHERE member_id = $1"},
    Statement{"purge_user", "DELETE FROM users WHERE id = $1"},
};

}  // namespace

void purge_member(Connection& connection, const std::string& member_id, const std::string& email) {
  forget_login_failures_of(connection, email);
  for (const auto& statement : kPurgeByMember) connection.execute(statement, {member_id});
}

}  // namespace motus::store
