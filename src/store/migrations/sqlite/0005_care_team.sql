-- The care team's own records: messages between a member and their care team, clinical notes
-- only therapists read, and program overrides a therapist writes for the member's program.
-- Every table carries member_id (see 0002_people.sql). Times are epoch ms; ids UUIDv7 text.

-- sender_side is who wrote it ('member' or 'care_team'); read_at is set when the other side
-- first fetches the conversation, so each side's unread count is a plain filter.
CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  author_id TEXT NOT NULL REFERENCES users(id),
  sender_side TEXT NOT NULL CHECK (sender_side IN ('member', 'care_team')),
  body TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  read_at INTEGER
) STRICT;
CREATE INDEX messages_member ON messages(member_id, sent_at);

CREATE TABLE clinical_notes (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  therapist_id TEXT NOT NULL REFERENCES users(id),
  body TEXT NOT NULL,
  written_at INTEGER NOT NULL
) STRICT;
CREATE INDEX clinical_notes_member ON clinical_notes(member_id, written_at);

-- The hand-off to the member journey: the newest row per member is the therapist's word on the
-- program. `exercises` is a JSON array of {exercise_id, sets, reps, hold_seconds, sides,
-- rest_seconds} (the Prescription fields of core/program/program.hpp) that replaces the
-- program's exercises; `note` is shown to the member. The journey marks applied_at once its
-- ProgramState carries the override.
CREATE TABLE program_overrides (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  therapist_id TEXT NOT NULL REFERENCES users(id),
  exercises TEXT NOT NULL,
  note TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  applied_at INTEGER
) STRICT;
CREATE INDEX program_overrides_member ON program_overrides(member_id, created_at);
