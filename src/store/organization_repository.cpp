#include "store/organization_repository.hpp"

namespace motus::store {
namespace {

const Statement insert_statement{
    "organization_insert",
    "INSERT INTO organizations (id, name, enrollment_code, created_at) "
    "VALUES ($1, $2, $3, $4)"};
const Statement by_id{
    "organization_by_id",
    "SELECT id, name, enrollment_code, created_at FROM organizations WHERE id = $1"};
const Statement by_code{"organization_by_code",
                        "SELECT id, name, enrollment_code, created_at FROM organizations "
                        "WHERE enrollment_code = $1"};
// Counting per organization through the (organization_id, ...) index keeps this cheap even when
// rosters hold millions of rows.
const Statement with_roster_sizes{
    "organization_list",
    "SELECT o.id, o.name, o.enrollment_code, o.created_at, "
    "(SELECT count(*) FROM roster_entries r WHERE r.organization_id = o.id) "
    "FROM organizations o ORDER BY o.name, o.id"};

Organization organization_from(const Row& row) {
  return {row.text(0), row.text(1), row.text(2), row.integer(3)};
}

std::optional<Organization> first_organization(const Rows& rows) {
  if (rows.empty()) return std::nullopt;
  return organization_from(rows.front());
}

}  // namespace

std::string canonical_enrollment_code(std::string_view code) {
  std::string out;
  for (char c : code) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out;
}

void insert_organization(Connection& connection, const Organization& organization) {
  connection.execute(insert_statement, {organization.id, organization.name,
                                        organization.enrollment_code, organization.created_at});
}

std::optional<Organization> find_organization(Connection& connection, const std::string& id) {
  return first_organization(connection.query(by_id, {id}));
}

std::optional<Organization> find_organization_by_code(Connection& connection,
                                                      std::string_view code) {
  return first_organization(connection.query(by_code, {canonical_enrollment_code(code)}));
}

std::vector<OrganizationSummary> list_organizations(Connection& connection) {
  std::vector<OrganizationSummary> out;
  for (const auto& row : connection.query(with_roster_sizes)) {
    out.push_back({organization_from(row), row.integer(4)});
  }
  return out;
}

}  // namespace motus::store
