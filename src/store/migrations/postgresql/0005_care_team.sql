-- The care team's own records: messages between a member and their care team, clinical notes
-- only therapists read, and program overrides a therapist writes for the member's program.
-- Every table carries member_id (see 0002_people.sql). Times are epoch ms; ids UUIDv7 text.

-- sender_side is who wrote it ('member' or 'care_team'); read_at is set when the other side
-- first fetches the conversation, so each side's unread count is a plain filter.
CREATE TABLE messages (
  id text PRIMARY KEY,
  member_id text NOT NULL REFERENCES users(id),
  author_id text NOT NULL REFERENCES users(id),
  sender_side text NOT NULL CHECK (sender_side IN ('member', 'care_team')),
  body text NOT NULL,
  sent_at bigint NOT NULL,
  read_at bigint
);
CREATE INDEX messages_member ON messages(member_id, sent_at);

CREATE TABLE clinical_notes (
  id text PRIMARY KEY,
  member_id text NOT NULL REFERENCES users(id),
  therapist_id text NOT NULL REFERENCES users(id),
  body text NOT NULL,
  written_at bigint NOT NULL
);
CREATE INDEX clinical_notes_member ON clinical_notes(member_id, written_at);

-- The hand-off to the member journey: the newest row per member is the therapist's word on the
-- program. `exercises` is a JSON array of {exercise_id, sets, reps, hold_seconds, sides,
-- rest_seconds} kept as text, exactly as on SQLite; `note` is shown to the member. The journey
-- marks applied_at once its ProgramState carries the override.
CREATE TABLE program_overrides (
  id text PRIMARY KEY,
  member_id text NOT NULL REFERENCES users(id),
  therapist_id text NOT NULL REFERENCES users(id),
  exercises text NOT NULL,
  note text NOT NULL,
  created_at bigint NOT NULL,
  applied_at bigint
);
CREATE INDEX program_overrides_member ON program_overrides(member_id, created_at);
