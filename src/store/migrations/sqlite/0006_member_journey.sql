-- The member journey: intakes with their assessments, the program each member follows (its
-- adaptable state as JSON, written by the core), the program's level over time, logged
-- sessions (one per client_id, so a resend changes nothing), check-ins, and care flags the
-- care team's queue reads. Times are Unix epoch milliseconds (UTC); every table carries
-- member_id so it can later be distributed by that key.

CREATE TABLE member_intakes (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  tier TEXT NOT NULL CHECK (tier IN ('emergency', 'urgent', 'routine', 'self_care')),
  intake TEXT NOT NULL,                   -- the intake JSON as the member sent it
  assessment TEXT NOT NULL                -- the assessment JSON the core returned
) STRICT;
CREATE INDEX member_intakes_member ON member_intakes(member_id, created_at);

-- One current program per member; a new intake replaces it.
CREATE TABLE member_programs (
  member_id TEXT PRIMARY KEY REFERENCES users(id),
  intake_id TEXT NOT NULL REFERENCES member_intakes(id),
  started_at INTEGER NOT NULL,            -- day 0 of the training week
  updated_at INTEGER NOT NULL,
  paused INTEGER NOT NULL CHECK (paused IN (0, 1)),
  state TEXT NOT NULL                     -- core ProgramState JSON
) STRICT;

-- The program's level after each change, for the progress chart.
CREATE TABLE member_program_levels (
  member_id TEXT NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL,
  phase TEXT NOT NULL,
  steps_up INTEGER NOT NULL,
  sessions INTEGER NOT NULL,
  paused INTEGER NOT NULL CHECK (paused IN (0, 1))
) STRICT;
CREATE INDEX member_program_levels_member ON member_program_levels(member_id, at);

CREATE TABLE member_sessions (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  client_id TEXT NOT NULL,                -- the client's idempotency key
  at INTEGER NOT NULL,
  program_day INTEGER NOT NULL,
  pain_before INTEGER NOT NULL CHECK (pain_before BETWEEN 0 AND 10),
  pain_after INTEGER NOT NULL CHECK (pain_after BETWEEN 0 AND 10),
  next_morning_pain INTEGER CHECK (next_morning_pain BETWEEN 0 AND 10),
  exercises_done INTEGER NOT NULL,
  exercises_planned INTEGER NOT NULL,
  feedback TEXT NOT NULL,                 -- the body as sent
  answer TEXT NOT NULL                    -- the first answer, returned again on a resend
) STRICT;
CREATE UNIQUE INDEX member_sessions_client ON member_sessions(member_id, client_id);
CREATE INDEX member_sessions_member ON member_sessions(member_id, at);

CREATE TABLE member_checkins (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL,
  pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
  flare INTEGER NOT NULL CHECK (flare IN (0, 1)),
  notes TEXT
) STRICT;
CREATE INDEX member_checkins_member ON member_checkins(member_id, at);

-- A member the care team must look at now (an emergency or urgent screen). Open until a
-- clinician resolves it.
CREATE TABLE care_flags (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL CHECK (kind IN ('emergency', 'urgent')),
  source TEXT NOT NULL CHECK (source IN ('intake', 'session')),
  reason_codes TEXT NOT NULL,             -- JSON array of triage reason codes
  created_at INTEGER NOT NULL,
  resolved_at INTEGER
) STRICT;
CREATE INDEX care_flags_member ON care_flags(member_id, created_at);
CREATE INDEX care_flags_open ON care_flags(resolved_at, created_at);
