#include "store/journey_checkin_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kInsertCheckin{"insert_member_checkin",
                                   "INSERT INTO member_checkins (id, member_id, at, pain, flare, "
                                   "notes) VALUES ($1, $2, $3, $4, $5, $6)"};
constexpr Statement kCheckins{
    "member_checkins",
    "SELECT id, at, pain, flare, notes FROM member_checkins WHERE member_id = $1 "
    "ORDER BY at, id"};
// Served by member_checkins_member (member_id, at) walked backwards: no sort, no scan.
constexpr Statement kRecentCheckins{
    "member_recent_checkins",
    "SELECT id, at, pain, flare, notes FROM member_checkins WHERE member_id = $1 "
    "ORDER BY at DESC, id DESC LIMIT $2"};

Value text_or_null(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  return *text;
}

std::vector<Checkin> checkins_from(const Rows& rows, const std::string& member_id) {
  std::vector<Checkin> found;
  found.reserve(rows.size());
  for (const Row& row : rows) {
    found.push_back({row.text(0), member_id, row.integer(1), row.integer(2), row.integer(3) != 0,
                     row.optional_text(4)});
  }
  return found;
}

}  // namespace

void insert_checkin(Connection& connection, const Checkin& checkin) {
  connection.execute(kInsertCheckin,
                     {checkin.id, checkin.member_id, checkin.at, checkin.pain,
                      std::int64_t{checkin.flare ? 1 : 0}, text_or_null(checkin.notes)});
}

std::vector<Checkin> checkins(Connection& connection, const std::string& member_id) {
  return checkins_from(connection.query(kCheckins, {member_id}), member_id);
}

std::vector<Checkin> recent_checkins(Connection& connection, const std::string& member_id,
                                     std::int64_t limit) {
  return checkins_from(connection.query(kRecentCheckins, {member_id, limit}), member_id);
}

}  // namespace motus::store
