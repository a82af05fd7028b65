#include "store/postgres/pg_error.hpp"

#include <string>

namespace motus::store::postgres {
namespace {

constexpr std::string_view kDataException = "22";

std::string trimmed(const char* text) {
  std::string out = text == nullptr ? "" : text;
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace

StoreError::Kind kind_of(std::string_view sqlstate) {
  if (sqlstate.starts_with("23")) return StoreError::Kind::constraint;
  if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03" || sqlstate == "57014") {
    return StoreError::Kind::busy;
  }
  return StoreError::Kind::failure;
}

void throw_pg_error(PGconn* connection, const PGresult* result, std::string_view doing) {
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = state != nullptr ? state : "";
  std::string reason;
  if (sqlstate.starts_with(kDataException)) {
    // "invalid input syntax for type integer: "<the value>"": the value stays out of the message.
    reason = "a value does not fit its column";
  } else if (result != nullptr && PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) != nullptr) {
    reason = trimmed(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
  } else {
    reason = trimmed(PQerrorMessage(connection));
  }
  if (!sqlstate.empty()) reason += " (SQLSTATE " + sqlstate + ")";
  throw StoreError(kind_of(sqlstate), std::string(doing) + ": " + reason);
}

}  // namespace motus::store::postgres
