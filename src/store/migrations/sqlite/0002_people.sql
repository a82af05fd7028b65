-- People and who may see what: organizations and their eligibility rosters, accounts with
-- roles, sessions (only a hash of each token is stored), login throttling, care-team
-- assignment, and the append-only, hash-chained audit log.
-- Times are Unix epoch milliseconds (UTC); ids are UUIDv7 text. Every member-owned table
-- carries member_id so it can later be distributed by that key.

CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  enrollment_code TEXT NOT NULL,          -- stored upper-case; matched case-insensitively
  created_at INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX organizations_enrollment_code ON organizations(enrollment_code);

-- One eligible person. Names and emails are stored normalised (trimmed, inner whitespace
-- collapsed, lower-cased) so matching is a plain equality.
CREATE TABLE roster_entries (
  organization_id TEXT NOT NULL REFERENCES organizations(id),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,            -- YYYY-MM-DD
  email TEXT,                             -- normalised, may be absent
  employee_id TEXT,                       -- normalised, may be absent
  line INTEGER NOT NULL                   -- line in the uploaded file, for reports
) STRICT;
CREATE INDEX roster_entries_identity ON roster_entries(organization_id, last_name, date_of_birth);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,                    -- normalised
  password_hash TEXT NOT NULL,            -- Argon2id (libsodium crypto_pwhash_str)
  role TEXT NOT NULL CHECK (role IN ('member', 'therapist', 'org_admin', 'admin')),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  date_of_birth TEXT,                     -- members only
  organization_id TEXT REFERENCES organizations(id),
  created_at INTEGER NOT NULL,
  password_changed_at INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX users_email ON users(email);
CREATE INDEX users_role ON users(role);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,            -- hex of a hash of the 256-bit token; never the token
  user_id TEXT NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  revoked_at INTEGER
) STRICT;
CREATE INDEX sessions_user ON sessions(user_id);

-- Failed logins counted per key ("account:<email>" or "address:<ip>") within a window.
CREATE TABLE login_failures (
  key TEXT PRIMARY KEY,
  window_started_at INTEGER NOT NULL,
  failures INTEGER NOT NULL
) STRICT;

CREATE TABLE care_assignments (
  member_id TEXT PRIMARY KEY REFERENCES users(id),
  therapist_id TEXT NOT NULL REFERENCES users(id),
  assigned_at INTEGER NOT NULL
) STRICT;
CREATE INDEX care_assignments_therapist ON care_assignments(therapist_id);

-- Append-only: every read or write of a member's health data, every login and every denial.
-- Each row's hash covers its fields and the previous row's hash, so any edit breaks the chain.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor_id TEXT,                          -- null for anonymous callers
  actor_role TEXT,
  action TEXT NOT NULL,                   -- e.g. read, write, login, login_failed, denied
  entity TEXT NOT NULL,                   -- e.g. intake, program, session, message
  member_id TEXT,                         -- whose health data, when any
  outcome TEXT NOT NULL,                  -- allowed | denied | failed
  request_id TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_member ON audit_log(member_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
