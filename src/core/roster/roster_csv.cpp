#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>
#include <variant>

#include "core/access/identity.hpp"
#include "core/roster/csv_reader.hpp"
#include "core/roster/roster.hpp"
#include "core/roster/roster_columns.hpp"

namespace motus::core {
namespace {

constexpr std::size_t kColumnCount = 5;
// Longer than any real name or address; stops a garbled file from filling the store.
constexpr std::size_t kLongestField = 200;

using ColumnPositions = std::array<std::optional<std::size_t>, kColumnCount>;

std::size_t index_of(RosterColumn column) { return static_cast<std::size_t>(column); }

bool blank(const CsvRecord& record) {
  for (const auto& field : record.fields) {
    if (!normalise_name(field).empty()) return false;
  }
  return true;
}

const std::string kHeaderHelp =
    "The first line must name the columns: first name, last name, date of birth, and email "
    "or employee id (or both).";

ColumnPositions read_header(const CsvRecord& header) {
  if (!header.problem.empty()) {
    throw RosterFileError("The first line cannot be read: " + header.problem + ". " + kHeaderHelp);
  }
  ColumnPositions positions;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const auto column = roster_column_named(header.fields[i]);
    if (!column) continue;
    auto& slot = positions[index_of(*column)];
    if (slot) {
      throw RosterFileError("Columns " + std::to_string(*slot + 1) + " and " +
                            std::to_string(i + 1) + " both hold " + std::string(describe(*column)) +
                            ". Keep only one.");
    }
    slot = i;
  }
  std::string missing;
  for (auto column :
       {RosterColumn::first_name, RosterColumn::last_name, RosterColumn::date_of_birth}) {
    if (positions[index_of(column)]) continue;
    missing += missing.empty() ? "" : ", ";
    missing += describe(column);
  }
  if (!missing.empty())
    throw RosterFileError("The file has no column for " + missing + ". " + kHeaderHelp);
  if (!positions[index_of(RosterColumn::email)] &&
      !positions[index_of(RosterColumn::employee_id)]) {
    throw RosterFileError("The file has no column for email or employee id. " + kHeaderHelp);
  }
  return positions;
}

// Enough to catch typing slips (a missing @, a space, no domain); whether mail arrives is
// another matter.
bool plausible_email(std::string_view email) {
  const auto at = email.find('@');
  if (at == 0 || at == std::string_view::npos || email.find('@', at + 1) != std::string_view::npos)
    return false;
  const auto domain = email.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == 0 || dot == std::string_view::npos || domain.back() == '.') return false;
  for (char c : email) {
    if (c == ' ' || c == ',' || c == ';' || c == '<' || c == '>' || c == '"') return false;
  }
  return email.size() <= 254;
}

class RosterRows {
 public:
  RosterRows(ColumnPositions positions, std::size_t columns_in_header, std::size_t expected_rows)
      : positions_(positions), columns_in_header_(columns_in_header) {
    people_.reserve(expected_rows);
    employee_ids_.reserve(expected_rows);
  }

  // The entry the record describes, or the reason it cannot be used.
  std::variant<RosterEntry, std::string> read(const CsvRecord& record) {
    if (!record.problem.empty()) return record.problem;
    if (record.fields.size() > columns_in_header_) {
      return "this row has " + std::to_string(record.fields.size()) +
             " columns but the first line names only " + std::to_string(columns_in_header_);
    }
    for (const auto& field : record.fields) {
      if (field.size() > kLongestField)
        return "a field is longer than " + std::to_string(kLongestField) + " characters";
    }
    RosterEntry entry;
    entry.line = record.line;
    entry.first_name = normalise_name(field(record, RosterColumn::first_name));
    entry.last_name = normalise_name(field(record, RosterColumn::last_name));
    entry.date_of_birth = normalise_name(field(record, RosterColumn::date_of_birth));
    entry.email = normalise_email(field(record, RosterColumn::email));
    entry.employee_id = normalise_name(field(record, RosterColumn::employee_id));
    if (entry.first_name.empty()) return "the first name is missing";
    if (entry.last_name.empty()) return "the last name is missing";
    if (entry.date_of_birth.empty()) return "the date of birth is missing";
    if (!valid_date(entry.date_of_birth)) {
      return "the date of birth '" + entry.date_of_birth +
             "' is not a real date written as YYYY-MM-DD";
    }
    if (entry.email.empty() && entry.employee_id.empty())
      return "the row needs an email or an employee id";
    if (!entry.email.empty() && !plausible_email(entry.email)) {
      return "the email '" + entry.email + "' is not a valid address";
    }
    if (auto earlier = first_seen(entry))
      return "the same person is already on line " + std::to_string(*earlier);
    return entry;
  }

 private:
  std::string_view field(const CsvRecord& record, RosterColumn column) const {
    const auto& position = positions_[index_of(column)];
    if (!position || *position >= record.fields.size()) return {};
    return record.fields[*position];
  }

  // Records the person and answers the line where they appeared before, if they did.
  std::optional<std::size_t> first_seen(const RosterEntry& entry) {
    const std::string person =
        entry.first_name + '\n' + entry.last_name + '\n' + entry.date_of_birth;
    if (auto [it, added] = people_.try_emplace(person, entry.line); !added) return it->second;
    if (!entry.employee_id.empty()) {
      if (auto [it, added] = employee_ids_.try_emplace(entry.employee_id, entry.line); !added) {
        people_.erase(person);
        return it->second;
      }
    }
    return std::nullopt;
  }

  ColumnPositions positions_;
  std::size_t columns_in_header_;
  std::unordered_map<std::string, std::size_t> people_;
  std::unordered_map<std::string, std::size_t> employee_ids_;
};

}  // namespace

RosterFile parse_roster_csv(std::string_view text) {
  CsvReader reader(text);
  CsvRecord record;
  bool have_header = false;
  while (!have_header && reader.next(record)) have_header = !blank(record);
  if (!have_header) throw RosterFileError("The file is empty. " + kHeaderHelp);

  // Sizing the duplicate check up front spares rehashing a large file's keys many times over.
  const auto expected_rows = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  RosterRows rows(read_header(record), record.fields.size(), expected_rows);
  RosterFile file;
  file.entries.reserve(expected_rows);
  while (reader.next(record)) {
    if (record.problem.empty() && blank(record)) continue;
    auto outcome = rows.read(record);
    if (auto* entry = std::get_if<RosterEntry>(&outcome)) {
      file.entries.push_back(std::move(*entry));
    } else {
      file.rejected.push_back({record.line, std::move(std::get<std::string>(outcome))});
    }
  }
  return file;
}

}  // namespace motus::core
