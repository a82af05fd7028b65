#include "support/sql_console.hpp"

#include <functional>
#include <sstream>
#include <stdexcept>

namespace motus::test {
namespace {

std::string as_text(const store::Value& value) {
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) {
    std::ostringstream out;
    out << *real;
    return out.str();
  }
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  return "";
}

}  // namespace

SqlConsole::SqlConsole(const std::string& db_url) : db_(store::open_db(db_url)) {}

SqlConsole::~SqlConsole() { db_->close(); }

store::Statement SqlConsole::statement(const std::string& sql) const {
  std::lock_guard lock(kept_mutex_);
  const auto& name =
      *kept_.insert("console_" + std::to_string(std::hash<std::string>{}(sql))).first;
  const auto& text = *kept_.insert(sql).first;
  return {name, text};
}

void SqlConsole::run(const std::string& script) const {
  if (auto error = try_run(script); !error.empty())
    throw std::runtime_error(error + " in " + script);
}

std::string SqlConsole::try_run(const std::string& script) const {
  try {
    db_->write_and_wait([&](store::Connection& connection) { connection.execute_script(script); });
    return "";
  } catch (const std::exception& error) {
    return error.what();
  }
}

std::int64_t SqlConsole::execute(const std::string& sql,
                                 const std::vector<store::Value>& params) const {
  const auto prepared = statement(sql);
  std::int64_t changed = 0;
  db_->write_and_wait(
      [&](store::Connection& connection) { changed = connection.execute(prepared, params); });
  return changed;
}

std::vector<std::vector<std::string>> SqlConsole::rows(
    const std::string& query, const std::vector<store::Value>& params) const {
  const auto prepared = statement(query);
  std::vector<std::vector<std::string>> found;
  db_->read([&](store::Connection& connection) {
    for (const auto& row : connection.query(prepared, params)) {
      std::vector<std::string> cells;
      for (std::size_t i = 0; i < row.size(); ++i) cells.push_back(as_text(row[i]));
      found.push_back(std::move(cells));
    }
  });
  return found;
}

std::vector<std::string> SqlConsole::column(const std::string& query,
                                            const std::vector<store::Value>& params) const {
  std::vector<std::string> values;
  for (auto& row : rows(query, params)) values.push_back(row.empty() ? "" : std::move(row.front()));
  return values;
}

std::string SqlConsole::scalar(const std::string& query,
                               const std::vector<store::Value>& params) const {
  const auto values = column(query, params);
  return values.empty() ? "" : values.front();
}

std::vector<std::string> SqlConsole::tables() const {
  if (dialect() == "sqlite") return column("SELECT name FROM sqlite_master WHERE type = 'table'");
  return column(
      "SELECT table_name FROM information_schema.tables "
      "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
}

void SqlConsole::run_past_append_only(const std::string& table, const std::string& script) const {
  if (dialect() == "postgresql") {
    // As the superuser the tests connect as: the table's own triggers are switched off only
    // inside this transaction's work.
    run("ALTER TABLE " + table + " DISABLE TRIGGER USER;" + script + ";ALTER TABLE " + table +
        " ENABLE TRIGGER USER;");
    return;
  }
  // SQLite has no switch: drop the triggers and create them again from their own text.
  const auto triggers =
      rows("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = $1", {table});
  std::string drop, create;
  for (const auto& trigger : triggers) {
    drop += "DROP TRIGGER " + trigger[0] + ";";
    create += trigger[1] + ";";
  }
  run(drop + script + ";" + create);
}

}  // namespace motus::test
