-- Outcome instruments a member filled in (NPRS, PSFS, PHQ-9, GAD-7 and any licensed ones a
-- deployment adds), each with the score and band the core gave it and the answer the member
-- saw, so a resend of the same client_id gets that answer back and changes nothing.
-- Times are Unix epoch milliseconds (UTC). The SQLite twin is
-- migrations/sqlite/0007_instrument_responses.sql; keep the two alike.

CREATE TABLE instrument_responses (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  client_id TEXT,                         -- the client's idempotency key; NULL when none was sent
  instrument TEXT NOT NULL,               -- the definition's id (phq9, psfs, ...)
  taken_at BIGINT NOT NULL,
  answers TEXT NOT NULL,                  -- JSON array of {item, value, named?} as scored
  score DOUBLE PRECISION NOT NULL,
  band TEXT,                              -- the band's code; NULL when the instrument has none
  answer TEXT NOT NULL                    -- the first answer, returned again on a resend
);
-- NULL client_ids are distinct in both dialects, so responses sent without one never clash.
CREATE UNIQUE INDEX instrument_responses_client ON instrument_responses(member_id, client_id);
CREATE INDEX instrument_responses_member ON instrument_responses(member_id, instrument, taken_at);

-- Care flags learn two kinds from the mood questionnaire (PHQ-9): thoughts of being better
-- off dead or of self-harm (question 9), and a total in the severe band. 0006 declares the
-- checks on the columns, so PostgreSQL named them care_flags_kind_check and
-- care_flags_source_check.
ALTER TABLE care_flags DROP CONSTRAINT IF EXISTS care_flags_kind_check;
ALTER TABLE care_flags ADD CONSTRAINT care_flags_kind_check
  CHECK (kind IN ('emergency', 'urgent', 'self_harm_thoughts', 'severe_depression'));
ALTER TABLE care_flags DROP CONSTRAINT IF EXISTS care_flags_source_check;
ALTER TABLE care_flags ADD CONSTRAINT care_flags_source_check
  CHECK (source IN ('intake', 'session', 'instrument'));
