#include "store/roster_replace.hpp"

#include <algorithm>
#include <tuple>

namespace motus::store {
namespace {

constexpr std::size_t kColumnsPerRow = 6;  // besides the organization
// Rows per INSERT: one statement step for many rows is most of the speed of a bulk load, and
// 1 + 64 × 6 parameters stays far below every back end's parameter limit.
constexpr std::size_t kRowsPerInsert = 64;

// Clearing the old roster hands back who was on it, so the comparison needs no second pass
// over the same rows (one index walk and one table visit per row instead of two).
const Statement clear_roster{"roster_clear",
                             "DELETE FROM roster_entries WHERE organization_id = $1 "
                             "RETURNING first_name, last_name, date_of_birth, employee_id"};

// Every row of a batch names the organization with the same $1, so its id is bound once.
std::string insert_sql(std::size_t rows) {
  std::string sql =
      "INSERT INTO roster_entries "
      "(organization_id, first_name, last_name, date_of_birth, email, employee_id, line) VALUES ";
  for (std::size_t row = 0; row < rows; ++row) {
    sql += row == 0 ? "($1" : ", ($1";
    for (std::size_t column = 0; column < kColumnsPerRow; ++column) {
      sql += ", $" + std::to_string(2 + row * kColumnsPerRow + column);
    }
    sql += ")";
  }
  return sql;
}

const std::string kInsertOneSql = insert_sql(1);
const std::string kInsertManySql = insert_sql(kRowsPerInsert);
const Statement insert_one{"roster_insert_one", kInsertOneSql};
const Statement insert_many{"roster_insert_many", kInsertManySql};

Value optional_text(const std::string& text) {
  if (text.empty()) return nullptr;
  return text;
}

void append_row(std::vector<Value>& params, const core::RosterEntry& entry) {
  params.emplace_back(entry.first_name);
  params.emplace_back(entry.last_name);
  params.emplace_back(entry.date_of_birth);
  params.push_back(optional_text(entry.email));
  params.push_back(optional_text(entry.employee_id));
  params.emplace_back(static_cast<std::int64_t>(entry.line));
}

std::vector<core::RosterPerson> clear_and_list(Connection& connection,
                                               const std::string& organization_id) {
  std::vector<core::RosterPerson> people;
  for (const auto& row : connection.query(clear_roster, {organization_id})) {
    people.push_back({row.text(0), row.text(1), row.text(2), row.optional_text(3).value_or("")});
  }
  return people;
}

}  // namespace

core::RosterChanges replace_roster(Connection& connection, const std::string& organization_id,
                                   const std::vector<core::RosterEntry>& entries,
                                   const std::function<void(std::size_t)>& progress,
                                   std::size_t progress_every) {
  const auto changes = core::compare_rosters(clear_and_list(connection, organization_id), entries);

  // Inserting in index order turns random B-tree inserts into appends, which keeps the working
  // set of pages small; on a 100,000-row roster that is most of the import time.
  std::vector<const core::RosterEntry*> ordered;
  ordered.reserve(entries.size());
  for (const auto& entry : entries) ordered.push_back(&entry);
  std::sort(ordered.begin(), ordered.end(),
            [](const core::RosterEntry* a, const core::RosterEntry* b) {
              return std::tie(a->last_name, a->date_of_birth, a->first_name) <
                     std::tie(b->last_name, b->date_of_birth, b->first_name);
            });

  std::vector<Value> params;
  params.reserve(1 + kRowsPerInsert * kColumnsPerRow);
  std::size_t stored = 0;
  std::size_t next_report = progress_every;
  while (stored < entries.size()) {
    const bool full_batch = entries.size() - stored >= kRowsPerInsert;
    const std::size_t rows = full_batch ? kRowsPerInsert : 1;
    params.assign(1, Value(organization_id));
    for (std::size_t i = 0; i < rows; ++i) append_row(params, *ordered[stored + i]);
    connection.execute(full_batch ? insert_many : insert_one, params);
    stored += rows;
    if (progress && progress_every > 0 && stored >= next_report) {
      progress(stored);
      next_report += progress_every;
    }
  }
  return changes;
}

}  // namespace motus::store
