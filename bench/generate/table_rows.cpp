#include "table_rows.hpp"

#include <algorithm>
#include <stdexcept>

namespace motus::bench {

TableRows::TableRows(std::string table, std::vector<std::string> columns)
    : table_(std::move(table)), columns_(std::move(columns)) {}

void TableRows::add(std::vector<store::Value> row) {
  if (row.size() != columns_.size()) {
    throw std::logic_error(table_ + ": a row has " + std::to_string(row.size()) + " values for " +
                           std::to_string(columns_.size()) + " columns");
  }
  for (auto& value : row) values_.push_back(std::move(value));
}

const store::Statement& BulkInsert::statement_for(const TableRows& rows, std::size_t count) {
  const std::string name = "generate_" + rows.table() + "_" + std::to_string(count);
  if (const auto found = views_.find(name); found != views_.end()) return found->second;

  const auto width = rows.columns().size();
  std::string sql = "INSERT INTO " + rows.table() + " (";
  for (std::size_t c = 0; c < width; ++c) sql += (c ? ", " : "") + rows.columns()[c];
  sql += ") VALUES ";
  std::size_t parameter = 1;
  for (std::size_t r = 0; r < count; ++r) {
    sql += r ? ", (" : "(";
    for (std::size_t c = 0; c < width; ++c) sql += (c ? ", $" : "$") + std::to_string(parameter++);
    sql += ")";
  }
  auto& text = statements_[name] = {name, std::move(sql)};
  return views_.emplace(name, store::Statement{text.first, text.second}).first->second;
}

void BulkInsert::write(store::Connection& connection, TableRows& rows) {
  const auto width = rows.columns().size();
  auto& values = rows.values();
  const auto total = rows.size();
  std::vector<store::Value> params;
  for (std::size_t first = 0; first < total; first += rows_per_statement_) {
    const auto count = std::min(rows_per_statement_, total - first);
    params.assign(
        std::make_move_iterator(values.begin() + static_cast<std::ptrdiff_t>(first * width)),
        std::make_move_iterator(values.begin() +
                                static_cast<std::ptrdiff_t>((first + count) * width)));
    connection.execute(statement_for(rows, count), params);
  }
  rows.clear();
}

}  // namespace motus::bench
