#pragma once
// The append-only, hash-chained audit log. Every read or write of a member's health data, every
// login, failed login, logout and every denial appends one row. Each row's hash is SHA-256 over
// the previous row's hash and the row's own fields in one canonical encoding, so editing or
// removing any row breaks the chain from that row on. The database's triggers refuse UPDATE
// and DELETE; the chain catches what gets past them (someone editing the file directly).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct AuditEntry {
  std::int64_t at = 0;            // epoch ms
  std::string actor_id;           // empty: anonymous
  std::string actor_role;         // empty: anonymous
  std::string action;             // read, write, login, login_failed, logout, denied, ...
  std::string entity;             // intake, program, session, route:/api/v1/..., ...
  std::string member_id;          // whose health data, when any
  std::string outcome;            // allowed | denied | failed
  std::string request_id;         // the server's own id for the request
  std::string client_request_id;  // the client's X-Request-Id (at most 64 plain characters), if any
};

struct AuditRow {
  std::int64_t seq = 0;
  AuditEntry entry;
  std::string prev_hash;
  std::string hash;
};

inline const std::string kAuditGenesisHash(64, '0');

// Appends inside the caller's write transaction (the single writer keeps the chain linear). In a
// unit of work given by Db::write the row joins its batch's rows (Connection::defer_audit): it is
// in the log when the write is acknowledged, and undone with the unit should the unit fail.
void append_audit(Connection& connection, const AuditEntry& entry);

// The most rows one INSERT of append_audit_rows carries.
inline constexpr std::size_t kAuditRowsPerInsert = 100;

// Appends `entries` in order inside the caller's write transaction, as append_audit would one by
// one, but with one read of the chain's tail and INSERTs of up to kAuditRowsPerInsert rows each,
// the hashes chained in memory. Returns the first new row's seq (the rest follow it); nothing
// is written for no entries.
std::int64_t append_audit_rows(Connection& connection, const std::vector<AuditEntry>& entries);

// The canonical text a row's hash covers: prev_hash, a newline, then a JSON array of
// [seq, at, actor_id, actor_role, action, entity, member_id, outcome, request_id] (empty
// strings as null), with client_request_id appended only when there is one.
std::string audit_canonical_text(std::int64_t seq, const AuditEntry& entry,
                                 const std::string& prev_hash);
std::string audit_hash(std::int64_t seq, const AuditEntry& entry, const std::string& prev_hash);

struct ChainVerdict {
  bool verified = true;
  std::int64_t rows = 0;
  std::optional<std::int64_t> first_broken_seq;
  std::string problem;  // plain words when not verified
  // The last row verified (seq 0 and the genesis hash for an empty chain).
  std::int64_t head_seq = 0;
  std::string head_hash;
};

// Walks the whole chain from the first row.
ChainVerdict verify_audit_chain(Connection& connection);

// Walks the chain from the row after `after`, which must link to `prev_hash`; `rows_before`
// rows are taken as verified already (audit_checkpoint.hpp starts here from a checkpoint).
ChainVerdict walk_audit_chain(Connection& connection, std::int64_t after,
                              const std::string& prev_hash, std::int64_t rows_before);

// The first of `rows` (consecutive rows, as audit_page gives them) whose own hash no longer
// covers its fields, or which does not link to the row before it; nullopt when all hold.
std::optional<std::int64_t> first_changed_row(const std::vector<AuditRow>& rows);

// Up to `limit` rows with seq > `after`, in order.
std::vector<AuditRow> audit_page(Connection& connection, std::int64_t after, std::int64_t limit);

}  // namespace motus::store
