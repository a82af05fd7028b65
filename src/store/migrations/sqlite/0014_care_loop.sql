-- The care loop closed (issue 18).

-- A staff account an admin created must choose its own password at first log-in; until it
-- does, its sessions may only change the password, read who they are and log out
-- (core/access/first_password.hpp). Changing the password clears it.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
  CHECK (must_change_password IN (0, 1));

-- A member's optional phone number, as they typed it (digits, spaces, + - ( ) only), and when it
-- is safe to call them, in their words ("weekdays after 6 pm"). Only their care team reads them.
ALTER TABLE users ADD COLUMN phone TEXT;
ALTER TABLE users ADD COLUMN call_time TEXT;

-- A therapist marks a flag handled with a short note: who did, and what they did. resolved_at
-- (0006) says when. The row stays, so the record keeps the history.
ALTER TABLE care_flags ADD COLUMN resolved_by TEXT REFERENCES users(id);
ALTER TABLE care_flags ADD COLUMN resolution_note TEXT;

-- The intake a signed-in member has begun and not sent: the wizard's answers as JSON, saved as
-- they go, so another device resumes where they left off. Sending the intake removes it.
CREATE TABLE intake_drafts (
  member_id TEXT PRIMARY KEY REFERENCES users(id),
  answers TEXT NOT NULL,
  step TEXT NOT NULL,
  saved_at INTEGER NOT NULL
) STRICT;
