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
constexpr Statement kLatestResponse{
    "latest_instrument_response",
    "SELECT id, client_id, instrument, taken_at, answers, score, band FROM instrument_responses "
    "WHERE member_id = $1 AND instrument = $2 ORDER BY taken_at DESC, id DESC LIMIT 1"};

// A row of kResponses or kLatestResponse.
StoredInstrumentResponse response_from(const Row& row, const std::string& member_id) {
  StoredInstrumentResponse response;
  response.id = row.text(0);
  response.member_id = member_id;
  response.client_id = row.optional_text(1);
  response.instrument = row.text(2);
  response.taken_at = row.integer(3);
  response.answers = row.text(4);
  response.score = row.real(5);
  response.band = row.optional_text(6);
  return response;
}

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
    found.push_back(response_from(row, member_id));
  }
  return found;
}

std::optional<StoredInstrumentResponse> latest_instrument_response(Connection& connection,
                                                                   const std::string& member_id,
                                                                   const std::string& instrument) {
  const auto rows = connection.query(kLatestResponse, {member_id, instrument});
  if (rows.empty()) return std::nullopt;
  return response_from(rows.front(), member_id);
}

}  // namespace motus::store
