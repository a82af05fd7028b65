-- Telehealth appointments between a member and their therapist, the therapist's availability,
-- and private calendar feeds. Same tables and columns as migrations/sqlite/0011_appointments.sql.
-- Times are epoch ms (UTC); ids UUIDv7 text. Every member-owned table carries member_id.

-- One visit. status moves booked → cancelled | missed | completed (missed: the slot ended with no
-- visit held; completed: the video visit took place). booked_by is who made the booking (the
-- member, or their therapist on the member's behalf); cancelled_by likewise.
CREATE TABLE appointments (
  id text PRIMARY KEY,
  member_id text NOT NULL REFERENCES users(id),
  therapist_id text NOT NULL REFERENCES users(id),
  starts_at bigint NOT NULL,
  ends_at bigint NOT NULL,
  status text NOT NULL CHECK (status IN ('booked', 'cancelled', 'missed', 'completed')),
  booked_by text,
  created_at bigint NOT NULL,
  cancelled_at bigint,
  cancelled_by text,
  updated_at bigint NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX appointments_member ON appointments(member_id, starts_at);
CREATE INDEX appointments_therapist ON appointments(therapist_id, starts_at);
CREATE INDEX appointments_booked ON appointments(status, ends_at);

-- What makes double booking impossible, in the database itself: a booked (or held) appointment
-- occupies every 15-minute cell of its time, once for its therapist and once for its member, and
-- a cell belongs to one appointment only (the primary key). Booking, moving and cancelling change
-- these rows in the same transaction as the appointment, so two concurrent bookings of
-- overlapping times cannot both commit, on one server or many (core/calendar/booking_cells.hpp).
CREATE TABLE appointment_holds (
  owner_id text NOT NULL REFERENCES users(id),
  cell_at bigint NOT NULL,
  appointment_id text NOT NULL REFERENCES appointments(id),
  member_id text NOT NULL REFERENCES users(id),
  PRIMARY KEY (owner_id, cell_at)
);
CREATE INDEX appointment_holds_appointment ON appointment_holds(appointment_id);
CREATE INDEX appointment_holds_member ON appointment_holds(member_id);

-- A therapist's availability: their IANA time zone and slot length, weekly windows in local time
-- (weekday 1 = Monday … 7 = Sunday; minutes from local midnight, multiples of 15), whole days
-- off, and one-off exceptions on a date (kind 'open' adds a window, 'closed' removes one).
CREATE TABLE availability_settings (
  therapist_id text PRIMARY KEY REFERENCES users(id),
  time_zone text NOT NULL,
  slot_minutes integer NOT NULL CHECK (slot_minutes IN (15, 30, 45)),
  updated_at bigint NOT NULL
);

CREATE TABLE availability_windows (
  therapist_id text NOT NULL REFERENCES users(id),
  weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minute integer NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute integer NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
  CHECK (end_minute > start_minute),
  PRIMARY KEY (therapist_id, weekday, start_minute)
);

CREATE TABLE availability_days_off (
  therapist_id text NOT NULL REFERENCES users(id),
  day text NOT NULL,                       -- YYYY-MM-DD in the therapist's time zone
  PRIMARY KEY (therapist_id, day)
);

CREATE TABLE availability_exceptions (
  therapist_id text NOT NULL REFERENCES users(id),
  day text NOT NULL,                       -- YYYY-MM-DD in the therapist's time zone
  start_minute integer NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute integer NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
  kind text NOT NULL CHECK (kind IN ('open', 'closed')),
  CHECK (end_minute > start_minute),
  PRIMARY KEY (therapist_id, day, start_minute, kind)
);

-- A person's private calendar feed (GET /api/v1/calendar/{token}.ics). Only a hash of the token
-- is stored; revoking sets revoked_at, and a person has at most one live feed.
CREATE TABLE calendar_feeds (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id),
  created_at bigint NOT NULL,
  revoked_at bigint
);
CREATE INDEX calendar_feeds_user ON calendar_feeds(user_id);
