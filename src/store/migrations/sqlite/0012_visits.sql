-- Video visits (api/visits): one row per appointment whose member and therapist met in the
-- visit room. started_at is when both were first in the room, ended_at when the last of them
-- left or one ended the visit (a re-join moves it later); duration_seconds is the time between.
-- The note is the therapist's, written beside the video. Media and signalling are never kept.
-- Times are epoch ms; ids UUIDv7 text; member_id on every member-owned table (0002_people.sql).
CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  appointment_id TEXT NOT NULL UNIQUE REFERENCES appointments(id),
  member_id TEXT NOT NULL REFERENCES users(id),
  therapist_id TEXT NOT NULL REFERENCES users(id),
  started_at INTEGER NOT NULL,
  ended_at INTEGER,
  duration_seconds INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  note_written_at INTEGER
) STRICT;
CREATE INDEX visits_member ON visits(member_id, started_at);
CREATE INDEX visits_therapist ON visits(therapist_id, started_at);
