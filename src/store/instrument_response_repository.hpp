#pragma once
// The outcome instruments a member filled in (migrations/sqlite/0007_instrument_responses.sql),
// each with its score, band and the answer the member saw. A response sent with a client_id is
// stored once per member and client_id, so a resend gets the first answer back.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct StoredInstrumentResponse {
  std::string id;
  std::string member_id;
  std::optional<std::string> client_id;
  std::string instrument;
  std::int64_t taken_at = 0;
  std::string answers;  // JSON array of {item, value, named?}
  double score = 0;
  std::optional<std::string> band;  // the band's code
  std::string answer;               // JSON text
};

// False when the member already has a response with this client_id (nothing is written).
bool insert_instrument_response(Connection& connection, const StoredInstrumentResponse& response);
// The answer stored with the member's response of this client_id, if there is one.
std::optional<std::string> instrument_response_answer(Connection& connection,
                                                      const std::string& member_id,
                                                      const std::string& client_id);
// Every response of the member over all instruments, oldest first; `answer` is left empty.
std::vector<StoredInstrumentResponse> instrument_responses(Connection& connection,
                                                           const std::string& member_id);
// The member's newest response to one instrument, if they have filled it in; `answer` is left
// empty.
std::optional<StoredInstrumentResponse> latest_instrument_response(Connection& connection,
                                                                   const std::string& member_id,
                                                                   const std::string& instrument);

}  // namespace motus::store
