-- Login throttling waits longer with each failure of an account from one address, counted from
-- the last failure (core/access/login_throttle.hpp), so each count remembers when that was.
ALTER TABLE login_failures ADD COLUMN last_failure_at bigint NOT NULL DEFAULT 0;

-- One member account per person on a roster. A roster entry has no id of its own (an upload
-- replaces the whole roster), so the person is named by what sign-up matched: the organization
-- and the normalised last name, date of birth and first name (core::enrollment_key).
CREATE TABLE enrollments (
  person_key text PRIMARY KEY,
  member_id text NOT NULL REFERENCES users(id)
);
CREATE INDEX enrollments_member ON enrollments(member_id);

-- Members who signed up before: the first account of each person keeps the place. lower() folds
-- ASCII letters as core::normalise_name does (and other letters too, here); names typed with extra spaces are not matched here.
INSERT INTO enrollments (person_key, member_id)
SELECT organization_id || '|' || lower(trim(last_name)) || '|' || date_of_birth || '|' ||
         lower(trim(first_name)),
       min(id)
FROM users
WHERE role = 'member' AND organization_id IS NOT NULL AND date_of_birth IS NOT NULL
GROUP BY organization_id || '|' || lower(trim(last_name)) || '|' || date_of_birth || '|' ||
           lower(trim(first_name));
