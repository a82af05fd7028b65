#pragma once
// One transaction's worth of generated rows, table by table in an order the foreign keys
// accept. The columns are the schema's (src/store/migrations/*/0002..0006).
#include <cstddef>
#include <vector>

#include "table_rows.hpp"

namespace motus::bench {

struct Batch {
  TableRows organizations{"organizations", {"id", "name", "enrollment_code", "created_at"}};
  TableRows users{"users",
                  {"id", "email", "password_hash", "role", "first_name", "last_name",
                   "date_of_birth", "organization_id", "created_at", "password_changed_at"}};
  TableRows roster_entries{"roster_entries",
                           {"organization_id", "first_name", "last_name", "date_of_birth", "email",
                            "employee_id", "line"}};
  TableRows sessions{"sessions",
                     {"token_hash", "user_id", "created_at", "last_seen_at", "revoked_at"}};
  TableRows care_assignments{"care_assignments", {"member_id", "therapist_id", "assigned_at"}};
  TableRows member_intakes{"member_intakes",
                           {"id", "member_id", "created_at", "tier", "intake", "assessment"}};
  TableRows member_programs{
      "member_programs", {"member_id", "intake_id", "started_at", "updated_at", "paused", "state"}};
  TableRows member_program_levels{"member_program_levels",
                                  {"member_id", "at", "phase", "steps_up", "sessions", "paused"}};
  TableRows member_sessions{
      "member_sessions",
      {"id", "member_id", "client_id", "at", "program_day", "pain_before", "pain_after",
       "next_morning_pain", "exercises_done", "exercises_planned", "feedback", "answer"}};
  TableRows member_checkins{"member_checkins", {"id", "member_id", "at", "pain", "flare", "notes"}};
  TableRows care_flags{
      "care_flags",
      {"id", "member_id", "kind", "source", "reason_codes", "created_at", "resolved_at"}};
  TableRows messages{"messages",
                     {"id", "member_id", "author_id", "sender_side", "body", "sent_at", "read_at"}};
  TableRows clinical_notes{"clinical_notes",
                           {"id", "member_id", "therapist_id", "body", "written_at"}};

  std::vector<TableRows*> in_write_order() {
    return {&organizations,    &users,           &roster_entries,  &sessions,
            &care_assignments, &member_intakes,  &member_programs, &member_program_levels,
            &member_sessions,  &member_checkins, &care_flags,      &messages,
            &clinical_notes};
  }
  std::size_t rows() {
    std::size_t total = 0;
    for (const auto* table : in_write_order()) total += table->size();
    return total;
  }
};

}  // namespace motus::bench
