#pragma once
// The server's request path without sockets, for the fuzz targets: the bytes a client sends go
// through the same Beast parser limits as http/server.cpp, then through the real Pipeline
// (request id, target and query parsing, problem mapping, routing, static files) with a route
// table shaped like the API's (literal and {param} segments, JSON, CSV and query routes).
// Every answer is checked: a status the server may send, never 500, never a byte of a file
// outside the web root.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "http/message.hpp"

namespace motus::fuzz {

// Writes the web root and a secret file beside it, and quiets the access log. Call once.
void prepare_rig();

// Runs one parsed request through the pipeline and checks the answer (aborts on a violation).
http::Response answer(http::Request& request);

// Parses `bytes` as one connection's worth of requests (pipelined, up to a few) the way the
// server reads them and answers each. Parse errors are fine; crashes and bad answers are not.
void answer_connection(std::string_view bytes);

}  // namespace motus::fuzz
