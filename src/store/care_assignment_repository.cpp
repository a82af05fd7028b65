#include "store/care_assignment_repository.hpp"

namespace motus::store {
namespace {

constexpr Statement kLeastLoadedTherapist{
    "least_loaded_therapist",
    "SELECT u.id FROM users u LEFT JOIN care_assignments a ON a.therapist_id = u.id "
    "WHERE u.role = 'therapist' GROUP BY u.id ORDER BY count(a.member_id), u.id LIMIT 1"};
constexpr Statement kUpsertAssignment{
    "upsert_care_assignment",
    "INSERT INTO care_assignments (member_id, therapist_id, assigned_at) VALUES ($1, $2, $3) "
    "ON CONFLICT (member_id) DO UPDATE SET therapist_id = excluded.therapist_id, assigned_at = "
    "excluded.assigned_at"};
constexpr Statement kTherapistOf{"therapist_of",
                                 "SELECT therapist_id FROM care_assignments WHERE member_id = $1"};

}  // namespace

std::optional<std::string> assign_least_loaded_therapist(Connection& connection,
                                                         const std::string& member_id,
                                                         std::int64_t now_ms) {
  const auto rows = connection.query(kLeastLoadedTherapist);
  if (rows.empty()) return std::nullopt;
  const auto therapist = rows.front().text(0);
  assign_therapist(connection, member_id, therapist, now_ms);
  return therapist;
}

void assign_therapist(Connection& connection, const std::string& member_id,
                      const std::string& therapist_id, std::int64_t now_ms) {
  connection.execute(kUpsertAssignment, {member_id, therapist_id, now_ms});
}

std::optional<std::string> therapist_of(Connection& connection, const std::string& member_id) {
  const auto rows = connection.query(kTherapistOf, {member_id});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

}  // namespace motus::store
