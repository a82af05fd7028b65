#pragma once
// Smaller answers for slow phone connections: the web app's files are served from the `.br` or
// `.gz` copy built next to each (web/vite.config.ts) when the browser accepts that encoding, and
// JSON answers larger than kCompressJsonFrom bytes are gzipped on the way out. Either way the
// answer says `Vary: Accept-Encoding`, so a cache keeps one copy per encoding.
#include <string>
#include <string_view>

#include "http/pipeline.hpp"

namespace motus::http {

inline constexpr std::size_t kCompressJsonFrom = 1024;

// True when an Accept-Encoding header accepts `coding` ("gzip", "br"): named (or `*`) with a
// q-value above zero. Names are case-insensitive; "gzip;q=0" refuses it.
bool accepts_encoding(std::string_view accept_encoding, std::string_view coding);

// `body` as a gzip member (RFC 1952), at zlib's default level.
std::string gzip(std::string_view body);

// Gzips JSON answers of kCompressJsonFrom bytes or more when the request accepts gzip.
Middleware json_compression();

}  // namespace motus::http
