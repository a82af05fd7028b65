#include "store/roster_repository.hpp"

#include "store/organization_repository.hpp"

namespace motus::store {
namespace {

// Both lookups use an index that starts with the person's last name and date of birth, so a
// check costs a few page reads however many rosters there are.
const Statement by_email{
    "roster_match_email",
    "SELECT organization_id FROM roster_entries "
    "WHERE last_name = $1 AND date_of_birth = $2 AND first_name = $3 AND email = $4 "
    "ORDER BY organization_id LIMIT 1"};
const Statement by_code{
    "roster_match_code",
    "SELECT r.organization_id FROM roster_entries r "
    "JOIN organizations o ON o.id = r.organization_id "
    "WHERE o.enrollment_code = $1 AND r.last_name = $2 AND r.date_of_birth = $3 "
    "AND r.first_name = $4 LIMIT 1"};

const Statement enrolled_member{"enrolled_member",
                                "SELECT member_id FROM enrollments WHERE person_key = $1"};
const Statement insert_enrollment{
    "insert_enrollment", "INSERT INTO enrollments (person_key, member_id) VALUES ($1, $2)"};

std::optional<std::string> first_organization_id(const Rows& rows) {
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

}  // namespace

std::optional<std::string> find_eligible_organization(Connection& connection,
                                                      const core::Identity& identity) {
  const std::string first = core::normalise_name(identity.first_name);
  const std::string last = core::normalise_name(identity.last_name);
  const std::string born = core::normalise_name(identity.date_of_birth);
  if (first.empty() || last.empty() || !core::valid_date(born)) return std::nullopt;
  // An enrollment code names the sponsor, so it is tried first; an email alone may be on the
  // roster of any sponsor.
  const std::string code = canonical_enrollment_code(identity.enrollment_code);
  if (!code.empty()) {
    if (auto found = first_organization_id(connection.query(by_code, {code, last, born, first})))
      return found;
  }
  const std::string email = core::normalise_email(identity.email);
  if (!email.empty())
    return first_organization_id(connection.query(by_email, {last, born, first, email}));
  return std::nullopt;
}

std::optional<std::string> find_enrolled_member(Connection& connection, const std::string& key) {
  const auto rows = connection.query(enrolled_member, {key});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

void enroll_member(Connection& connection, const std::string& key, const std::string& member_id) {
  connection.execute(insert_enrollment, {key, member_id});
}

}  // namespace motus::store
