-- People and who may see what: organizations and their eligibility rosters, accounts with
-- roles, sessions (only a hash of each token is stored), login throttling, care-team
-- assignment, and the append-only, hash-chained audit log. Same tables and columns as
-- migrations/sqlite/0002_people.sql; SQLite's STRICT INTEGER is bigint here where it holds
-- times (Unix epoch milliseconds) and integer where it holds small counts.
-- Every member-owned table carries member_id so it can be distributed by that key.

CREATE TABLE organizations (
  id text PRIMARY KEY,
  name text NOT NULL,
  enrollment_code text NOT NULL,          -- stored upper-case; matched case-insensitively
  created_at bigint NOT NULL
);
CREATE UNIQUE INDEX organizations_enrollment_code ON organizations(enrollment_code);

-- One eligible person. Names and emails are stored normalised (trimmed, inner whitespace
-- collapsed, lower-cased) so matching is a plain equality.
CREATE TABLE roster_entries (
  organization_id text NOT NULL REFERENCES organizations(id),
  first_name text NOT NULL,
  last_name text NOT NULL,
  date_of_birth text NOT NULL,            -- YYYY-MM-DD
  email text,                             -- normalised, may be absent
  employee_id text,                       -- normalised, may be absent
  line integer NOT NULL                   -- line in the uploaded file, for reports
);
CREATE INDEX roster_entries_identity ON roster_entries(organization_id, last_name, date_of_birth);

CREATE TABLE users (
  id text PRIMARY KEY,
  email text NOT NULL,                    -- normalised
  password_hash text NOT NULL,            -- Argon2id (libsodium crypto_pwhash_str)
  role text NOT NULL CHECK (role IN ('member', 'therapist', 'org_admin', 'admin')),
  first_name text NOT NULL,
  last_name text NOT NULL,
  date_of_birth text,                     -- members only
  organization_id text REFERENCES organizations(id),
  created_at bigint NOT NULL,
  password_changed_at bigint NOT NULL
);
CREATE UNIQUE INDEX users_email ON users(email);
CREATE INDEX users_role ON users(role);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,            -- hex of a hash of the 256-bit token; never the token
  user_id text NOT NULL REFERENCES users(id),
  created_at bigint NOT NULL,
  last_seen_at bigint NOT NULL,
  revoked_at bigint
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Failed logins counted per key ("account:<email>" or "address:<ip>") within a window.
CREATE TABLE login_failures (
  key text PRIMARY KEY,
  window_started_at bigint NOT NULL,
  failures integer NOT NULL
);

CREATE TABLE care_assignments (
  member_id text PRIMARY KEY REFERENCES users(id),
  therapist_id text NOT NULL REFERENCES users(id),
  assigned_at bigint NOT NULL
);
CREATE INDEX care_assignments_therapist ON care_assignments(therapist_id);

-- Append-only: every read or write of a member's health data, every login and every denial.
-- Each row's hash covers its fields and the previous row's hash, so any edit breaks the chain.
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at bigint NOT NULL,
  actor_id text,                          -- null for anonymous callers
  actor_role text,
  action text NOT NULL,                   -- e.g. read, write, login, login_failed, denied
  entity text NOT NULL,                   -- e.g. intake, program, session, message
  member_id text,                         -- whose health data, when any
  outcome text NOT NULL,                  -- allowed | denied | failed
  request_id text,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_member ON audit_log(member_id, seq);

-- The refusal uses SQLSTATE 23000 (integrity constraint violation), the class SQLite's
-- RAISE(ABORT) in a trigger reports, so both back ends answer an edit the same way.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- The chain's newest link, read under a transaction-scoped lock: several servers append to one
-- database, and without the lock two of them could read the same tail and both try to add the
-- next seq. The lock waits for the other writer's commit; the SELECT after it, as a separate
-- statement in a VOLATILE function, sees that commit (READ COMMITTED takes a new snapshot).
CREATE FUNCTION audit_log_tail() RETURNS TABLE (seq bigint, hash text) LANGUAGE plpgsql
VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(465491244404);
  RETURN QUERY SELECT a.seq, a.hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
END;
$$;
