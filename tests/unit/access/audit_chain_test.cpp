// The audit chain against a real SQLite file with the shipped schema.
#include <gtest/gtest.h>

#include "store/audit_log.hpp"
#include "store/db.hpp"
#include "support/temp_dir.hpp"

namespace motus::store {
namespace {

AuditEntry entry(std::int64_t at, std::string action) {
  return {at,        "user-1", "member",  std::move(action),
          "session", {},       "allowed", "req-" + std::to_string(at),
          {}};
}

class AuditChain : public ::testing::Test {
 protected:
  void SetUp() override {
    db = open_db("sqlite:" + (dir.path() / "audit.db").string());
    db->migrate();
  }
  void TearDown() override { db->close(); }

  ChainVerdict verify() {
    ChainVerdict verdict;
    db->read([&](Connection& c) { verdict = verify_audit_chain(c); });
    return verdict;
  }

  test::TempDir dir;
  std::unique_ptr<Db> db;
};

TEST_F(AuditChain, AnEmptyLogVerifies) {
  const auto verdict = verify();
  EXPECT_TRUE(verdict.verified);
  EXPECT_EQ(verdict.rows, 0);
}

TEST_F(AuditChain, RowsLinkFromSixtyFourZeros) {
  db->write_and_wait([](Connection& c) {
    append_audit(c, entry(1, "login"));
    append_audit(c, entry(2, "logout"));
  });
  std::vector<AuditRow> rows;
  db->read([&](Connection& c) { rows = audit_page(c, 0, 10); });
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].seq, 1);
  EXPECT_EQ(rows[1].seq, 2);
  EXPECT_EQ(rows[0].entry.action, "login");
  EXPECT_EQ(rows[0].prev_hash, std::string(64, '0'));
  EXPECT_EQ(rows[1].prev_hash, rows[0].hash);
  EXPECT_EQ(rows[0].hash, audit_hash(1, rows[0].entry, rows[0].prev_hash));
  EXPECT_EQ(rows[1].entry.action, "logout");
  EXPECT_EQ(rows[1].entry.request_id, "req-2");
  const auto verdict = verify();
  EXPECT_TRUE(verdict.verified);
  EXPECT_EQ(verdict.rows, 2);
}

TEST_F(AuditChain, TheHashCoversEveryField) {
  const auto base = entry(5, "read");
  const auto hash = audit_hash(3, base, kAuditGenesisHash);
  auto changed = base;
  changed.member_id = "someone";
  EXPECT_NE(audit_hash(3, changed, kAuditGenesisHash), hash);
  changed = base;
  changed.outcome = "denied";
  EXPECT_NE(audit_hash(3, changed, kAuditGenesisHash), hash);
  EXPECT_NE(audit_hash(4, base, kAuditGenesisHash), hash);
  EXPECT_NE(audit_hash(3, base, std::string(64, '1')), hash);
  // Separate fields cannot be shifted into one another.
  auto a = base;
  a.actor_id = "ab";
  a.actor_role = "c";
  auto b = base;
  b.actor_id = "a";
  b.actor_role = "bc";
  EXPECT_NE(audit_hash(3, a, kAuditGenesisHash), audit_hash(3, b, kAuditGenesisHash));
}

TEST_F(AuditChain, UpdateAndDeleteAreRefused) {
  db->write_and_wait([](Connection& c) { append_audit(c, entry(1, "login")); });
  EXPECT_THROW(db->write_and_wait([](Connection& c) {
    c.execute({"tamper", "UPDATE audit_log SET outcome = 'denied' WHERE seq = 1"});
  }),
               StoreError);
  EXPECT_THROW(db->write_and_wait([](Connection& c) {
    c.execute({"erase", "DELETE FROM audit_log"});
  }),
               StoreError);
  EXPECT_TRUE(verify().verified);
}

TEST_F(AuditChain, AnEditedRowBreaksTheChainFromThatRow) {
  db->write_and_wait([](Connection& c) {
    for (int i = 1; i <= 5; ++i) append_audit(c, entry(i, "read"));
  });
  db->write_and_wait([](Connection& c) {
    c.execute_script("DROP TRIGGER audit_log_no_update;");
    c.execute({"tamper", "UPDATE audit_log SET member_id = 'other' WHERE seq = 3"});
  });
  const auto verdict = verify();
  EXPECT_FALSE(verdict.verified);
  EXPECT_EQ(verdict.first_broken_seq, 3);
}

TEST_F(AuditChain, ARemovedRowBreaksTheChainAtTheNextOne) {
  db->write_and_wait([](Connection& c) {
    for (int i = 1; i <= 4; ++i) append_audit(c, entry(i, "read"));
  });
  db->write_and_wait([](Connection& c) {
    c.execute_script("DROP TRIGGER audit_log_no_delete;");
    c.execute({"erase", "DELETE FROM audit_log WHERE seq = 2"});
  });
  EXPECT_EQ(verify().first_broken_seq, 3);
}

}  // namespace
}  // namespace motus::store
