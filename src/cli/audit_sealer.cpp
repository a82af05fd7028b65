#include "cli/audit_sealer.hpp"

#include "http/log.hpp"

namespace motus::cli {

AuditSealer::AuditSealer(store::Db& db, store::AuditAnchor& anchor, std::chrono::seconds every)
    : db_(db), anchor_(anchor), every_(every) {
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, every_, [this] { return stopping_; })) {
      lock.unlock();
      seal();
      lock.lock();
    }
  });
}

AuditSealer::~AuditSealer() { stop(); }

void AuditSealer::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && !thread_.joinable()) return;
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) {
    thread_.join();
    seal();
  }
}

void AuditSealer::seal() {
  try {
    store::ChainVerdict verdict;
    db_.read([&](store::Connection& c) { verdict = anchor_.verify_and_advance(c); });
    if (!verdict.verified && verdict.problem != last_problem_) {
      log::error("audit_chain_broken", {{"problem", verdict.problem}});
    }
    last_problem_ = verdict.problem;
  } catch (const std::exception& e) {
    log::warn("audit_checkpoint_failed", {{"detail", e.what()}});
  }
}

}  // namespace motus::cli
