// Every repository in src/store run once through each back end with the shipped migrations
// applied, so SQL that only one dialect accepts fails here rather than in production.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "store/audit_log.hpp"
#include "store/care_assignment_repository.hpp"
#include "store/care_org_figures.hpp"
#include "store/care_program_override_repository.hpp"
#include "store/care_queue_signals.hpp"
#include "store/journey_care_flag_repository.hpp"
#include "store/journey_checkin_repository.hpp"
#include "store/journey_program_repository.hpp"
#include "store/journey_session_repository.hpp"
#include "store/login_failure_repository.hpp"
#include "store/member_purge.hpp"
#include "store/member_record_repository.hpp"
#include "store/message_repository.hpp"
#include "store/note_repository.hpp"
#include "store/organization_repository.hpp"
#include "store/roster_check_window.hpp"
#include "store/roster_replace.hpp"
#include "store/roster_repository.hpp"
#include "store/session_repository.hpp"
#include "store/user_repository.hpp"
#include "support/test_database.hpp"

// The rows below name the columns a test is about; the rest (the audit row's client request id,
// a flag's handling) are value-initialized on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace motus::store {
namespace {

constexpr std::int64_t kNow = 1'780'000'000'000;  // epoch ms, in 2026
constexpr std::int64_t kMinute = 60'000;

class Repositories : public testing::EachBackend {
 protected:
  void SetUp() override {
    testing::EachBackend::SetUp();
    if (HasFatalFailure()) return;
    db = open_db(url);
    db->migrate();
    db->write_and_wait([](Connection& c) {
      insert_organization(c, {"org-1", "Harbour Mills", "HARBOUR", kNow});
      insert_user(c, user("t-1", "kim@clinic.test", core::Role::therapist, ""));
      insert_user(c, user("m-1", "ada@mail.test", core::Role::member, "org-1"));
    });
  }

  static User user(const std::string& id, const std::string& email, core::Role role,
                   const std::string& organization) {
    User u;
    u.id = id;
    u.email = email;
    u.password_hash = "$argon2id$not-a-real-hash";
    u.role = role;
    u.first_name = "Ada";
    u.last_name = "Lovelace";
    u.date_of_birth = role == core::Role::member ? "1990-12-10" : "";
    u.organization_id = organization;
    u.created_at = kNow;
    u.password_changed_at = kNow;
    return u;
  }

  template <typename Work>
  void read(Work work) {
    db->read([&](Connection& c) { work(c); });
  }

  std::unique_ptr<Db> db;
};

TEST_P(Repositories, OrganizationsAndUsers) {
  EXPECT_THROW(db->write_and_wait([](Connection& c) {
    insert_organization(c, {"org-2", "Other", canonical_enrollment_code("harbour"), kNow});
  }),
               StoreError)
      << "enrollment codes are unique";
  try {
    db->write_and_wait([](Connection& c) {
      insert_user(c, user("m-2", "ada@mail.test", core::Role::member, "org-1"));
    });
    FAIL() << "a second account with the same email should be refused";
  } catch (const StoreError& error) {
    EXPECT_EQ(error.kind(), StoreError::Kind::constraint) << error.what();
  }
  db->write_and_wait([](Connection& c) { update_password(c, "m-1", "$argon2id$new", kNow + 1); });
  read([](Connection& c) {
    EXPECT_EQ(find_organization(c, "org-1")->name, "Harbour Mills");
    EXPECT_EQ(find_organization_by_code(c, "harbour")->id, "org-1");
    const auto all = list_organizations(c);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].roster_size, 0);
    const auto member = find_user_by_email(c, "ada@mail.test");
    ASSERT_TRUE(member.has_value());
    EXPECT_EQ(member->role, core::Role::member);
    EXPECT_EQ(member->password_hash, "$argon2id$new");
    EXPECT_EQ(member->password_changed_at, kNow + 1);
    EXPECT_EQ(find_user_by_id(c, "t-1")->organization_id, "");
    EXPECT_TRUE(organization_exists(c, "org-1"));
    EXPECT_FALSE(organization_exists(c, "org-9"));
  });
}

TEST_P(Repositories, SessionsAndLoginThrottle) {
  const auto keys = login_keys("ada@mail.test", "10.0.0.1");
  std::vector<std::optional<std::int64_t>> waits;
  db->write_and_wait([&](Connection& c) {
    insert_session(c, "hash-a", "m-1", kNow);
    insert_session(c, "hash-b", "m-1", kNow);
    touch_session(c, "hash-a", kNow + kMinute);
    revoke_other_sessions(c, "m-1", "hash-a", kNow + 2 * kMinute);
    for (int i = 0; i < 6; ++i) waits.push_back(count_password_try(c, keys, kNow + i));
  });
  read([&](Connection& c) {
    const auto a = find_session(c, "hash-a");
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(a->caller.user_id, "m-1");
    EXPECT_EQ(a->caller.organization_id, "org-1");
    EXPECT_EQ(a->times.last_seen_at, kNow + kMinute);
    EXPECT_FALSE(a->times.revoked_at.has_value());
    EXPECT_EQ(find_session(c, "hash-b")->times.revoked_at, kNow + 2 * kMinute);
    const auto counts = find_login_counts(c, keys);
    EXPECT_EQ(counts.account->failures, 5) << "the refused sixth try is not counted";
    EXPECT_EQ(counts.address->failures, 5);
    EXPECT_EQ(counts.account_address->failures, 5);
    EXPECT_EQ(counts.account_address->last_failure_at, kNow + 4);
  });
  EXPECT_EQ(waits, (std::vector<std::optional<std::int64_t>>{
                       std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 30}));
  db->write_and_wait([&](Connection& c) { take_back_password_try(c, keys); });
  read([&](Connection& c) {
    const auto counts = find_login_counts(c, keys);
    EXPECT_EQ(counts.account->failures, 4);
    EXPECT_EQ(counts.address->failures, 4);
    EXPECT_FALSE(counts.account_address.has_value())
        << "a right password from here ends this count";
  });
  db->write_and_wait([](Connection& c) { revoke_session(c, "hash-a", kNow + 3 * kMinute); });
  read([](Connection& c) {
    EXPECT_EQ(find_session(c, "hash-a")->times.revoked_at, kNow + 3 * kMinute);
  });
}

// Two servers on one database counting tries for one account at once: the count is read and
// raised in one transaction (on PostgreSQL under a row lock), so exactly the free tries pass.
TEST_P(Repositories, PasswordTriesFromTwoServersAtOnceAreCountedOnce) {
  constexpr int kCallers = 12;
  auto other_server = open_db(url);
  const auto keys = login_keys("ada@mail.test", "10.0.0.9");
  std::atomic<int> passed{0};
  std::vector<std::thread> callers;
  for (int t = 0; t < kCallers; ++t) {
    Db& server = t % 2 == 0 ? *db : *other_server;
    callers.emplace_back([&] {
      server.write_and_wait([&](Connection& c) {
        if (!count_password_try(c, keys, kNow)) ++passed;
      });
    });
  }
  for (auto& caller : callers) caller.join();
  EXPECT_EQ(passed, 5);
  read([&](Connection& c) { EXPECT_EQ(find_login_counts(c, keys).account->failures, 5); });
}

TEST_P(Repositories, OneEnrollmentPerPersonAndThePurgeEndsIt) {
  const auto key = core::enrollment_key("org-1", {"Ada", "Lovelace", "1990-12-10", "", ""});
  EXPECT_EQ(key, "org-1|lovelace|1990-12-10|ada");
  db->write_and_wait([&](Connection& c) { enroll_member(c, key, "m-1"); });
  read([&](Connection& c) { EXPECT_EQ(find_enrolled_member(c, key), "m-1"); });
  db->write_and_wait([&](Connection& c) {
    insert_user(c, user("m-2", "ada2@mail.test", core::Role::member, "org-1"));
  });
  EXPECT_THROW(db->write_and_wait([&](Connection& c) { enroll_member(c, key, "m-2"); }),
               StoreError);
  db->write_and_wait([](Connection& c) {
    count_password_try(c, login_keys("ada@mail.test", "10.0.0.1"), kNow);
    count_password_try(c, login_keys("ada_x@mail.test", "10.0.0.1"), kNow);
    purge_member(c, "m-1", "ada@mail.test");
  });
  read([&](Connection& c) {
    EXPECT_FALSE(find_enrolled_member(c, key).has_value());
    EXPECT_FALSE(
        find_login_counts(c, login_keys("ada@mail.test", "10.0.0.1")).account_address.has_value());
    EXPECT_TRUE(
        find_login_counts(c, login_keys("ada_x@mail.test", "10.0.0.1")).account_address.has_value())
        << "another account's count stays, however alike the email";
  });
}

TEST_P(Repositories, RosterReplaceAndEligibility) {
  std::vector<core::RosterEntry> entries;
  // More than one multi-row INSERT's worth, so both statements run.
  for (std::size_t i = 0; i < 70; ++i) {
    entries.push_back({"grace" + std::to_string(i), "hopper", "1906-12-09",
                       i % 2 == 0 ? "grace" + std::to_string(i) + "@navy.test" : "",
                       i % 2 == 1 ? "E" + std::to_string(i) : "", i + 2});
  }
  core::RosterChanges changes;
  db->write_and_wait([&](Connection& c) { changes = replace_roster(c, "org-1", entries); });
  EXPECT_EQ(changes.added, 70u);
  db->write_and_wait([&](Connection& c) {
    changes = replace_roster(c, "org-1", {entries.begin(), entries.begin() + 10});
  });
  EXPECT_EQ(changes.kept, 10u);
  EXPECT_EQ(changes.removed, 60u);
  read([](Connection& c) {
    EXPECT_EQ(list_organizations(c).at(0).roster_size, 10);
    EXPECT_EQ(
        find_eligible_organization(c, {"grace0", "hopper", "1906-12-09", "grace0@navy.test", ""}),
        "org-1");
    EXPECT_EQ(find_eligible_organization(c, {"grace1", "hopper", "1906-12-09", "", "HARBOUR"}),
              "org-1");
    EXPECT_FALSE(find_eligible_organization(c, {"grace1", "hopper", "1906-12-10", "", "HARBOUR"}));
  });
  const core::EligibilityLimit limit{2, 15 * kMinute};
  std::vector<bool> allowed;
  for (int i = 0; i < 3; ++i) {
    db->write_and_wait([&](Connection& c) {
      allowed.push_back(count_eligibility_check(c, "10.0.0.7", kNow + i, limit).allowed);
    });
  }
  EXPECT_EQ(allowed, (std::vector<bool>{true, true, false}));
}

TEST_P(Repositories, CareTeamRecords) {
  db->write_and_wait([](Connection& c) {
    EXPECT_EQ(assign_least_loaded_therapist(c, "m-1", kNow), "t-1");
    insert_user(c, user("t-2", "lee@clinic.test", core::Role::therapist, ""));
    assign_therapist(c, "m-1", "t-2", kNow + 1);
    insert_message(c, {"msg-1", "m-1", "m-1", MessageSide::member, "My back hurts", kNow, 0});
    insert_message(c,
                   {"msg-2", "m-1", "t-2", MessageSide::care_team, "Try the stretch", kNow + 1, 0});
    insert_note(c, {"note-1", "m-1", "t-2", "Improving", kNow});
    insert_program_override(c, {"ov-1", "m-1", "t-2", "[]", "Rest this week", kNow, 0});
  });
  read([](Connection& c) {
    EXPECT_EQ(therapist_of(c, "m-1"), "t-2");
    EXPECT_EQ(conversation(c, "m-1").size(), 2u);
    EXPECT_EQ(unread_for(c, "m-1", MessageSide::care_team), 1);
    EXPECT_EQ(notes_about(c, "m-1").at(0).body, "Improving");
    EXPECT_EQ(latest_program_override(c, "m-1")->note, "Rest this week");
  });
  std::int64_t marked = 0;
  db->write_and_wait(
      [&](Connection& c) { marked = mark_read(c, "m-1", MessageSide::care_team, kNow + 5); });
  EXPECT_EQ(marked, 1);
  read([](Connection& c) { EXPECT_EQ(unread_for(c, "m-1", MessageSide::care_team), 0); });
}

TEST_P(Repositories, MemberJourneyQueueAndOrganizationFigures) {
  db->write_and_wait([](Connection& c) {
    assign_therapist(c, "m-1", "t-1", kNow);
    insert_intake(c, {"in-1", "m-1", kNow, "routine", "{}", "{\"tier\":\"routine\"}"});
    save_program(c, {"m-1", "in-1", kNow, kNow, false, "{\"v\":1}"});
    save_program(c, {"m-1", "in-1", kNow, kNow + 1, false, "{\"v\":2}"});
    update_program_state(c, "m-1", "{\"v\":3}", true, kNow + 2);
    // Two changes in the same millisecond keep the order they were made in.
    append_program_level(c, "m-1", {kNow, "early", 0, 0, false});
    append_program_level(c, "m-1", {kNow, "early", 1, 0, false});
    insert_session_log(
        c, {"s-1", "m-1", "client-1", kNow, 1, 6, 4, std::nullopt, 3, 4, "{}", "{\"ok\":true}"});
    insert_checkin(c, {"c-1", "m-1", kNow + kMinute, 3, false, std::nullopt});
    insert_checkin(c, {"c-2", "m-1", kNow + 2 * kMinute, 2, true, "better"});
    insert_care_flag(
        c, {"f-1", "m-1", "urgent", "intake", "[\"numbness\"]", kNow, std::nullopt, {}, {}, {}});
  });
  EXPECT_THROW(db->write_and_wait([](Connection& c) {
    insert_session_log(c, {"s-2", "m-1", "client-1", kNow, 1, 6, 4, 5, 3, 4, "{}", "{}"});
  }),
               StoreError)
      << "one session per client_id";
  read([](Connection& c) {
    EXPECT_EQ(latest_intake(c, "m-1")->tier, "routine");
    const auto program = find_program(c, "m-1");
    ASSERT_TRUE(program.has_value());
    EXPECT_EQ(program->state, "{\"v\":3}");
    EXPECT_TRUE(program->paused);
    const auto levels = program_levels(c, "m-1");
    ASSERT_EQ(levels.size(), 2u);
    EXPECT_EQ(levels[0].steps_up, 0);
    EXPECT_EQ(levels[1].steps_up, 1);
    EXPECT_EQ(session_answer(c, "m-1", "client-1"), "{\"ok\":true}");
    const auto sessions = session_logs(c, "m-1");
    ASSERT_EQ(sessions.size(), 1u);
    EXPECT_FALSE(sessions[0].next_morning_pain.has_value());
    const auto logged = checkins(c, "m-1");
    ASSERT_EQ(logged.size(), 2u);
    EXPECT_TRUE(logged[1].flare);
    EXPECT_EQ(logged[1].notes, "better");
    EXPECT_EQ(care_flags(c, "m-1").at(0).kind, "urgent");

    const auto queue = gather_queue_signals(c, "t-1");
    ASSERT_EQ(queue.size(), 1u);
    EXPECT_EQ(queue[0].member_id, "m-1");
    EXPECT_EQ(queue[0].urgent_flags, 1);
    EXPECT_EQ(queue[0].recent_pain, (std::vector<int>{6, 3, 2}));
    EXPECT_EQ(queue[0].last_activity_ms, kNow + 2 * kMinute);
    EXPECT_EQ(gather_queue_signals(c, "").size(), 1u);

    const auto figures = organization_figures(c, "org-1", kNow);
    EXPECT_EQ(figures.accounts, 1);
    EXPECT_EQ(figures.finished_intake, 1);
    EXPECT_EQ(figures.logged_a_session, 1);
    EXPECT_EQ(figures.with_two_pain_readings, 1);
    EXPECT_EQ(figures.pain_improved, 1);
  });
  db->write_and_wait([](Connection& c) { remove_program(c, "m-1"); });
  read([](Connection& c) { EXPECT_FALSE(find_program(c, "m-1").has_value()); });
}

// The queue reads each signal for the therapist's own caseload only: another therapist's
// member never appears, and that member's flags, pain, messages and sessions never leak into
// the ranking of anyone else's. A therapist's own log-ins are not a member's activity.
TEST_P(Repositories, QueueSignalsStayInsideTheCaseload) {
  db->write_and_wait([](Connection& c) {
    insert_user(c, user("t-2", "lee@clinic.test", core::Role::therapist, ""));
    insert_user(c, user("m-2", "bo@mail.test", core::Role::member, "org-1"));
    assign_therapist(c, "m-1", "t-1", kNow);
    assign_therapist(c, "m-2", "t-2", kNow);
    insert_session(c, "hash-m1", "m-1", kNow);
    insert_session(c, "hash-m2", "m-2", kNow + 5 * kMinute);
    insert_session(c, "hash-t1", "t-1", kNow + 9 * kMinute);
    insert_checkin(c, {"c-1", "m-1", kNow + kMinute, 3, false, std::nullopt});
    insert_checkin(c, {"c-2", "m-2", kNow + 2 * kMinute, 8, true, std::nullopt});
    insert_session_log(
        c, {"s-2", "m-2", "client-2", kNow + 3 * kMinute, 1, 7, 6, std::nullopt, 3, 4, "{}", "{}"});
    insert_care_flag(
        c, {"f-2", "m-2", "emergency", "session", "[\"saddle_numbness\"]", kNow, std::nullopt});
    insert_message(c, {"msg-2", "m-2", "m-2", MessageSide::member, "help", kNow + 4 * kMinute, 0});
  });
  read([](Connection& c) {
    const auto mine = gather_queue_signals(c, "t-1");
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0].member_id, "m-1");
    EXPECT_EQ(mine[0].emergency_flags, 0);
    EXPECT_EQ(mine[0].unread_messages, 0);
    EXPECT_EQ(mine[0].recent_pain, (std::vector<int>{3}));
    EXPECT_EQ(mine[0].last_activity_ms, kNow + kMinute) << "t-1's own log-in is not m-1's activity";

    const auto theirs = gather_queue_signals(c, "t-2");
    ASSERT_EQ(theirs.size(), 1u);
    EXPECT_EQ(theirs[0].member_id, "m-2");
    EXPECT_EQ(theirs[0].emergency_flags, 1);
    EXPECT_EQ(theirs[0].unread_messages, 1);
    EXPECT_EQ(theirs[0].recent_pain, (std::vector<int>{8, 7}));
    EXPECT_EQ(theirs[0].last_activity_ms, kNow + 5 * kMinute);

    EXPECT_EQ(gather_queue_signals(c, "").size(), 2u) << "the admin's view holds every member";
    EXPECT_TRUE(gather_queue_signals(c, "t-nobody").empty());
  });
}

TEST_P(Repositories, AuditChainAppendsAndRefusesEdits) {
  db->write_and_wait([](Connection& c) {
    for (int i = 0; i < 3; ++i) {
      append_audit(c, {kNow + i, "t-1", "therapist", "read", "program", "m-1", "allowed", "r-1"});
    }
    append_audit(c, {kNow + 3, "", "", "login_failed", "session", "", "failed", ""});
  });
  for (const Statement& edit :
       {Statement{"edit_audit", "UPDATE audit_log SET outcome = 'denied' WHERE seq = 2"},
        Statement{"remove_audit", "DELETE FROM audit_log WHERE seq = 1"}}) {
    try {
      db->write_and_wait([&](Connection& c) { c.execute(edit); });
      FAIL() << edit.sql << " should be refused";
    } catch (const StoreError& error) {
      EXPECT_EQ(error.kind(), StoreError::Kind::constraint) << error.what();
      EXPECT_NE(std::string(error.what()).find("append-only"), std::string::npos) << error.what();
    }
  }
  read([](Connection& c) {
    const auto verdict = verify_audit_chain(c);
    EXPECT_TRUE(verdict.verified);
    EXPECT_EQ(verdict.rows, 4);
    const auto page = audit_page(c, 2, 10);
    ASSERT_EQ(page.size(), 2u);
    EXPECT_EQ(page[0].seq, 3);
    EXPECT_EQ(page[1].entry.actor_id, "");
    EXPECT_EQ(page[1].prev_hash, page[0].hash);
  });
}

TEST_P(Repositories, MemberRecordThenPurgeLeavesOnlyTheAudit) {
  db->write_and_wait([](Connection& c) {
    assign_therapist(c, "m-1", "t-1", kNow);
    insert_intake(c, {"in-1", "m-1", kNow, "routine", "{}", "{\"tier\":\"routine\"}"});
    save_program(c, {"m-1", "in-1", kNow, kNow, false, "{}"});
    append_program_level(c, "m-1", {kNow, "early", 0, 0, false});
    insert_session_log(c, {"s-1", "m-1", "client-1", kNow, 1, 6, 4, 5, 3, 4, "{}", "{}"});
    insert_checkin(c, {"c-1", "m-1", kNow, 3, false, std::nullopt});
    insert_care_flag(c, {"f-1", "m-1", "urgent", "intake", "[]", kNow, std::nullopt});
    insert_message(c, {"msg-1", "m-1", "m-1", MessageSide::member, "Hello", kNow, 0});
    insert_message(c, {"msg-2", "m-1", "t-1", MessageSide::care_team, "Hi", kNow, 0});
    insert_note(c, {"note-1", "m-1", "t-1", "Seen", kNow});
    insert_program_override(c, {"ov-1", "m-1", "t-1", "[]", "", kNow, 0});
    insert_session(c, "hash-m", "m-1", kNow);
    append_audit(c, {kNow, "m-1", "member", "write", "checkin", "m-1", "allowed", ""});
  });
  read([](Connection& c) {
    const auto record = load_member_record(c, "m-1");
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->user.email, "ada@mail.test");
    EXPECT_TRUE(record->intake.has_value());
    EXPECT_TRUE(record->program.has_value());
    EXPECT_EQ(record->levels.size(), 1u);
    EXPECT_EQ(record->sessions.size(), 1u);
    EXPECT_EQ(record->checkins.size(), 1u);
  });
  db->write_and_wait([](Connection& c) { purge_member(c, "m-1", "ada@mail.test"); });
  read([](Connection& c) {
    EXPECT_FALSE(load_member_record(c, "m-1").has_value());
    EXPECT_FALSE(find_session(c, "hash-m").has_value());
    EXPECT_TRUE(conversation(c, "m-1").empty());
    EXPECT_EQ(verify_audit_chain(c).rows, 1) << "the audit log stays";
    EXPECT_TRUE(find_user_by_id(c, "t-1").has_value());
  });
}

// Two servers on one database, each with many callers appending at once: the chain stays one
// line (on PostgreSQL audit_log_tail() serializes the appends; on SQLite the file lock does).
TEST_P(Repositories, ConcurrentAuditAppendsFromTwoServersKeepOneChain) {
  constexpr int threads = 8;
  constexpr int appends = 25;
  auto other_server = open_db(url);
  std::vector<std::thread> callers;
  for (int t = 0; t < threads; ++t) {
    Db& server = t % 2 == 0 ? *db : *other_server;
    callers.emplace_back([&, t] {
      for (int i = 0; i < appends; ++i) {
        server.write_and_wait([&](Connection& c) {
          append_audit(c, {kNow + t * appends + i, "m-1", "member", "write", "checkin", "m-1",
                           "allowed", ""});
        });
      }
    });
  }
  for (auto& caller : callers) caller.join();
  read([](Connection& c) {
    const auto verdict = verify_audit_chain(c);
    EXPECT_TRUE(verdict.verified);
    EXPECT_EQ(verdict.rows, threads * appends);
  });
}

INSTANTIATE_TEST_SUITE_P(Backends, Repositories,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
