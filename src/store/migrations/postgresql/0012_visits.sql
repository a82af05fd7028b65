-- Video visits (api/visits): one row per appointment whose member and therapist met in the
-- visit room. started_at is when both were first in the room, ended_at when the last of them
-- left or one ended the visit (a re-join moves it later); duration_seconds is the time between.
-- The note is the therapist's, written beside the video. Media and signalling are never kept.
-- Times are epoch ms; ids UUIDv7 text; member_id on every member-owned table (0002_people.sql).
CREATE TABLE visits (
  id text PRIMARY KEY,
  appointment_id text NOT NULL UNIQUE REFERENCES appointments(id),
  member_id text NOT NULL REFERENCES users(id),
  therapist_id text NOT NULL REFERENCES users(id),
  started_at bigint NOT NULL,
  ended_at bigint,
  duration_seconds bigint NOT NULL DEFAULT 0,
  note text NOT NULL DEFAULT '',
  note_written_at bigint
);
CREATE INDEX visits_member ON visits(member_id, started_at);
CREATE INDEX visits_therapist ON visits(therapist_id, started_at);
