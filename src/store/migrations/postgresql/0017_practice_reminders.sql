-- The days and time a member chose to practise (GET/PUT /api/v1/me/reminders): weekdays as
-- '1,3,5' (1 = Monday … 7 = Sunday; '' when reminders are off), the local time as minutes from
-- midnight, and the member's IANA time zone, which decides which local day a session fell on.
-- The private calendar feed carries them as one weekly event with an alarm.
CREATE TABLE practice_reminders (
  member_id text PRIMARY KEY REFERENCES users(id),
  weekdays text NOT NULL,
  at_minute integer NOT NULL CHECK (at_minute BETWEEN 0 AND 1439),
  time_zone text NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL
);
