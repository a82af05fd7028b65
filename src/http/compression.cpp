#include "http/compression.hpp"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace motus::http {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The q-value of one "coding;q=0.5" entry: 1 without one, 0 when it is unreadable or zero.
double quality(std::string_view parameters) {
  const auto at = parameters.find("q=");
  if (at == std::string_view::npos) return 1.0;
  const auto value = trim(parameters.substr(at + 2));
  if (value.empty()) return 0.0;
  if (value.front() == '1') return 1.0;
  for (const char c : value.substr(value.front() == '0' ? 1 : 0)) {
    if (c != '.' && c != '0' && !(c >= '1' && c <= '9')) return 0.0;
    if (c >= '1' && c <= '9') return 0.5;  // any non-zero digit: accepted
  }
  return 0.0;
}

}  // namespace

bool accepts_encoding(std::string_view accept_encoding, std::string_view coding) {
  const auto wanted = lower(coding);
  std::optional<bool> named;
  std::optional<bool> any;
  while (!accept_encoding.empty()) {
    const auto comma = accept_encoding.find(',');
    const auto entry = accept_encoding.substr(0, comma);
    accept_encoding =
        comma == std::string_view::npos ? std::string_view{} : accept_encoding.substr(comma + 1);
    const auto semicolon = entry.find(';');
    const auto name = lower(trim(entry.substr(0, semicolon)));
    const bool yes = quality(semicolon == std::string_view::npos ? std::string_view{}
                                                                 : entry.substr(semicolon)) > 0;
    if (name == wanted) named = yes;
    if (name == "*") any = yes;
  }
  if (named) return *named;
  return any.value_or(false);
}

std::string gzip(std::string_view body) {
  z_stream stream{};
  // 15 + 16: a gzip header and trailer around the deflate stream.
  if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
      Z_OK) {
    throw std::runtime_error("gzip: deflateInit2 failed");
  }
  std::string out(deflateBound(&stream, static_cast<uLong>(body.size())) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  stream.avail_in = static_cast<uInt>(body.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (result != Z_STREAM_END) throw std::runtime_error("gzip: deflate did not finish");
  return out;
}

Middleware json_compression() {
  return [](Request& request, const Next& next) -> boost::asio::awaitable<Response> {
    auto response = co_await next(request);
    const auto type = response[beast_http::field::content_type];
    const bool json = type.substr(0, 16) == "application/json" ||
                      type.substr(0, 24) == "application/problem+json";
    if (!json || response.body().size() < kCompressJsonFrom ||
        !response[beast_http::field::content_encoding].empty()) {
      co_return response;
    }
    // Adds to what the answer varies by already (the language routes say Accept-Language).
    const std::string varies(response[beast_http::field::vary]);
    response.set(beast_http::field::vary,
                 varies.empty() ? std::string("Accept-Encoding") : varies + ", Accept-Encoding");
    if (!accepts_encoding(request.header("Accept-Encoding"), "gzip")) co_return response;
    response.body() = gzip(response.body());
    response.set(beast_http::field::content_encoding, "gzip");
    response.prepare_payload();
    co_return response;
  };
}

}  // namespace motus::http
