#pragma once
// Values to and from PostgreSQL's text format. Parameters travel as text with a type: integers
// as int8 and reals as float8, so `$1 = column` compares numbers for an integer column; text and
// null go untyped so the server takes the type from where the parameter stands. Result columns
// map by their type: integers and booleans to int64, floating and numeric to double, everything
// else (text, varchar, uuid, timestamps) to text, NULL to nullptr.
#include <libpq-fe.h>

#include <string>

#include "store/db.hpp"

namespace motus::store::postgres {

Oid parameter_type(const Value& value);
std::string parameter_text(const Value& value);  // not called for null
Value column_value(const PGresult* result, int row, int column);

}  // namespace motus::store::postgres
