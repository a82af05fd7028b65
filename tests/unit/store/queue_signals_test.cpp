// The queue's per-member signals row and the therapists' caseload counts (migrations/*/0016) are
// kept by triggers in the same transaction as each write: every write path the queue or sign-up
// depends on is made here through the store, on both back ends, and the row read back after each.
// The backfill is checked by writing rows under schema step 15 and migrating to 16.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <map>

#include "store/appointment_repository.hpp"
#include "store/care_assignment_repository.hpp"
#include "store/care_queue_signals.hpp"
#include "store/journey_care_flag_repository.hpp"
#include "store/journey_checkin_repository.hpp"
#include "store/journey_session_repository.hpp"
#include "store/member_purge.hpp"
#include "store/message_repository.hpp"
#include "store/migration.hpp"
#include "store/organization_repository.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"
#include "store/visit_repository.hpp"
#include "support/test_database.hpp"

#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace motus::store {
namespace {

constexpr std::int64_t kNow = 1'780'000'200'000;  // epoch ms, in 2026
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kNine = 1'780'045'200'000;  // a quarter hour, for appointments
constexpr std::int64_t kHalfHour = 30 * kMinute;

User user(const std::string& id, const std::string& email, core::Role role,
          const std::string& organization = "") {
  User u;
  u.id = id;
  u.email = email;
  u.password_hash = "$argon2id$not-a-real-hash";
  u.role = role;
  u.first_name = "Ada";
  u.last_name = id;
  u.date_of_birth = role == core::Role::member ? "1990-12-10" : "";
  u.organization_id = organization;
  u.created_at = kNow;
  u.password_changed_at = kNow;
  return u;
}

Checkin checkin(const std::string& id, std::int64_t at, int pain) {
  return {id, "m-1", at, pain, false, std::nullopt};
}

SessionLog session_log(const std::string& id, std::int64_t at, int pain_before) {
  return {id, "m-1", "client-" + id, at, 1, pain_before, 2, std::nullopt, 3, 4, "{}", "{}"};
}

Appointment booking(const std::string& id, std::int64_t at) {
  Appointment a;
  a.id = id;
  a.member_id = "m-1";
  a.therapist_id = "t-1";
  a.starts_at = at;
  a.ends_at = at + kHalfHour;
  a.booked_by = "m-1";
  a.created_at = kNow;
  return a;
}

// Everything the ranking reads, comparable in one EXPECT.
struct Seen {
  int unread = 0;
  int self_harm = 0;
  int emergency = 0;
  int urgent = 0;
  int severe_depression = 0;
  int visits_without_note = 0;
  std::vector<int> pain;
  std::optional<std::int64_t> last_activity;

  bool operator==(const Seen&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Seen& s) {
  out << "{unread " << s.unread << ", flags " << s.self_harm << "/" << s.emergency << "/"
      << s.urgent << "/" << s.severe_depression << ", visits " << s.visits_without_note
      << ", pain [";
  for (const auto p : s.pain) out << p << " ";
  return out << "], last " << (s.last_activity ? std::to_string(*s.last_activity) : "none") << "}";
}

Seen seen_in(const core::care::MemberSignals& m) {
  return {m.unread_messages,         m.self_harm_flags,     m.emergency_flags, m.urgent_flags,
          m.severe_depression_flags, m.visits_without_note, m.recent_pain,     m.last_activity_ms};
}

class QueueSignals : public testing::EachBackend {
 protected:
  void SetUp() override {
    testing::EachBackend::SetUp();
    if (HasFatalFailure()) return;
    db = open_db(url);
    db->migrate();
    db->write_and_wait([](Connection& c) {
      insert_organization(c, {"org-1", "Harbour Mills", "HARBOUR", kNow});
      insert_organization(c, {"org-2", "Dockside", "DOCKSIDE", kNow});
      insert_user(c, user("t-1", "kim@clinic.test", core::Role::therapist));
      insert_user(c, user("m-1", "ada@mail.test", core::Role::member, "org-1"));
      insert_user(c, user("m-2", "bo@mail.test", core::Role::member, "org-1"));
      assign_therapist(c, "m-1", "t-1", kNow);
      assign_therapist(c, "m-2", "t-1", kNow);
    });
  }

  // What the queue reads for `member` in t-1's caseload, and checks m-2 stays untouched.
  Seen member(const std::string& id = "m-1") {
    std::vector<core::care::MemberSignals> caseload;
    db->read([&](Connection& c) { caseload = gather_queue_signals(c, "t-1"); });
    EXPECT_EQ(caseload.size(), 2u);
    for (const auto& m : caseload) {
      if (m.member_id == id) return seen_in(m);
      EXPECT_EQ(seen_in(m), Seen{}) << m.member_id << " got another member's signals";
    }
    ADD_FAILURE() << id << " is not in the caseload";
    return {};
  }

  template <typename Work>
  void write(Work work) {
    db->write_and_wait([&](Connection& c) { work(c); });
  }

  std::map<std::string, std::int64_t> caseloads() {
    std::map<std::string, std::int64_t> counts;
    db->read([&](Connection& c) {
      for (const auto& row : c.query({"caseloads",
                                      "SELECT therapist_id, members FROM "
                                      "therapist_caseloads"}))
        counts[row.text(0)] = row.integer(1);
    });
    return counts;
  }
  std::map<std::string, std::int64_t> assignments_counted() {
    std::map<std::string, std::int64_t> counts;
    db->read([&](Connection& c) {
      for (const auto& row : c.query({"assignments_counted",
                                      "SELECT u.id, count(a.member_id) FROM users u LEFT "
                                      "JOIN care_assignments a ON a.therapist_id = u.id "
                                      "WHERE u.role = 'therapist' GROUP BY u.id"}))
        counts[row.text(0)] = row.integer(1);
    });
    return counts;
  }

  std::unique_ptr<Db> db;
};

TEST_P(QueueSignals, EachWritePathKeepsTheMembersRowRight) {
  Seen expected;
  EXPECT_EQ(member(), expected) << "a new member's row is there, with nothing in it";

  // Sessions: a log-in, a later touch; an earlier touch changes nothing.
  write([](Connection& c) { insert_session(c, "hash-1", "m-1", kNow); });
  expected.last_activity = kNow;
  EXPECT_EQ(member(), expected);
  write([](Connection& c) { touch_session(c, "hash-1", kNow + kMinute); });
  expected.last_activity = kNow + kMinute;
  EXPECT_EQ(member(), expected);
  write([](Connection& c) { touch_session(c, "hash-1", kNow); });
  EXPECT_EQ(member(), expected);

  // Check-ins and sessions: pain oldest first, the latest five; one sent late (offline) slots in
  // by its time.
  write([](Connection& c) { insert_checkin(c, checkin("c-1", kNow + 2 * kMinute, 3)); });
  expected.pain = {3};
  expected.last_activity = kNow + 2 * kMinute;
  EXPECT_EQ(member(), expected);
  write([](Connection& c) { insert_session_log(c, session_log("s-1", kNow + 4 * kMinute, 6)); });
  expected.pain = {3, 6};
  expected.last_activity = kNow + 4 * kMinute;
  EXPECT_EQ(member(), expected);
  write([](Connection& c) {
    insert_checkin(c, checkin("c-2", kNow + 3 * kMinute, 5));
    insert_session_log(c, session_log("s-0", kNow + 90'000, 2));
  });
  expected.pain = {2, 3, 5, 6};
  EXPECT_EQ(member(), expected) << "late readings go in by their time";
  write([](Connection& c) {
    insert_checkin(c, checkin("c-3", kNow + 5 * kMinute, 7));
    insert_session_log(c, session_log("s-2", kNow + 6 * kMinute, 8));
  });
  expected.pain = {3, 5, 6, 7, 8};
  expected.last_activity = kNow + 6 * kMinute;
  EXPECT_EQ(member(), expected) << "the five newest";

  // Messages: the member's count as unread until the care team reads them; the care team's own
  // are neither unread from the member nor the member's activity.
  write([](Connection& c) {
    insert_message(c, {"g-1", "m-1", "m-1", MessageSide::member, "Sore", kNow + 7 * kMinute, 0});
    insert_message(c, {"g-2", "m-1", "m-1", MessageSide::member, "Still", kNow + 8 * kMinute, 0});
    insert_message(c, {"g-3", "m-1", "t-1", MessageSide::care_team, "Rest", kNow + 9 * kMinute});
  });
  expected.unread = 2;
  expected.last_activity = kNow + 8 * kMinute;
  EXPECT_EQ(member(), expected);
  write([](Connection& c) { mark_read(c, "m-1", MessageSide::member, kNow + 10 * kMinute); });
  EXPECT_EQ(member(), expected) << "the member reading the care team's changes nothing here";
  write([](Connection& c) { mark_read(c, "m-1", MessageSide::care_team, kNow + 10 * kMinute); });
  expected.unread = 0;
  EXPECT_EQ(member(), expected);

  // Care flags: open ones by kind; a handled one leaves.
  write([](Connection& c) {
    const std::vector<std::pair<std::string, std::string>> raised{
        {"emergency", "session"},
        {"urgent", "intake"},
        {"self_harm_thoughts", "instrument"},
        {"severe_depression", "instrument"}};
    for (const auto& [kind, source] : raised)
      insert_care_flag(c, {"f-" + kind, "m-1", kind, source, "[]", kNow, std::nullopt});
  });
  expected.emergency = expected.urgent = expected.self_harm = expected.severe_depression = 1;
  EXPECT_EQ(member(), expected);
  write([](Connection& c) {
    EXPECT_EQ(handle_care_flag(c, "f-emergency", "m-1", "t-1", "Called", kNow + 11 * kMinute),
              FlagHandling::handled);
  });
  expected.emergency = 0;
  EXPECT_EQ(member(), expected);

  // Appointments booked and cancelled are not what the queue ranks: nothing moves.
  write([](Connection& c) {
    insert_appointment(c, booking("a-1", kNine));
    insert_appointment(c, booking("a-2", kNine + 2 * kHalfHour));
    EXPECT_TRUE(cancel_appointment(c, "a-2", "m-1", kNow + 12 * kMinute));
  });
  EXPECT_EQ(member(), expected);

  // A video visit: its start is activity; held without a note it counts until the note is in.
  write([](Connection& c) { ASSERT_TRUE(start_visit(c, {"v-1", "a-1", "m-1", "t-1", kNine})); });
  expected.last_activity = kNine;
  EXPECT_EQ(member(), expected);
  write([](Connection& c) { end_visit(c, "a-1", kNine + kHalfHour); });
  expected.visits_without_note = 1;
  EXPECT_EQ(member(), expected);
  write([](Connection& c) { write_visit_note(c, "a-1", "Bridges went well.", kNine + kHalfHour); });
  expected.visits_without_note = 0;
  EXPECT_EQ(member(), expected);

  // The purge takes the row with the member; the other member's row stays.
  write([](Connection& c) { purge_member(c, "m-1", "ada@mail.test"); });
  std::vector<core::care::MemberSignals> caseload;
  db->read([&](Connection& c) { caseload = gather_queue_signals(c, "t-1"); });
  ASSERT_EQ(caseload.size(), 1u);
  EXPECT_EQ(caseload[0].member_id, "m-2");
  db->read([](Connection& c) {
    EXPECT_TRUE(
        c.query({"signals_left", "SELECT 1 FROM member_queue_signals WHERE member_id = 'm-1'"})
            .empty());
  });
}

// Sign-up's least-loaded therapist reads the counts; every assignment change keeps them equal to
// a count of care_assignments, and a therapist with an organization takes that organization's
// members only.
TEST_P(QueueSignals, CaseloadCountsFollowEveryAssignmentChange) {
  EXPECT_EQ(caseloads(), (std::map<std::string, std::int64_t>{{"t-1", 2}}));
  write([](Connection& c) {
    insert_user(c, user("t-2", "lee@clinic.test", core::Role::therapist));
    insert_user(c, user("t-pool", "pat@harbour.test", core::Role::therapist, "org-1"));
    insert_user(c, user("m-3", "cy@mail.test", core::Role::member, "org-2"));
    insert_user(c, user("m-4", "di@mail.test", core::Role::member, "org-1"));
    insert_user(c, user("m-5", "ed@mail.test", core::Role::member, "org-2"));
    EXPECT_EQ(assign_least_loaded_therapist(c, "m-3", kNow), "t-2") << "org-2 has no pool";
    EXPECT_EQ(assign_least_loaded_therapist(c, "m-4", kNow), "t-pool") << "org-1's own";
    EXPECT_EQ(assign_least_loaded_therapist(c, "m-5", kNow), "t-2")
        << "t-2 (1) has fewer than t-1 (2); the pooled therapist is not org-2's";
  });
  EXPECT_EQ(caseloads(),
            (std::map<std::string, std::int64_t>{{"t-1", 2}, {"t-2", 2}, {"t-pool", 1}}));
  EXPECT_EQ(caseloads(), assignments_counted());

  write([](Connection& c) {
    assign_therapist(c, "m-1", "t-2", kNow + 1);  // moved
    assign_therapist(c, "m-2", "t-1", kNow + 1);  // the same therapist again
  });
  EXPECT_EQ(caseloads(),
            (std::map<std::string, std::int64_t>{{"t-1", 1}, {"t-2", 3}, {"t-pool", 1}}));
  EXPECT_EQ(caseloads(), assignments_counted());
  write([](Connection& c) {
    EXPECT_EQ(assign_least_loaded_therapist(c, "m-2", kNow + 2), "t-pool")
        << "assigned again, now within org-1's pool";
    purge_member(c, "m-3", "cy@mail.test");
  });
  EXPECT_EQ(caseloads(),
            (std::map<std::string, std::int64_t>{{"t-1", 0}, {"t-2", 2}, {"t-pool", 2}}));
  EXPECT_EQ(caseloads(), assignments_counted());

  // A therapist leaving the pool joins the shared list with the members they have.
  write([](Connection& c) {
    c.execute({"leave_pool", "UPDATE users SET organization_id = NULL WHERE id = 't-pool'"});
    insert_user(c, user("m-6", "fa@mail.test", core::Role::member, "org-1"));
    EXPECT_EQ(assign_least_loaded_therapist(c, "m-6", kNow + 3), "t-1")
        << "org-1 has no pool now: the least loaded of all";
  });
  EXPECT_EQ(caseloads(), assignments_counted());
}

// Rows written before schema step 16 are read into the signals and the counts when it applies.
TEST_P(QueueSignals, TheMigrationFillsTheRowsFromWhatIsThere) {
  db->close();
  db.reset();
  testing::EachBackend::SetUp();  // a new, empty database
  std::vector<Migration> before;
  std::copy_if(embedded_migrations().begin(), embedded_migrations().end(),
               std::back_inserter(before), [](const Migration& m) { return m.number < 16; });
  DbOptions options;
  options.migrations = before;
  {
    auto old = open_db(url, options);
    old->migrate();
    old->write_and_wait([](Connection& c) {
      insert_organization(c, {"org-1", "Harbour Mills", "HARBOUR", kNow});
      insert_user(c, user("t-1", "kim@clinic.test", core::Role::therapist));
      insert_user(c, user("m-1", "ada@mail.test", core::Role::member, "org-1"));
      insert_user(c, user("m-2", "bo@mail.test", core::Role::member, "org-1"));
      assign_therapist(c, "m-1", "t-1", kNow);
      assign_therapist(c, "m-2", "t-1", kNow);
      insert_session(c, "hash-1", "m-1", kNow + 20 * kMinute);
      for (int i = 0; i < 6; ++i)
        insert_checkin(c, checkin("c-" + std::to_string(i), kNow + i * kMinute, i + 1));
      insert_session_log(c, session_log("s-1", kNow + 30 * kMinute, 9));
      insert_message(c, {"g-1", "m-1", "m-1", MessageSide::member, "Hi", kNow + 10 * kMinute, 0});
      insert_care_flag(c, {"f-1", "m-1", "urgent", "intake", "[]", kNow, std::nullopt});
      insert_care_flag(c, {"f-2", "m-1", "emergency", "intake", "[]", kNow, std::nullopt});
      handle_care_flag(c, "f-2", "m-1", "t-1", "Called", kNow + 1);
    });
    old->close();
  }
  db = open_db(url);
  db->migrate();
  Seen expected;
  expected.unread = 1;
  expected.urgent = 1;
  expected.pain = {3, 4, 5, 6, 9};
  expected.last_activity = kNow + 30 * kMinute;
  EXPECT_EQ(member(), expected);
  EXPECT_EQ(caseloads(), (std::map<std::string, std::int64_t>{{"t-1", 2}}));
}

INSTANTIATE_TEST_SUITE_P(Backends, QueueSignals,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
