#include "core/roster/roster_columns.hpp"

#include <array>
#include <string>
#include <utility>

namespace motus::core {
namespace {

// Spellings seen in HR and benefits exports, reduced to lower-case letters and digits.
constexpr std::array<std::pair<std::string_view, RosterColumn>, 17> kSpellings{{
    {"firstname", RosterColumn::first_name},
    {"givenname", RosterColumn::first_name},
    {"first", RosterColumn::first_name},
    {"lastname", RosterColumn::last_name},
    {"surname", RosterColumn::last_name},
    {"familyname", RosterColumn::last_name},
    {"last", RosterColumn::last_name},
    {"dateofbirth", RosterColumn::date_of_birth},
    {"birthdate", RosterColumn::date_of_birth},
    {"dob", RosterColumn::date_of_birth},
    {"email", RosterColumn::email},
    {"emailaddress", RosterColumn::email},
    {"mail", RosterColumn::email},
    {"employeeid", RosterColumn::employee_id},
    {"employeenumber", RosterColumn::employee_id},
    {"employeeno", RosterColumn::employee_id},
    {"staffid", RosterColumn::employee_id},
}};

std::string reduced(std::string_view header) {
  std::string out;
  for (char c : header) {
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(c);
  }
  return out;
}

}  // namespace

std::optional<RosterColumn> roster_column_named(std::string_view header) {
  const std::string key = reduced(header);
  for (const auto& [spelling, column] : kSpellings) {
    if (spelling == key) return column;
  }
  return std::nullopt;
}

std::string_view describe(RosterColumn column) {
  switch (column) {
    case RosterColumn::first_name:
      return "first name";
    case RosterColumn::last_name:
      return "last name";
    case RosterColumn::date_of_birth:
      return "date of birth";
    case RosterColumn::email:
      return "email";
    case RosterColumn::employee_id:
      return "employee id";
  }
  return "column";
}

}  // namespace motus::core
