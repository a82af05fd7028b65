-- Eligibility checks. Sign-up with an email names no organization, so a person is looked up
-- on every roster by name and date of birth. Checks are anonymous (they precede sign-up), so
-- each address gets a small number per window to keep anyone from reading a roster by guessing.
CREATE INDEX roster_entries_person ON roster_entries(last_name, date_of_birth, first_name);

CREATE TABLE eligibility_checks (
  address text PRIMARY KEY,
  window_started_at bigint NOT NULL,      -- epoch ms
  checks integer NOT NULL
);
