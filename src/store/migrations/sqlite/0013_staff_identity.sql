-- Staff identity and account recovery (issue 15): a second factor for staff, disabled accounts,
-- break-glass access to a member's record, password reset and email verification by mail, and
-- the client's own request id beside the server's in the audit log.

-- An admin can switch an account off; every session of it ends at once (find_session joins on
-- this). Members confirm their email from a link; NULL: not confirmed (or signed up before).
ALTER TABLE users ADD COLUMN disabled_at INTEGER;
ALTER TABLE users ADD COLUMN email_verified_at INTEGER;

-- TOTP (RFC 6238) for staff. The secret is kept as base32 so the app can be shown it again only
-- while unconfirmed; last_used_step refuses a code used once already (replay).
CREATE TABLE staff_totp (
  user_id TEXT PRIMARY KEY REFERENCES users(id),
  secret TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  confirmed_at INTEGER,
  last_used_step INTEGER
) STRICT;

-- Ten one-time recovery codes per enrolment, only their SHA-256 kept.
CREATE TABLE recovery_codes (
  code_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  used_at INTEGER
) STRICT;
CREATE INDEX recovery_codes_user ON recovery_codes(user_id);

-- After the right password, a staff member with TOTP holds a short-lived ticket (its hash here)
-- until the code is given; only then is a session started.
CREATE TABLE login_tickets (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  expires_at INTEGER NOT NULL,
  used_at INTEGER
) STRICT;
CREATE INDEX login_tickets_user ON login_tickets(user_id);

-- A session that may only enrol a second factor (staff logging in when an admin requires TOTP
-- and they have none yet).
ALTER TABLE sessions ADD COLUMN enrolment_only INTEGER NOT NULL DEFAULT 0;

-- Settings an admin changes at run time (staff_totp_required).
CREATE TABLE site_settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Break-glass: someone outside a member's care team opened the record, giving a reason, for a
-- limited time. The member's therapist sees these in the record.
CREATE TABLE break_glass (
  id TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id),
  actor_id TEXT NOT NULL REFERENCES users(id),
  actor_role TEXT NOT NULL,
  reason TEXT NOT NULL,
  opened_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX break_glass_member ON break_glass(member_id, actor_id);

-- Password reset and email verification links: single use, short-lived, only the hash kept.
CREATE TABLE account_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  purpose TEXT NOT NULL CHECK (purpose IN ('password_reset', 'email_verification')),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
) STRICT;
CREATE INDEX account_tokens_user ON account_tokens(user_id);

-- The client's own X-Request-Id (at most 64 letters, digits, - or _), apart from the server's.
ALTER TABLE audit_log ADD COLUMN client_request_id TEXT;
