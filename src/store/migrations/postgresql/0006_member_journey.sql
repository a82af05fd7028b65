-- The member journey: intakes with their assessments, the program each member follows (its
-- adaptable state as JSON text, written by the core), the program's level over time, logged
-- sessions (one per client_id, so a resend changes nothing), check-ins, and care flags the
-- care team's queue reads. Times are Unix epoch milliseconds (UTC); every table carries
-- member_id so it can be distributed by that key.

CREATE TABLE member_intakes (
  id text PRIMARY KEY,
  member_id text NOT NULL REFERENCES users(id),
  created_at bigint NOT NULL,
  tier text NOT NULL CHECK (tier IN ('emergency', 'urgent', 'routine', 'self_care')),
  intake text NOT NULL,                   -- the intake JSON as the member sent it
  assessment text NOT NULL                -- the assessment JSON the core returned
);
CREATE INDEX member_intakes_member ON member_intakes(member_id, created_at);

-- One current program per member; a new intake replaces it.
CREATE TABLE member_programs (
  member_id text PRIMARY KEY REFERENCES users(id),
  intake_id text NOT NULL REFERENCES member_intakes(id),
  started_at bigint NOT NULL,             -- day 0 of the training week
  updated_at bigint NOT NULL,
  paused integer NOT NULL CHECK (paused IN (0, 1)),
  state text NOT NULL                     -- core ProgramState JSON
);

-- The program's level after each change, for the progress chart. Two changes in the same
-- millisecond keep the order they were made in: the shared statement sorts by `at, rowid`, and
-- on PostgreSQL rowid is this ever-growing column (SQLite has it built in).
CREATE TABLE member_program_levels (
  member_id text NOT NULL REFERENCES users(id),
  at bigint NOT NULL,
  phase text NOT NULL,
  steps_up integer NOT NULL,
  sessions integer NOT NULL,
  paused integer NOT NULL CHECK (paused IN (0, 1)),
  rowid bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX member_program_levels_member ON member_program_levels(member_id, at);

CREATE TABLE member_sessions (
  id text PRIMARY KEY,
  member_id text NOT NULL REFERENCES users(id),
  client_id text NOT NULL,                -- the client's idempotency key
  at bigint NOT NULL,
  program_day integer NOT NULL,
  pain_before integer NOT NULL CHECK (pain_before BETWEEN 0 AND 10),
  pain_after integer NOT NULL CHECK (pain_after BETWEEN 0 AND 10),
  next_morning_pain integer CHECK (next_morning_pain BETWEEN 0 AND 10),
  exercises_done integer NOT NULL,
  exercises_planned integer NOT NULL,
  feedback text NOT NULL,                 -- the body as sent
  answer text NOT NULL                    -- the first answer, returned again on a resend
);
CREATE UNIQUE INDEX member_sessions_client ON member_sessions(member_id, client_id);
CREATE INDEX member_sessions_member ON member_sessions(member_id, at);

CREATE TABLE member_checkins (
  id text PRIMARY KEY,
  member_id text NOT NULL REFERENCES users(id),
  at bigint NOT NULL,
  pain integer NOT NULL CHECK (pain BETWEEN 0 AND 10),
  flare integer NOT NULL CHECK (flare IN (0, 1)),
  notes text
);
CREATE INDEX member_checkins_member ON member_checkins(member_id, at);

-- A member the care team must look at now (an emergency or urgent screen). Open until a
-- clinician resolves it.
CREATE TABLE care_flags (
  id text PRIMARY KEY,
  member_id text NOT NULL REFERENCES users(id),
  kind text NOT NULL CHECK (kind IN ('emergency', 'urgent')),
  source text NOT NULL CHECK (source IN ('intake', 'session')),
  reason_codes text NOT NULL,             -- JSON array of triage reason codes
  created_at bigint NOT NULL,
  resolved_at bigint
);
CREATE INDEX care_flags_member ON care_flags(member_id, created_at);
CREATE INDEX care_flags_open ON care_flags(resolved_at, created_at);
