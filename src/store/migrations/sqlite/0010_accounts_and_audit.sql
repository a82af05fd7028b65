-- Login throttling waits longer with each failure of an account from one address, counted from
-- the last failure (core/access/login_throttle.hpp), so each count remembers when that was.
ALTER TABLE login_failures ADD COLUMN last_failure_at INTEGER NOT NULL DEFAULT 0;

-- One member account per person on a roster. A roster entry has no id of its own (an upload
-- replaces the whole roster), so the person is named by what sign-up matched: the organization
-- and the normalised last name, date of birth and first name (core::enrollment_key).
CREATE TABLE enrollments (
  person_key TEXT PRIMARY KEY,
  member_id TEXT NOT NULL REFERENCES users(id)
) STRICT;
CREATE INDEX enrollments_member ON enrollments(member_id);

-- Members who signed up before: the first account of each person keeps the place. lower() folds
-- ASCII letters as core::normalise_name does; names typed with extra spaces are not matched here.
INSERT INTO enrollments (person_key, member_id)
SELECT organization_id || '|' || lower(trim(last_name)) || '|' || date_of_birth || '|' ||
         lower(trim(first_name)),
       min(id)
FROM users
WHERE role = 'member' AND organization_id IS NOT NULL AND date_of_birth IS NOT NULL
GROUP BY organization_id || '|' || lower(trim(last_name)) || '|' || date_of_birth || '|' ||
           lower(trim(first_name));
