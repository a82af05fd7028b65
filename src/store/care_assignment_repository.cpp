#include "store/care_assignment_repository.hpp"

namespace motus::store {
namespace {

// therapist_caseloads (migrations/*/0016) holds each therapist's count, kept by triggers on
// care_assignments, so the least loaded is the first entry of its index: within the pool of the
// member's organization when it has therapists of its own, else among the therapists without one.
constexpr Statement kLeastLoadedInPool{
    "least_loaded_therapist_in_pool",
    "SELECT therapist_id FROM therapist_caseloads "
    "WHERE organization_id = (SELECT organization_id FROM users WHERE id = $1) "
    "ORDER BY members, therapist_id LIMIT 1"};
constexpr Statement kLeastLoadedWithoutPool{
    "least_loaded_therapist",
    "SELECT therapist_id FROM therapist_caseloads WHERE organization_id IS NULL "
    "ORDER BY members, therapist_id LIMIT 1"};
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
  auto rows = connection.query(kLeastLoadedInPool, {member_id});
  if (rows.empty()) rows = connection.query(kLeastLoadedWithoutPool);
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
