-- Telehealth appointments between a member and their therapist, the therapist's availability,
-- and private calendar feeds. Same tables and columns as migrations/postgresql/0011_appointments.sql.
-- Times are epoch ms (UTC); ids UUIDv7 text. Every member-owned table carries member_id.

-- One visit. status moves booked → cancelled | missed | completed (missed: the slot ended with no
-- visit held; completed: the video visit took place). booked_by is who made the booking (the
-- member, or their therapist on the member's behalf); cancelled_by likewise.
CREATE TABLE appointments (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  therapist_id TEXT NOT NULL REFERENCES users(id),
  starts_at INTEGER NOT NULL,
  ends_at INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'missed', 'completed')),
  booked_by TEXT,
  created_at INTEGER NOT NULL,
  cancelled_at INTEGER,
  cancelled_by TEXT,
  updated_at INTEGER NOT NULL,
  CHECK (ends_at > starts_at)
) STRICT;
CREATE INDEX appointments_member ON appointments(member_id, starts_at);
CREATE INDEX appointments_therapist ON appointments(therapist_id, starts_at);
CREATE INDEX appointments_booked ON appointments(status, ends_at);

-- What makes double booking impossible, in the database itself: a booked (or held) appointment
-- occupies every 15-minute cell of its time, once for its therapist and once for its member, and
-- a cell belongs to one appointment only (the primary key). Booking, moving and cancelling change
-- these rows in the same transaction as the appointment, so two concurrent bookings of
-- overlapping times cannot both commit, on one server or many (core/calendar/booking_cells.hpp).
CREATE TABLE appointment_holds (
  owner_id TEXT NOT NULL REFERENCES users(id),
  cell_at INTEGER NOT NULL,
  appointment_id TEXT NOT NULL REFERENCES appointments(id),
  member_id TEXT NOT NULL REFERENCES users(id),
  PRIMARY KEY (owner_id, cell_at)
) STRICT;
CREATE INDEX appointment_holds_appointment ON appointment_holds(appointment_id);
CREATE INDEX appointment_holds_member ON appointment_holds(member_id);

-- A therapist's availability: their IANA time zone and slot length, weekly windows in local time
-- (weekday 1 = Monday … 7 = Sunday; minutes from local midnight, multiples of 15), whole days
-- off, and one-off exceptions on a date (kind 'open' adds a window, 'closed' removes one).
CREATE TABLE availability_settings (
  therapist_id TEXT PRIMARY KEY REFERENCES users(id),
  time_zone TEXT NOT NULL,
  slot_minutes INTEGER NOT NULL CHECK (slot_minutes IN (15, 30, 45)),
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE availability_windows (
  therapist_id TEXT NOT NULL REFERENCES users(id),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
  CHECK (end_minute > start_minute),
  PRIMARY KEY (therapist_id, weekday, start_minute)
) STRICT;

CREATE TABLE availability_days_off (
  therapist_id TEXT NOT NULL REFERENCES users(id),
  day TEXT NOT NULL,                       -- YYYY-MM-DD in the therapist's time zone
  PRIMARY KEY (therapist_id, day)
) STRICT;

CREATE TABLE availability_exceptions (
  therapist_id TEXT NOT NULL REFERENCES users(id),
  day TEXT NOT NULL,                       -- YYYY-MM-DD in the therapist's time zone
  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
  kind TEXT NOT NULL CHECK (kind IN ('open', 'closed')),
  CHECK (end_minute > start_minute),
  PRIMARY KEY (therapist_id, day, start_minute, kind)
) STRICT;

-- A person's private calendar feed (GET /api/v1/calendar/{token}.ics). Only a hash of the token
-- is stored; revoking sets revoked_at, and a person has at most one live feed.
CREATE TABLE calendar_feeds (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
) STRICT;
CREATE INDEX calendar_feeds_user ON calendar_feeds(user_id);
