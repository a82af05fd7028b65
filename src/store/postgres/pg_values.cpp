#include "store/postgres/pg_values.hpp"

#include <charconv>
#include <string>

namespace motus::store::postgres {
namespace {

// Type OIDs are fixed in PostgreSQL's catalog (pg_type.dat); libpq ships no header naming them.
constexpr Oid kBool = 16;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kOid = 26;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;
constexpr Oid kUntyped = 0;

// from_chars ignores the locale, unlike strtod. Non-finite floats arrive as "NaN", "Infinity"
// and "-Infinity", which it reads too.
template <typename Number>
Number parsed(const char* text) {
  Number number{};
  std::from_chars(text, text + std::char_traits<char>::length(text), number);
  return number;
}

}  // namespace

Oid parameter_type(const Value& value) {
  switch (value.index()) {
    case 1:
      return kInt8;
    case 2:
      return kFloat8;
    default:
      return kUntyped;
  }
}

std::string parameter_text(const Value& value) {
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) {
    char buffer[64];
    // The shortest text that reads back as the same double.
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, *real);
    return std::string(buffer, written.ptr);
  }
  return std::get<std::string>(value);
}

Value column_value(const PGresult* result, int row, int column) {
  if (PQgetisnull(result, row, column)) return nullptr;
  const char* text = PQgetvalue(result, row, column);
  switch (PQftype(result, column)) {
    case kBool:
      return std::int64_t{text[0] == 't' ? 1 : 0};
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
      return parsed<std::int64_t>(text);
    case kFloat4:
    case kFloat8:
    case kNumeric:
      return parsed<double>(text);
    default:
      return std::string(text, static_cast<std::size_t>(PQgetlength(result, row, column)));
  }
}

}  // namespace motus::store::postgres
