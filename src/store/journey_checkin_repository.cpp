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

Value text_or_null(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  return *text;
}

}  // namespace

void insert_checkin(Connection& connection, const Checkin& checkin) {
  connection.execute(kInsertCheckin,
                     {checkin.id, checkin.member_id, checkin.at, checkin.pain,
                      std::int64_t{checkin.flare ? 1 : 0}, text_or_null(checkin.notes)});
}

std::vector<Checkin> checkins(Connection& connection, const std::string& member_id) {
  std::vector<Checkin> found;
  for (const Row& row : connection.query(kCheckins, {member_id})) {
    found.push_back({row.text(0), member_id, row.integer(1), row.integer(2), row.integer(3) != 0,
                     row.optional_text(4)});
  }
  return found;
}

}  // namespace motus::store
