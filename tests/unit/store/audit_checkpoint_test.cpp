// The audit chain's sealed checkpoint (store/audit_checkpoint.hpp) on each back end: a sealed
// head is found again, rows cut off the end or a changed sealed row are found, a checkpoint
// written without the key is told apart, and the anchor moves only over a chain that verifies.
#include "store/audit_checkpoint.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/sql_console.hpp"
#include "support/temp_dir.hpp"
#include "support/test_database.hpp"

namespace motus::store {
namespace {

constexpr std::int64_t kNow = 1'780'000'000'000;

class AuditCheckpoints : public testing::EachBackend {
 protected:
  void SetUp() override {
    testing::EachBackend::SetUp();
    if (HasFatalFailure()) return;
    db = open_db(url);
    db->migrate();
    append(6);
  }
  void TearDown() override {
    if (db) db->close();
  }

  void append(int rows) {
    db->write_and_wait([rows](Connection& c) {
      for (int i = 0; i < rows; ++i)
        append_audit(c, {kNow + i, "m-1", "member", "read", "program", "m-1", "allowed", "", {}});
    });
  }
  ChainVerdict verify_from(const std::optional<AuditCheckpoint>& from) {
    ChainVerdict verdict;
    db->read([&](Connection& c) { verdict = verify_audit_chain_from(c, from); });
    return verdict;
  }
  ChainVerdict advance(AuditAnchor& anchor) {
    ChainVerdict verdict;
    db->read([&](Connection& c) { verdict = anchor.verify_and_advance(c); });
    return verdict;
  }
  void remove_rows(const std::string& where) {
    motus::test::SqlConsole(url).run_past_append_only("audit_log",
                                                      "DELETE FROM audit_log WHERE " + where);
  }

  motus::test::TempDir files;
  std::unique_ptr<Db> db;
};

TEST_P(AuditCheckpoints, TheAnchorSealsTheHeadAndFindsItAgain) {
  const auto file = files.path() / "checkpoint";
  AuditAnchor anchor(file, "", files.path() / "key");
  const auto first = advance(anchor);
  ASSERT_TRUE(first.verified) << first.problem;
  EXPECT_EQ(first.rows, 6);
  const auto key = read_audit_key(files.path() / "key");
  const auto sealed = read_audit_checkpoint(file, key);
  ASSERT_TRUE(sealed.checkpoint.has_value());
  EXPECT_FALSE(sealed.forged);
  EXPECT_EQ(sealed.checkpoint->seq, 6);
  EXPECT_EQ(sealed.checkpoint->rows, 6);
  EXPECT_EQ(sealed.checkpoint->hash, first.head_hash);

  append(3);
  const auto second = advance(anchor);
  EXPECT_TRUE(second.verified) << second.problem;
  EXPECT_EQ(second.rows, 9) << "six sealed, three re-hashed";
  EXPECT_EQ(read_audit_checkpoint(file, key).checkpoint->seq, 9);

  AuditAnchor restarted(file, "", files.path() / "key");
  EXPECT_TRUE(advance(restarted).verified) << "a new server starts from the file";
}

TEST_P(AuditCheckpoints, RowsCutOffTheEndAreFound) {
  std::optional<AuditCheckpoint> sealed;
  const auto whole = verify_from(std::nullopt);
  sealed = AuditCheckpoint{whole.rows, whole.head_seq, whole.head_hash};
  remove_rows("seq > 4");
  EXPECT_TRUE(verify_from(std::nullopt).verified) << "what is left of a hash chain is a chain";
  const auto cut = verify_from(sealed);
  EXPECT_FALSE(cut.verified);
  EXPECT_EQ(cut.first_broken_seq, 5);
  EXPECT_NE(cut.problem.find("removed"), std::string::npos) << cut.problem;

  append(4);  // new rows where the cut ones were: the sealed row is not the one there now
  const auto replaced = verify_from(sealed);
  EXPECT_FALSE(replaced.verified);
  EXPECT_EQ(replaced.first_broken_seq, 6);
}

TEST_P(AuditCheckpoints, ARowRemovedBeforeTheCheckpointIsFound) {
  const auto whole = verify_from(std::nullopt);
  const AuditCheckpoint sealed{whole.rows, whole.head_seq, whole.head_hash};
  remove_rows("seq = 2");
  const auto verdict = verify_from(sealed);
  EXPECT_FALSE(verdict.verified);
  EXPECT_NE(verdict.problem.find("5 rows"), std::string::npos) << verdict.problem;
}

TEST_P(AuditCheckpoints, ACheckpointWrittenWithoutTheKeyIsForged) {
  const auto key = read_or_create_audit_key(files.path() / "key");
  const auto file = files.path() / "checkpoint";
  write_audit_checkpoint(file, key, {6, 6, "ab"});
  EXPECT_TRUE(read_audit_checkpoint(file, key).checkpoint.has_value());
  const auto other_key = read_or_create_audit_key(files.path() / "other-key");
  EXPECT_TRUE(read_audit_checkpoint(file, other_key).forged);
  std::ofstream(file) << R"({"rows": 3, "seq": 3, "hash": "ab", "mac": "00"})";
  EXPECT_TRUE(read_audit_checkpoint(file, key).forged);

  AuditAnchor anchor(file, key, files.path() / "unused");
  const auto verdict = advance(anchor);
  EXPECT_FALSE(verdict.verified);
  EXPECT_NE(verdict.problem.find("seal"), std::string::npos) << verdict.problem;
}

TEST_P(AuditCheckpoints, TheAnchorDoesNotMoveOverABrokenChain) {
  const auto file = files.path() / "checkpoint";
  AuditAnchor anchor(file, "", files.path() / "key");
  ASSERT_TRUE(advance(anchor).verified);
  append(2);
  remove_rows("seq = 7");
  EXPECT_FALSE(advance(anchor).verified);
  EXPECT_EQ(read_audit_checkpoint(file, read_audit_key(files.path() / "key")).checkpoint->seq, 6);
}

TEST(AuditKey, IsCreatedOnceOnlyTheOwnerMayReadIt) {
  motus::test::TempDir files;
  const auto file = files.path() / "key";
  const auto key = read_or_create_audit_key(file);
  EXPECT_EQ(key.size(), 32u);
  EXPECT_EQ(read_or_create_audit_key(file), key);
  EXPECT_EQ(std::filesystem::status(file).permissions() & std::filesystem::perms::all,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  EXPECT_THROW(audit_key_from_hex("abc"), std::invalid_argument);
  EXPECT_EQ(default_audit_file("sqlite:/var/lib/motus/motus.db", kCheckpointSuffix),
            "/var/lib/motus/motus.db.audit-checkpoint");
  EXPECT_EQ(default_audit_file("postgresql://db/motus", kKeySuffix), "motus.audit-key");
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditCheckpoints,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
