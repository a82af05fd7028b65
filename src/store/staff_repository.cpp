#include "store/staff_repository.hpp"

namespace motus::store {
namespace {

// One statement per scope rather than one with "$1 = '' OR ...": a bound "everyone" would keep
// PostgreSQL's generic plan from seeking the index for one organization or one caseload.
constexpr Statement kStaffPage{
    "staff_page",
    "SELECT u.id, u.first_name, u.last_name, u.email, u.role, u.organization_id, o.name, "
    "(SELECT count(*) FROM care_assignments a WHERE a.therapist_id = u.id), u.disabled_at, "
    "(SELECT count(*) FROM staff_totp t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) "
    "FROM users u LEFT JOIN organizations o ON o.id = u.organization_id "
    "WHERE u.role <> 'member' AND u.id > $1 ORDER BY u.id LIMIT $2"};
constexpr Statement kStaffPageInOrganization{
    "staff_page_in_organization",
    "SELECT u.id, u.first_name, u.last_name, u.email, u.role, u.organization_id, o.name, "
    "(SELECT count(*) FROM care_assignments a WHERE a.therapist_id = u.id), u.disabled_at, "
    "(SELECT count(*) FROM staff_totp t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) "
    "FROM users u LEFT JOIN organizations o ON o.id = u.organization_id "
    "WHERE u.role <> 'member' AND u.organization_id = $1 AND u.id > $2 ORDER BY u.id LIMIT $3"};

constexpr Statement kMemberPage{
    "member_page",
    "SELECT u.id, u.first_name, u.last_name, u.organization_id, a.therapist_id, u.disabled_at "
    "FROM users u LEFT JOIN care_assignments a ON a.member_id = u.id "
    "WHERE u.role = 'member' AND u.id > $1 ORDER BY u.id LIMIT $2"};
constexpr Statement kCaseloadPage{
    "caseload_page",
    "SELECT u.id, u.first_name, u.last_name, u.organization_id, a.therapist_id, u.disabled_at "
    "FROM care_assignments a JOIN users u ON u.id = a.member_id "
    "WHERE a.therapist_id = $1 AND u.role = 'member' AND u.id > $2 ORDER BY u.id LIMIT $3"};

StaffListing listing_from(const Row& row) {
  StaffListing out;
  out.id = row.text(0);
  out.first_name = row.text(1);
  out.last_name = row.text(2);
  out.email = row.text(3);
  const auto role = core::role_from_string(row.text(4));
  if (!role)
    throw StoreError(StoreError::Kind::failure, "users.role holds an unknown role: " + row.text(4));
  out.role = *role;
  out.organization_id = row.optional_text(5).value_or("");
  out.organization_name = row.optional_text(6).value_or("");
  out.caseload = row.integer(7);
  out.disabled = !row.is_null(8);
  out.second_factor = row.integer(9) > 0;
  return out;
}

CaseloadMember member_from(const Row& row) {
  return {row.text(0),
          row.text(1),
          row.text(2),
          row.optional_text(3).value_or(""),
          row.optional_text(4).value_or(""),
          !row.is_null(5)};
}

}  // namespace

std::vector<StaffListing> staff_page(Connection& connection, const std::string& organization_id,
                                     const std::string& after, std::int64_t limit) {
  const auto rows = organization_id.empty() ? connection.query(kStaffPage, {after, limit})
                                            : connection.query(kStaffPageInOrganization,
                                                               {organization_id, after, limit});
  std::vector<StaffListing> out;
  out.reserve(rows.size());
  for (const auto& row : rows) out.push_back(listing_from(row));
  return out;
}

std::vector<CaseloadMember> member_page(Connection& connection, const std::string& therapist_id,
                                        const std::string& after, std::int64_t limit) {
  const auto rows = therapist_id.empty()
                        ? connection.query(kMemberPage, {after, limit})
                        : connection.query(kCaseloadPage, {therapist_id, after, limit});
  std::vector<CaseloadMember> out;
  out.reserve(rows.size());
  for (const auto& row : rows) out.push_back(member_from(row));
  return out;
}

}  // namespace motus::store
