#pragma once
// Seals the audit chain's head every few seconds while the server runs, and once more after the
// last request, so rows cut off the end of the log are found however rarely an admin looks
// (store/audit_checkpoint.hpp). Each round re-hashes only the rows written since the last one.
// A chain that fails to verify is logged as an error and the checkpoint stays where it was.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "store/audit_checkpoint.hpp"
#include "store/db.hpp"

namespace motus::cli {

class AuditSealer {
 public:
  AuditSealer(store::Db& db, store::AuditAnchor& anchor, std::chrono::seconds every);
  ~AuditSealer();
  // Seals once more and ends the thread (idempotent). Call before closing the store.
  void stop();

 private:
  void seal();

  store::Db& db_;
  store::AuditAnchor& anchor_;
  std::chrono::seconds every_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::string last_problem_;
  std::thread thread_;
};

}  // namespace motus::cli
