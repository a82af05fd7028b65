// Appointments, availability and calendar feeds through each back end with the shipped
// migrations: what the repositories keep, and the holds that make double booking impossible even
// when two servers book at once.
#include "store/appointment_repository.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "store/availability_repository.hpp"
#include "store/calendar_feed_repository.hpp"
#include "store/member_purge.hpp"
#include "store/user_repository.hpp"
#include "support/test_database.hpp"

namespace motus::store {
namespace {

constexpr std::int64_t kNow = 1'780'000'200'000;   // epoch ms, in 2026
constexpr std::int64_t kNine = 1'780'045'200'000;  // a later quarter hour (divisible by 15 min)
constexpr std::int64_t kHalfHour = 30 * 60'000;

class Appointments : public testing::EachBackend {
 protected:
  void SetUp() override {
    testing::EachBackend::SetUp();
    if (HasFatalFailure()) return;
    db = open_db(url);
    db->migrate();
    db->write_and_wait([](Connection& c) {
      insert_user(c, user("t-1", "kim@clinic.test", core::Role::therapist));
      insert_user(c, user("m-1", "ada@mail.test", core::Role::member));
      insert_user(c, user("m-2", "bo@mail.test", core::Role::member));
    });
  }

  static User user(const std::string& id, const std::string& email, core::Role role) {
    User u;
    u.id = id;
    u.email = email;
    u.password_hash = "$argon2id$not-a-real-hash";
    u.role = role;
    u.first_name = "Ada";
    u.last_name = "Lovelace";
    u.created_at = kNow;
    u.password_changed_at = kNow;
    return u;
  }

  static Appointment booking(const std::string& id, const std::string& member, std::int64_t at,
                             std::int64_t length = kHalfHour) {
    Appointment a;
    a.id = id;
    a.member_id = member;
    a.therapist_id = "t-1";
    a.starts_at = at;
    a.ends_at = at + length;
    a.booked_by = member;
    a.created_at = kNow;
    return a;
  }

  std::optional<Appointment> find(const std::string& id) {
    std::optional<Appointment> found;
    db->read([&](Connection& c) { found = find_appointment(c, id); });
    return found;
  }

  std::unique_ptr<Db> db;
};

TEST_P(Appointments, BookedAppointmentReadsBackWithEveryColumn) {
  ASSERT_EQ(kNine % (15 * 60'000), 0);
  db->write_and_wait([](Connection& c) { insert_appointment(c, booking("a-1", "m-1", kNine)); });
  const auto a = find("a-1");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->member_id, "m-1");
  EXPECT_EQ(a->therapist_id, "t-1");
  EXPECT_EQ(a->starts_at, kNine);
  EXPECT_EQ(a->ends_at, kNine + kHalfHour);
  EXPECT_EQ(a->status, "booked");
  EXPECT_EQ(a->booked_by, "m-1");
  EXPECT_EQ(a->created_at, kNow);
  EXPECT_EQ(a->cancelled_at, 0);
  EXPECT_EQ(a->updated_at, kNow);
  EXPECT_FALSE(find("a-none").has_value());
}

TEST_P(Appointments, OverlapForTheTherapistOrTheMemberIsRefusedAndKeepsNothing) {
  db->write_and_wait([](Connection& c) { insert_appointment(c, booking("a-1", "m-1", kNine)); });
  // Another member, 15 minutes into the same therapist's visit.
  EXPECT_THROW(db->write_and_wait([](Connection& c) {
    insert_appointment(c, booking("a-2", "m-2", kNine + 15 * 60'000));
  }),
               StoreError);
  EXPECT_FALSE(find("a-2").has_value()) << "the refused booking left no row";
  // Right after it is fine.
  db->write_and_wait(
      [](Connection& c) { insert_appointment(c, booking("a-3", "m-2", kNine + kHalfHour)); });
  // Times off the 15-minute grid are refused, not half-held.
  EXPECT_THROW(db->write_and_wait([](Connection& c) {
    insert_appointment(c, booking("a-4", "m-2", kNine + 3 * kHalfHour + 60'000));
  }),
               StoreError);
}

TEST_P(Appointments, CancelFreesTheTimeAndMoveHoldsTheNewTime) {
  db->write_and_wait([](Connection& c) {
    insert_appointment(c, booking("a-1", "m-1", kNine));
    insert_appointment(c, booking("a-2", "m-2", kNine + kHalfHour));
  });
  EXPECT_THROW(db->write_and_wait([](Connection& c) {
    move_appointment(c, "a-1", kNine + kHalfHour, kNine + 2 * kHalfHour, kNow + 1);
  }),
               StoreError)
      << "moving onto another booking";
  EXPECT_EQ(find("a-1")->starts_at, kNine) << "the refused move changed nothing";
  bool cancelled = false;
  db->write_and_wait(
      [&](Connection& c) { cancelled = cancel_appointment(c, "a-2", "m-2", kNow + 2); });
  EXPECT_TRUE(cancelled);
  EXPECT_EQ(find("a-2")->status, "cancelled");
  EXPECT_EQ(find("a-2")->cancelled_at, kNow + 2);
  EXPECT_EQ(find("a-2")->cancelled_by, "m-2");
  bool moved = false;
  db->write_and_wait([&](Connection& c) {
    moved = move_appointment(c, "a-1", kNine + kHalfHour, kNine + 2 * kHalfHour, kNow + 3);
  });
  EXPECT_TRUE(moved);
  EXPECT_EQ(find("a-1")->starts_at, kNine + kHalfHour);
  // Its old time is free again.
  db->write_and_wait([](Connection& c) { insert_appointment(c, booking("a-5", "m-2", kNine)); });
  db->write_and_wait([&](Connection& c) {
    EXPECT_FALSE(cancel_appointment(c, "a-2", "m-2", kNow + 4)) << "cancelled already";
    EXPECT_FALSE(move_appointment(c, "a-2", kNine, kNine + kHalfHour, kNow + 4));
  });
}

TEST_P(Appointments, MissedAndCompletedAndListings) {
  db->write_and_wait([](Connection& c) {
    insert_appointment(c, booking("a-1", "m-1", kNine));
    insert_appointment(c, booking("a-2", "m-2", kNine + kHalfHour));
    insert_appointment(c, booking("a-3", "m-1", kNine + 4 * kHalfHour));
  });
  std::int64_t missed = 0;
  db->write_and_wait([&](Connection& c) {
    EXPECT_TRUE(finish_appointment(c, "a-2", "completed", kNow));
    missed = mark_missed_appointments(c, kNine + 3 * kHalfHour, kNow);
  });
  EXPECT_EQ(missed, 1);
  EXPECT_EQ(find("a-1")->status, "missed");
  EXPECT_EQ(find("a-2")->status, "completed");
  EXPECT_EQ(find("a-3")->status, "booked");
  db->read([](Connection& c) {
    EXPECT_EQ(appointments_of_member(c, "m-1", 0, kNine * 2).size(), 2u);
    EXPECT_EQ(appointments_of_therapist(c, "t-1", 0, kNine * 2).size(), 3u);
    EXPECT_EQ(appointments_of_therapist(c, "t-1", kNine + kHalfHour, kNine + 2 * kHalfHour).size(),
              1u)
        << "only the one overlapping the range";
    EXPECT_EQ(appointments_of_person(c, "t-1", 0, kNine * 2).size(), 3u);
    EXPECT_EQ(appointments_of_person(c, "m-2", 0, kNine * 2).size(), 1u);
  });
}

// Two servers (two Db objects on one database), many callers each trying to book the same
// therapist's same half hour for different members: exactly one wins.
TEST_P(Appointments, ConcurrentBookingsFromTwoServersLeaveOneBooking) {
  auto other_server = open_db(url);
  db->write_and_wait([](Connection& c) {
    for (int i = 0; i < 8; ++i) {
      insert_user(c, user("r-" + std::to_string(i), "r" + std::to_string(i) + "@mail.test",
                          core::Role::member));
    }
  });
  std::atomic<int> booked{0};
  std::atomic<int> refused{0};
  std::vector<std::thread> callers;
  for (int i = 0; i < 8; ++i) {
    Db& server = i % 2 == 0 ? *db : *other_server;
    callers.emplace_back([&, i] {
      try {
        server.write_and_wait([&](Connection& c) {
          insert_appointment(c, booking("race-" + std::to_string(i), "r-" + std::to_string(i),
                                        kNine + (i % 2) * 15 * 60'000));
        });
        ++booked;
      } catch (const StoreError&) {
        ++refused;
      }
    });
  }
  for (auto& caller : callers) caller.join();
  EXPECT_EQ(booked.load(), 1);
  EXPECT_EQ(refused.load(), 7);
}

TEST_P(Appointments, AvailabilityReplacesWhole) {
  db->read([](Connection& c) { EXPECT_FALSE(find_availability(c, "t-1").has_value()); });
  core::Availability a;
  a.time_zone = "Europe/Berlin";
  a.slot_minutes = 45;
  a.weekly = {{1, 540, 720}, {3, 780, 1020}};
  a.days_off = {"2026-12-24"};
  a.exceptions = {{"2026-12-19", 600, 660, true}, {"2026-12-21", 540, 600, false}};
  db->write_and_wait([&](Connection& c) { replace_availability(c, "t-1", a, kNow); });
  db->read([&](Connection& c) { EXPECT_EQ(find_availability(c, "t-1"), a); });
  a.weekly = {{5, 480, 600}};
  a.days_off.clear();
  a.exceptions.clear();
  a.slot_minutes = 15;
  db->write_and_wait([&](Connection& c) { replace_availability(c, "t-1", a, kNow + 1); });
  db->read([&](Connection& c) { EXPECT_EQ(find_availability(c, "t-1"), a); });
}

TEST_P(Appointments, CalendarFeedHasOneLiveTokenAndRevokes) {
  db->write_and_wait([](Connection& c) { replace_calendar_feed(c, "hash-1", "m-1", kNow); });
  db->write_and_wait([](Connection& c) { replace_calendar_feed(c, "hash-2", "m-1", kNow + 1); });
  db->read([](Connection& c) {
    EXPECT_FALSE(calendar_feed_owner(c, "hash-1").has_value()) << "replaced";
    EXPECT_EQ(calendar_feed_owner(c, "hash-2"), "m-1");
    EXPECT_EQ(live_calendar_feed_since(c, "m-1"), kNow + 1);
  });
  bool revoked = false;
  db->write_and_wait([&](Connection& c) { revoked = revoke_calendar_feed(c, "m-1", kNow + 2); });
  EXPECT_TRUE(revoked);
  db->read([](Connection& c) {
    EXPECT_FALSE(calendar_feed_owner(c, "hash-2").has_value());
    EXPECT_FALSE(live_calendar_feed_since(c, "m-1").has_value());
  });
}

TEST_P(Appointments, AccountDeletionTakesTheMembersAppointmentsAndFeed) {
  db->write_and_wait([](Connection& c) {
    insert_appointment(c, booking("a-1", "m-1", kNine));
    replace_calendar_feed(c, "hash-1", "m-1", kNow);
  });
  db->write_and_wait([](Connection& c) { purge_member(c, "m-1", "ada@mail.test"); });
  EXPECT_FALSE(find("a-1").has_value());
  db->read([](Connection& c) { EXPECT_FALSE(calendar_feed_owner(c, "hash-1").has_value()); });
  // The therapist's time is free again.
  db->write_and_wait([](Connection& c) { insert_appointment(c, booking("a-2", "m-2", kNine)); });
}

INSTANTIATE_TEST_SUITE_P(Backends, Appointments,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
