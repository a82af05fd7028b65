#include "store/audit_log.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "store/credentials.hpp"

namespace motus::store {

namespace {

// On PostgreSQL several servers may append at once; audit_log_tail() (migrations/postgresql/
// 0002_people.sql) reads the same row under a lock held until the appending transaction ends.
// SQLite has one writer per database file, so the plain read suffices there.
constexpr Statement kLastAudit{"last_audit",
                               "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                               "SELECT seq, hash FROM audit_log_tail()"};
constexpr Statement kInsertAudit{
    "insert_audit",
    "INSERT INTO audit_log (seq, at, actor_id, actor_role, action, entity, member_id, "
    "outcome, request_id, prev_hash, hash, client_request_id) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"};
constexpr Statement kAuditPage{
    "audit_page",
    "SELECT seq, at, actor_id, actor_role, action, entity, member_id, outcome, request_id, "
    "prev_hash, hash, client_request_id FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2"};

// Rows are verified in pages so a long chain never sits in memory at once.
constexpr std::int64_t kVerifyPage = 1000;

// "INSERT ... VALUES ($1, ..., $11), ($12, ..., $22), ..." for 1..kAuditRowsPerInsert rows, each
// named by its row count so a connection prepares each size once.
class MultiRowAuditInserts {
 public:
  MultiRowAuditInserts() {
    names_.reserve(kAuditRowsPerInsert);
    texts_.reserve(kAuditRowsPerInsert);
    std::string values;
    for (std::size_t rows = 1; rows <= kAuditRowsPerInsert; ++rows) {
      if (rows > 1) values += ", ";
      values += "(";
      for (std::size_t column = 1; column <= kColumns; ++column) {
        if (column > 1) values += ", ";
        values += "$" + std::to_string((rows - 1) * kColumns + column);
      }
      values += ")";
      names_.push_back("insert_audit_rows_" + std::to_string(rows));
      texts_.push_back(std::string(kInsertAuditColumns) + values);
    }
    // Views into the strings above, which no longer move.
    for (std::size_t i = 0; i < kAuditRowsPerInsert; ++i)
      statements_.push_back({names_[i], texts_[i]});
  }
  const Statement& for_rows(std::size_t rows) const { return statements_.at(rows - 1); }

  static constexpr std::size_t kColumns = 12;

 private:
  static constexpr std::string_view kInsertAuditColumns =
      "INSERT INTO audit_log (seq, at, actor_id, actor_role, action, entity, member_id, outcome, "
      "request_id, prev_hash, hash, client_request_id) VALUES ";
  std::vector<std::string> names_;
  std::vector<std::string> texts_;
  std::vector<Statement> statements_;
};

const MultiRowAuditInserts& multi_row_inserts() {
  static const MultiRowAuditInserts inserts;
  return inserts;
}

Value text_or_null(const std::string& text) { return text.empty() ? Value(nullptr) : Value(text); }

nlohmann::json json_or_null(const std::string& text) {
  return text.empty() ? nlohmann::json() : nlohmann::json(text);
}

AuditRow row_from(const Row& row) {
  AuditRow out;
  out.seq = row.integer(0);
  out.entry.at = row.integer(1);
  out.entry.actor_id = row.optional_text(2).value_or("");
  out.entry.actor_role = row.optional_text(3).value_or("");
  out.entry.action = row.text(4);
  out.entry.entity = row.text(5);
  out.entry.member_id = row.optional_text(6).value_or("");
  out.entry.outcome = row.text(7);
  out.entry.request_id = row.optional_text(8).value_or("");
  out.prev_hash = row.text(9);
  out.hash = row.text(10);
  out.entry.client_request_id = row.optional_text(11).value_or("");
  return out;
}

}  // namespace

std::string audit_canonical_text(std::int64_t seq, const AuditEntry& entry,
                                 const std::string& prev_hash) {
  nlohmann::json fields = {seq,
                           entry.at,
                           json_or_null(entry.actor_id),
                           json_or_null(entry.actor_role),
                           entry.action,
                           entry.entity,
                           json_or_null(entry.member_id),
                           entry.outcome,
                           json_or_null(entry.request_id)};
  // Rows from before the client's id was kept have none: their text, and so their hash, is
  // unchanged.
  if (!entry.client_request_id.empty()) fields.push_back(entry.client_request_id);
  return prev_hash + "\n" + fields.dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

std::string audit_hash(std::int64_t seq, const AuditEntry& entry, const std::string& prev_hash) {
  return sha256_hex(audit_canonical_text(seq, entry, prev_hash));
}

void append_audit(Connection& connection, const AuditEntry& entry) {
  if (connection.defer_audit(entry)) return;
  const auto last = connection.query(kLastAudit);
  const std::int64_t seq = last.empty() ? 1 : last.front().integer(0) + 1;
  const std::string prev_hash = last.empty() ? kAuditGenesisHash : last.front().text(1);
  connection.execute(
      kInsertAudit,
      {seq, entry.at, text_or_null(entry.actor_id), text_or_null(entry.actor_role), entry.action,
       entry.entity, text_or_null(entry.member_id), entry.outcome, text_or_null(entry.request_id),
       prev_hash, audit_hash(seq, entry, prev_hash), text_or_null(entry.client_request_id)});
}

std::int64_t append_audit_rows(Connection& connection, const std::vector<AuditEntry>& entries) {
  if (entries.empty()) return 0;
  const auto last = connection.query(kLastAudit);
  const std::int64_t first_seq = last.empty() ? 1 : last.front().integer(0) + 1;
  std::string prev_hash = last.empty() ? kAuditGenesisHash : last.front().text(1);
  std::int64_t seq = first_seq;
  std::vector<Value> params;
  params.reserve(std::min(entries.size(), kAuditRowsPerInsert) * MultiRowAuditInserts::kColumns);
  for (std::size_t start = 0; start < entries.size(); start += kAuditRowsPerInsert) {
    const std::size_t rows = std::min(kAuditRowsPerInsert, entries.size() - start);
    params.clear();
    for (std::size_t i = start; i < start + rows; ++i, ++seq) {
      const AuditEntry& entry = entries[i];
      std::string hash = audit_hash(seq, entry, prev_hash);
      params.insert(params.end(),
                    {seq, entry.at, text_or_null(entry.actor_id), text_or_null(entry.actor_role),
                     entry.action, entry.entity, text_or_null(entry.member_id), entry.outcome,
                     text_or_null(entry.request_id), std::move(prev_hash), hash,
                     text_or_null(entry.client_request_id)});
      prev_hash = std::move(hash);
    }
    connection.execute(multi_row_inserts().for_rows(rows), params);
  }
  return first_seq;
}

ChainVerdict verify_audit_chain(Connection& connection) {
  return walk_audit_chain(connection, 0, kAuditGenesisHash, 0);
}

ChainVerdict walk_audit_chain(Connection& connection, std::int64_t after,
                              const std::string& prev_hash, std::int64_t rows_before) {
  ChainVerdict verdict;
  verdict.rows = rows_before;
  verdict.head_seq = after;
  verdict.head_hash = prev_hash;
  for (;;) {
    const auto rows = audit_page(connection, after, kVerifyPage);
    for (const auto& row : rows) {
      if (row.prev_hash != verdict.head_hash ||
          row.hash != audit_hash(row.seq, row.entry, row.prev_hash)) {
        verdict.verified = false;
        verdict.first_broken_seq = row.seq;
        verdict.problem = "Row " + std::to_string(row.seq) +
                          " was changed, or a row before it removed, after it was written.";
        return verdict;
      }
      ++verdict.rows;
      verdict.head_seq = row.seq;
      verdict.head_hash = row.hash;
    }
    if (static_cast<std::int64_t>(rows.size()) < kVerifyPage) return verdict;
    after = rows.back().seq;
  }
}

std::optional<std::int64_t> first_changed_row(const std::vector<AuditRow>& rows) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    if (row.hash != audit_hash(row.seq, row.entry, row.prev_hash)) return row.seq;
    if (i > 0 && row.prev_hash != rows[i - 1].hash) return row.seq;
  }
  return std::nullopt;
}

std::vector<AuditRow> audit_page(Connection& connection, std::int64_t after, std::int64_t limit) {
  std::vector<AuditRow> out;
  for (const auto& row : connection.query(kAuditPage, {after, limit})) out.push_back(row_from(row));
  return out;
}

}  // namespace motus::store
