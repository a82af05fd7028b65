#pragma once
// Rows for one table, gathered in memory, then written with multi-row INSERT statements
// (hundreds of rows per statement, thousands per transaction) through the store's Connection,
// so the same code fills SQLite and PostgreSQL.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::bench {

class TableRows {
 public:
  TableRows(std::string table, std::vector<std::string> columns);

  // `row` has one value per column, in the columns' order.
  void add(std::vector<store::Value> row);
  std::size_t size() const { return values_.size() / columns_.size(); }
  const std::string& table() const { return table_; }
  const std::vector<std::string>& columns() const { return columns_; }
  std::vector<store::Value>& values() { return values_; }
  void clear() { values_.clear(); }

 private:
  std::string table_;
  std::vector<std::string> columns_;
  std::vector<store::Value> values_;  // row after row
};

// Writes TableRows with INSERT ... VALUES (...), (...), ... of up to `rows_per_statement` rows.
// Keeps each statement's SQL text for as long as it lives (a Statement only views its text and
// the back ends cache prepared statements by name). Use it from one thread (the writer's).
class BulkInsert {
 public:
  explicit BulkInsert(std::size_t rows_per_statement) : rows_per_statement_(rows_per_statement) {}
  // Moves the rows' values out into the statements; `rows` is left empty.
  void write(store::Connection& connection, TableRows& rows);

 private:
  const store::Statement& statement_for(const TableRows& rows, std::size_t count);

  std::size_t rows_per_statement_;
  std::map<std::string, std::pair<std::string, std::string>> statements_;  // name → (name, SQL)
  std::map<std::string, store::Statement> views_;
};

}  // namespace motus::bench
