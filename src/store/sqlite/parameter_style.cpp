#include "store/sqlite/parameter_style.hpp"

#include <cctype>

namespace motus::store::sqlite {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// SQLite identifiers may contain `$` (`price$1`); only a `$` that starts a token is a parameter.
bool continues_identifier(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$';
}

// Copies a quoted run ('text', "identifier") starting at `i`; a doubled quote is an escaped one.
std::size_t copy_quoted(std::string_view sql, std::size_t i, std::string& out) {
  const char quote = sql[i];
  out += sql[i++];
  while (i < sql.size()) {
    out += sql[i];
    if (sql[i++] == quote) {
      if (i < sql.size() && sql[i] == quote) {
        out += sql[i++];
      } else {
        break;
      }
    }
  }
  return i;
}

std::size_t copy_until(std::string_view sql, std::size_t i, std::string_view end,
                       std::string& out) {
  const std::size_t found = sql.find(end, i);
  const std::size_t stop = found == std::string_view::npos ? sql.size() : found + end.size();
  out.append(sql.substr(i, stop - i));
  return stop;
}

}  // namespace

std::string rewrite_parameters(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {
      i = copy_quoted(sql, i, out);
    } else if (sql.substr(i).starts_with("--")) {
      i = copy_until(sql, i, "\n", out);
    } else if (sql.substr(i).starts_with("/*")) {
      i = copy_until(sql, i, "*/", out);
    } else if (c == '$' && i + 1 < sql.size() && is_digit(sql[i + 1]) &&
               (i == 0 || !continues_identifier(sql[i - 1]))) {
      out += '?';
      ++i;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace motus::store::sqlite
