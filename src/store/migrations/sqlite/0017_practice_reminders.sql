-- The days and time a member chose to practise (GET/PUT /api/v1/me/reminders): weekdays as
-- '1,3,5' (1 = Monday … 7 = Sunday; '' when reminders are off), the local time as minutes from
-- midnight, and the member's IANA time zone, which decides which local day a session fell on.
-- The private calendar feed carries them as one weekly event with an alarm.
CREATE TABLE practice_reminders (
  member_id TEXT PRIMARY KEY REFERENCES users(id),
  weekdays TEXT NOT NULL,
  at_minute INTEGER NOT NULL CHECK (at_minute BETWEEN 0 AND 1439),
  time_zone TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
