#include "http/static_files.hpp"

#include <sodium.h>

#include <fstream>
#include <sstream>

#include "http/compression.hpp"

namespace motus::http {

namespace fs = std::filesystem;

std::string_view content_type_for(const fs::path& path) {
  static const std::map<std::string, std::string_view> types = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".webmanifest", "application/manifest+json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
      {".webp", "image/webp"}};
  auto it = types.find(path.extension().string());
  return it == types.end() ? std::string_view("application/octet-stream") : it->second;
}

StaticFiles::StaticFiles(fs::path root) : root_(std::move(root)) {}

bool StaticFiles::available() const {
  std::error_code ec;
  return fs::is_regular_file(root_ / "index.html", ec);
}

std::shared_ptr<const StaticFiles::File> StaticFiles::load(const std::string& relative) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = cache_.find(relative); it != cache_.end()) return it->second;
  }
  std::error_code ec;
  const auto full = fs::weakly_canonical(root_ / relative, ec);
  const auto base = fs::weakly_canonical(root_, ec);
  if (ec) return nullptr;
  auto [end, _] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
  if (end != base.end() || !fs::is_regular_file(full, ec)) return nullptr;
  std::ifstream in(full, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  auto file = std::make_shared<File>();
  file->body = buffer.str();
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(file->body.data()),
                     file->body.size(), nullptr, 0);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  file->etag = "\"" + std::string(hex) + "\"";
  file->content_type = std::string(content_type_for(full));
  std::lock_guard lock(mutex_);
  if (cache_.size() < kMaxCachedFiles) cache_.emplace(relative, file);
  return file;
}

std::optional<Response> StaticFiles::serve(const Request& request) const {
  const auto verb = request.raw.method();
  if (verb != beast_http::verb::get && verb != beast_http::verb::head) return std::nullopt;
  // The cache is keyed by the normalized path, so "/./././x.js" and "//x.js" share one entry
  // with "/x.js" and only files that exist under the root are ever cached.
  const fs::path normal =
      fs::path(request.path.size() > 1 ? request.path.substr(1) : "").lexically_normal();
  for (const auto& part : normal) {
    if (part == "..") return std::nullopt;
  }
  std::string relative = normal.string();
  if (relative.empty() || relative == ".") relative = "index.html";
  auto file = load(relative);
  bool app_screen = false;
  if (!file && fs::path(relative).extension().empty()) {
    file = load("index.html");
    app_screen = true;
  }
  if (!file) return std::nullopt;
  // The copy compressed at build time (web/vite.config.ts), when the browser takes it: brotli
  // first, then gzip. Each copy has its own ETag; the type is the original's.
  const std::string served = app_screen ? std::string("index.html") : relative;
  const char* encoding = nullptr;
  bool compressible = false;
  for (const auto* coding : {"br", "gzip"}) {
    const auto copy = load(served + (std::string_view(coding) == "br" ? ".br" : ".gz"));
    if (!copy) continue;
    compressible = true;
    if (!accepts_encoding(request.header("Accept-Encoding"), coding)) continue;
    auto variant = std::make_shared<File>(*copy);
    variant->content_type = file->content_type;
    file = std::move(variant);
    encoding = coding;
    break;
  }

  const bool immutable = !app_screen && relative.rfind("assets/", 0) == 0;
  const auto headers = [&](Response& res) {
    res.set(beast_http::field::etag, file->etag);
    res.set(beast_http::field::cache_control,
            immutable ? "public, max-age=31536000, immutable" : "no-cache");
    if (compressible) res.set(beast_http::field::vary, "Accept-Encoding");
    if (encoding) res.set(beast_http::field::content_encoding, encoding);
  };
  if (request.header("If-None-Match") == file->etag) {
    Response res{beast_http::status::not_modified, 11};
    headers(res);
    return res;
  }
  auto res = text_response(200, file->body, file->content_type);
  headers(res);
  return res;
}

}  // namespace motus::http
