#include "store/db.hpp"

#include <libpq-fe.h>

#include <future>
#include <string>

#include "store/postgres/pg_db.hpp"
#include "store/sqlite/sqlite_db.hpp"

namespace motus::store {
namespace {

const char* type_name(const Value& value) {
  switch (value.index()) {
    case 0:
      return "null";
    case 1:
      return "an integer";
    case 2:
      return "a real number";
    default:
      return "text";
  }
}

// libpq reads the URL itself; checking it first turns a typo into an answer that names it.
void check_postgres_url(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (options == nullptr) {
    std::string reason = error != nullptr ? error : "it cannot be read";
    PQfreemem(error);
    while (!reason.empty() && reason.back() == '\n') reason.pop_back();
    throw std::invalid_argument("cannot use the PostgreSQL URL: " + reason);
  }
  PQconninfoFree(options);
}

[[noreturn]] void throw_wrong_type(std::size_t i, const char* wanted, const Value& held) {
  throw StoreError(StoreError::Kind::failure, "column " + std::to_string(i) + " should be " +
                                                  wanted + " but holds " + type_name(held));
}

}  // namespace

const Value& Row::operator[](std::size_t i) const {
  if (i >= columns_.size()) {
    throw StoreError(StoreError::Kind::failure, "column " + std::to_string(i) +
                                                    " does not exist; the row has " +
                                                    std::to_string(columns_.size()));
  }
  return columns_[i];
}

bool Row::is_null(std::size_t i) const {
  return std::holds_alternative<std::nullptr_t>((*this)[i]);
}

std::int64_t Row::integer(std::size_t i) const {
  const Value& value = (*this)[i];
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return *integer;
  throw_wrong_type(i, "an integer", value);
}

double Row::real(std::size_t i) const {
  const Value& value = (*this)[i];
  if (const auto* real = std::get_if<double>(&value)) return *real;
  if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    return static_cast<double>(*integer);
  }
  throw_wrong_type(i, "a number", value);
}

const std::string& Row::text(std::size_t i) const {
  const Value& value = (*this)[i];
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  throw_wrong_type(i, "text", value);
}

std::optional<std::string> Row::optional_text(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text(i);
}

void Db::write_and_wait(std::function<void(Connection&)> work) {
  // The promise is shared with `done` so it outlives set_value on the writer thread even when
  // this caller wakes and returns first.
  auto finished = std::make_shared<std::promise<void>>();
  auto outcome = finished->get_future();
  write(std::move(work), [finished](std::exception_ptr error) {
    if (error) {
      finished->set_exception(error);
    } else {
      finished->set_value();
    }
  });
  outcome.get();
}

std::unique_ptr<Db> open_db(std::string_view url, DbOptions options) {
  constexpr std::string_view sqlite_prefix = "sqlite:";
  if (url.starts_with(sqlite_prefix)) {
    std::string path{url.substr(sqlite_prefix.size())};
    if (path.empty()) {
      throw std::invalid_argument("the database URL 'sqlite:' needs a file path after the colon");
    }
    return std::make_unique<sqlite::SqliteDb>(std::move(path), std::move(options));
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    std::string postgres_url{url};
    check_postgres_url(postgres_url);
    return std::make_unique<postgres::PgDb>(std::move(postgres_url), std::move(options));
  }
  throw std::invalid_argument("cannot use the database URL '" + std::string(url) +
                              "'; use sqlite:PATH or postgresql://HOST/NAME");
}

StoreError closed_store_error() {
  return StoreError(StoreError::Kind::closed, "the store is closed; nothing more can be done");
}

}  // namespace motus::store
