-- Outcome instruments a member filled in (NPRS, PSFS, PHQ-9, GAD-7 and any licensed ones a
-- deployment adds), each with the score and band the core gave it and the answer the member
-- saw, so a resend of the same client_id gets that answer back and changes nothing.
-- Times are Unix epoch milliseconds (UTC). The PostgreSQL twin is
-- migrations/postgresql/0007_instrument_responses.sql; keep the two alike.

CREATE TABLE instrument_responses (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  client_id TEXT,                         -- the client's idempotency key; NULL when none was sent
  instrument TEXT NOT NULL,               -- the definition's id (phq9, psfs, ...)
  taken_at INTEGER NOT NULL,
  answers TEXT NOT NULL,                  -- JSON array of {item, value, named?} as scored
  score REAL NOT NULL,
  band TEXT,                              -- the band's code; NULL when the instrument has none
  answer TEXT NOT NULL                    -- the first answer, returned again on a resend
) STRICT;
-- NULL client_ids are distinct in both dialects, so responses sent without one never clash.
CREATE UNIQUE INDEX instrument_responses_client ON instrument_responses(member_id, client_id);
CREATE INDEX instrument_responses_member ON instrument_responses(member_id, instrument, taken_at);

-- Care flags learn two kinds from the mood questionnaire (PHQ-9): thoughts of being better
-- off dead or of self-harm (question 9), and a total in the severe band. SQLite cannot change a
-- CHECK in place, so the table is rebuilt with the same rows; nothing refers to it.
CREATE TABLE care_flags_widened (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL
    CHECK (kind IN ('emergency', 'urgent', 'self_harm_thoughts', 'severe_depression')),
  source TEXT NOT NULL CHECK (source IN ('intake', 'session', 'instrument')),
  reason_codes TEXT NOT NULL,             -- JSON array of triage or instrument reason codes
  created_at INTEGER NOT NULL,
  resolved_at INTEGER
) STRICT;
INSERT INTO care_flags_widened (id, member_id, kind, source, reason_codes, created_at, resolved_at)
  SELECT id, member_id, kind, source, reason_codes, created_at, resolved_at FROM care_flags;
DROP TABLE care_flags;
ALTER TABLE care_flags_widened RENAME TO care_flags;
CREATE INDEX care_flags_member ON care_flags(member_id, created_at);
CREATE INDEX care_flags_open ON care_flags(resolved_at, created_at);
