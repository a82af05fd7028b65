#include "store/instrument_response_repository.hpp"

namespace motus::store {

namespace {

constexpr Statement kInsertResponse{
    "insert_instrument_response",
    "INSERT INTO instrument_responses (id, member_id, client_id, instrument, taken_at, answers, "
    "score, band, answer) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING"};
constexpr Statement kResponseAnswer{
    "instrument_response_answer",
    "SELECT answer FROM instrument_responses WHERE member_id = $1 AND client_id = $2"};
constexpr Statement kResponses{
    "member_instrument_responses",
    "SELECT id, client_id, instrument, taken_at, answers, score, band FROM instrument_responses "
    "WHERE member_id = $1 ORDER BY taken_at, id"};
constexpr Statement kLatestScore{
    "latest_instrument_score",
    "SELECT score FROM instrument_responses WHERE member_id = $1 AND instrument = $2 "
    "ORDER BY taken_at DESC, id DESC LIMIT 1"};

Value text_or_null(const std::optional<std::string>& value) {
  if (!value) return nullptr;
  return *value;
}

}  // namespace

bool insert_instrument_response(Connection& connection, const StoredInstrumentResponse& r) {
  return connection.execute(kInsertResponse,
                            {r.id, r.member_id, text_or_null(r.client_id), r.instrument, r.taken_at,
                             r.answers, r.score, text_or_null(r.band), r.answer}) == 1;
}

std::optional<std::string> instrument_response_answer(Connection& connection,
                                                      const std::string& member_id,
                                                      const std::string& client_id) {
  const auto rows = connection.query(kResponseAnswer, {member_id, client_id});
  if (rows.empty()) return std::nullopt;
  return rows.front().text(0);
}

std::vector<StoredInstrumentResponse> instrument_responses(Connection& connection,
                                                           const std::string& member_id) {
  std::vector<StoredInstrumentResponse> found;
  for (const Row& row : connection.query(kResponses, {member_id})) {
    StoredInstrumentResponse response;
    response.id = row.text(0);
    response.member_id = member_id;
    response.client_id = row.optional_text(1);
    response.instrument = row.text(2);
    response.taken_at = row.integer(3);
    response.answers = row.text(4);
    response.score = row.real(5);
    response.band = row.optional_text(6);
    found.push_back(std::move(response));
  }
  return found;
}

std::optional<double> latest_instrument_score(Connection& connection, const std::string& member_id,
                                              const std::string& instrument) {
  const auto rows = connection.query(kLatestScore, {member_id, instrument});
  if (rows.empty()) return std::nullopt;
  return rows.front().real(0);
}

}  // namespace motus::store
