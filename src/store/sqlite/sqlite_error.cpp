#include "store/sqlite/sqlite_error.hpp"

#include <string>

namespace motus::store::sqlite {

StoreError::Kind kind_of(int result_code) {
  switch (result_code & 0xff) {
    case SQLITE_CONSTRAINT:
      return StoreError::Kind::constraint;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return StoreError::Kind::busy;
    default:
      return StoreError::Kind::failure;
  }
}

void throw_sqlite_error(sqlite3* handle, int result_code, std::string_view doing) {
  // sqlite3_errmsg describes the most recent failure on the handle; the result code may come
  // from somewhere without a handle (opening), so fall back to the code's generic text.
  const char* reason = handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(result_code);
  throw StoreError(kind_of(result_code), std::string(doing) + ": " + reason);
}

}  // namespace motus::store::sqlite
