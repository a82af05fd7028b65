#pragma once
// Statements are written once with PostgreSQL-style $1..$n parameters. SQLite also accepts `$1`,
// but as a *named* parameter numbered by first appearance, so `$2 ... $1` would bind backwards
// and a repeated `$1` would be fine only by luck. `?N` means "parameter N" in SQLite exactly as
// `$N` does in PostgreSQL, so each statement is rewritten once before it is prepared.
#include <string>
#include <string_view>

namespace motus::store::sqlite {

// Rewrites every `$N` outside string literals, quoted identifiers and comments to `?N`.
std::string rewrite_parameters(std::string_view sql);

}  // namespace motus::store::sqlite
