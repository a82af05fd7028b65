#pragma once
// Serves the built web app (web/dist). Files are read once and kept in memory with an ETag;
// hashed assets under /assets/ are cached by browsers for a year, everything else revalidates.
// Paths that name no file but look like app screens get index.html (the app routes itself).
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "http/message.hpp"

namespace motus::http {

class StaticFiles {
 public:
  // The cache holds files that exist under the root, keyed by normalized path; past this many
  // (a root far bigger than a built web app) further files are served from disk each time.
  static constexpr std::size_t kMaxCachedFiles = 4096;
  explicit StaticFiles(std::filesystem::path root);
  // A response for GET/HEAD of a file under the root, or nullopt when there is none.
  std::optional<Response> serve(const Request& request) const;
  bool available() const;

 private:
  struct File {
    std::string body;
    std::string etag;
    std::string content_type;
  };
  std::shared_ptr<const File> load(const std::string& relative) const;

  std::filesystem::path root_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_ptr<const File>> cache_;
};

std::string_view content_type_for(const std::filesystem::path& path);

}  // namespace motus::http
