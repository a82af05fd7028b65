#pragma once
// The names behind a page of the audit log's ids, for the admin's viewer. The log itself keeps
// only ids (names change, and an erased member's name must go); the names are looked up when a
// page is shown, in one statement over the same range of rows as audit_page().
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "store/db.hpp"

namespace motus::store {

struct AuditNames {
  // nullopt: the row has no id there, or the account is gone (a member who erased their data).
  std::optional<std::string> actor_name;
  std::optional<std::string> member_name;
};

// By seq, for the rows audit_page(connection, after, limit) returns. Call both in one read so
// they see the same rows.
std::map<std::int64_t, AuditNames> audit_page_names(Connection& connection, std::int64_t after,
                                                    std::int64_t limit);

}  // namespace motus::store
