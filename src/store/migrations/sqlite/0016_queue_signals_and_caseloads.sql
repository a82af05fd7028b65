-- What the therapist queue ranks, kept per member, and each therapist's caseload size, so the
-- queue is one indexed read of a caseload and sign-up's least-loaded therapist one indexed read of
-- the counts (issue 19). Triggers keep both in the same transaction as every write that changes
-- them, whichever code (or hand-written SQL) makes the write; the statements that read them are
-- src/store/care_queue_signals.cpp and src/store/care_assignment_repository.cpp.

-- One row per member, made with the account (and below for every member already there). A
-- column is NULL, or 0, when there is nothing of its kind yet. The four times are each kind's
-- latest activity (the queue takes the latest of them): a session seen (log-in or use), a message
-- written, a session or check-in logged, a video visit. pain_1..pain_5 are the latest pain
-- readings (a session's pain before exercising, a check-in's pain), newest first.
CREATE TABLE member_queue_signals (
  member_id TEXT PRIMARY KEY REFERENCES users(id),
  unread_from_member INTEGER NOT NULL DEFAULT 0,  -- the member's messages the care team has not read
  self_harm_flags INTEGER NOT NULL DEFAULT 0,     -- open care flags by kind
  emergency_flags INTEGER NOT NULL DEFAULT 0,
  urgent_flags INTEGER NOT NULL DEFAULT 0,
  severe_depression_flags INTEGER NOT NULL DEFAULT 0,
  visits_without_note INTEGER NOT NULL DEFAULT 0, -- held (ended) visits whose note is empty
  pain_1 INTEGER,
  pain_2 INTEGER,
  pain_3 INTEGER,
  pain_4 INTEGER,
  pain_5 INTEGER,
  last_seen_at INTEGER,
  last_message_at INTEGER,
  last_logged_at INTEGER,
  last_visit_at INTEGER
) STRICT;

-- A therapist's count of assigned members, and their organization's pool when they have one
-- (users.organization_id): least loaded first within a pool, ties to the smallest id.
CREATE TABLE therapist_caseloads (
  therapist_id TEXT PRIMARY KEY REFERENCES users(id),
  organization_id TEXT,
  members INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX therapist_caseloads_least_loaded
  ON therapist_caseloads(organization_id, members, therapist_id);

-- One organization's people (the organization report, an organization's staff list, sign-up's
-- pool) without reading every account: docs/scale.md, "Statements that grow with the whole
-- database".
CREATE INDEX users_organization ON users(organization_id, role);

-- The accounts: a member gets a signals row, a therapist a caseload row.
CREATE TRIGGER queue_signals_new_member AFTER INSERT ON users WHEN NEW.role = 'member'
BEGIN
  INSERT INTO member_queue_signals (member_id) VALUES (NEW.id);
END;
CREATE TRIGGER caseloads_new_therapist AFTER INSERT ON users WHEN NEW.role = 'therapist'
BEGIN
  INSERT INTO therapist_caseloads (therapist_id, organization_id, members)
    VALUES (NEW.id, NEW.organization_id, 0);
END;
CREATE TRIGGER caseloads_therapist_pool AFTER UPDATE OF organization_id ON users
  WHEN NEW.role = 'therapist'
BEGIN
  UPDATE therapist_caseloads SET organization_id = NEW.organization_id WHERE therapist_id = NEW.id;
END;

-- Care assignments: made, moved (an upsert's update too) and removed.
CREATE TRIGGER caseloads_assigned AFTER INSERT ON care_assignments
BEGIN
  UPDATE therapist_caseloads SET members = members + 1 WHERE therapist_id = NEW.therapist_id;
END;
CREATE TRIGGER caseloads_moved AFTER UPDATE OF therapist_id ON care_assignments
  WHEN NEW.therapist_id <> OLD.therapist_id
BEGIN
  UPDATE therapist_caseloads SET members = members - 1 WHERE therapist_id = OLD.therapist_id;
  UPDATE therapist_caseloads SET members = members + 1 WHERE therapist_id = NEW.therapist_id;
END;
CREATE TRIGGER caseloads_unassigned AFTER DELETE ON care_assignments
BEGIN
  UPDATE therapist_caseloads SET members = members - 1 WHERE therapist_id = OLD.therapist_id;
END;

-- Sessions: a new one or a later last_seen_at moves the member's latest forward; an earlier one
-- (never made by Motus) is read again from the member's sessions.
CREATE TRIGGER queue_signals_session_made AFTER INSERT ON sessions
BEGIN
  UPDATE member_queue_signals SET last_seen_at = NEW.last_seen_at
    WHERE member_id = NEW.user_id AND (last_seen_at IS NULL OR last_seen_at < NEW.last_seen_at);
END;
CREATE TRIGGER queue_signals_session_seen AFTER UPDATE OF last_seen_at ON sessions
  WHEN NEW.last_seen_at >= OLD.last_seen_at
BEGIN
  UPDATE member_queue_signals SET last_seen_at = NEW.last_seen_at
    WHERE member_id = NEW.user_id AND (last_seen_at IS NULL OR last_seen_at < NEW.last_seen_at);
END;
CREATE TRIGGER queue_signals_session_back AFTER UPDATE OF last_seen_at ON sessions
  WHEN NEW.last_seen_at < OLD.last_seen_at
BEGIN
  UPDATE member_queue_signals
    SET last_seen_at = (SELECT max(last_seen_at) FROM sessions WHERE user_id = NEW.user_id)
    WHERE member_id = NEW.user_id;
END;

-- Messages from the member: unread count and latest, read again from the member's messages.
CREATE TRIGGER queue_signals_message_sent AFTER INSERT ON messages
  WHEN NEW.sender_side = 'member'
BEGIN
  UPDATE member_queue_signals SET (unread_from_member, last_message_at) = (
    SELECT count(CASE WHEN read_at IS NULL THEN 1 END), max(sent_at) FROM messages
    WHERE member_id = NEW.member_id AND sender_side = 'member')
  WHERE member_id = NEW.member_id;
END;
CREATE TRIGGER queue_signals_message_read AFTER UPDATE OF read_at, sent_at ON messages
  WHEN NEW.sender_side = 'member'
BEGIN
  UPDATE member_queue_signals SET (unread_from_member, last_message_at) = (
    SELECT count(CASE WHEN read_at IS NULL THEN 1 END), max(sent_at) FROM messages
    WHERE member_id = NEW.member_id AND sender_side = 'member')
  WHERE member_id = NEW.member_id;
END;

-- Care flags: the open ones by kind (a kind the queue does not name counts as urgent, as
-- care_queue_signals.cpp always read them).
CREATE TRIGGER queue_signals_flag_raised AFTER INSERT ON care_flags
BEGIN
  UPDATE member_queue_signals
    SET (self_harm_flags, emergency_flags, urgent_flags, severe_depression_flags) = (
      SELECT count(CASE WHEN kind = 'self_harm_thoughts' THEN 1 END),
             count(CASE WHEN kind = 'emergency' THEN 1 END),
             count(CASE WHEN kind NOT IN ('self_harm_thoughts', 'emergency', 'severe_depression')
                        THEN 1 END),
             count(CASE WHEN kind = 'severe_depression' THEN 1 END)
      FROM care_flags WHERE member_id = NEW.member_id AND resolved_at IS NULL)
  WHERE member_id = NEW.member_id;
END;
CREATE TRIGGER queue_signals_flag_handled AFTER UPDATE OF resolved_at, kind ON care_flags
BEGIN
  UPDATE member_queue_signals
    SET (self_harm_flags, emergency_flags, urgent_flags, severe_depression_flags) = (
      SELECT count(CASE WHEN kind = 'self_harm_thoughts' THEN 1 END),
             count(CASE WHEN kind = 'emergency' THEN 1 END),
             count(CASE WHEN kind NOT IN ('self_harm_thoughts', 'emergency', 'severe_depression')
                        THEN 1 END),
             count(CASE WHEN kind = 'severe_depression' THEN 1 END)
      FROM care_flags WHERE member_id = NEW.member_id AND resolved_at IS NULL)
  WHERE member_id = NEW.member_id;
END;

-- Pain readings and the latest logged: the five newest of the member's sessions and check-ins
-- (each side's five newest straight from its (member_id, at, pain) index, 0009).
CREATE TRIGGER queue_signals_session_logged AFTER INSERT ON member_sessions
BEGIN
  UPDATE member_queue_signals
    SET (pain_1, pain_2, pain_3, pain_4, pain_5, last_logged_at) = (
      SELECT max(CASE WHEN n = 1 THEN pain END), max(CASE WHEN n = 2 THEN pain END),
             max(CASE WHEN n = 3 THEN pain END), max(CASE WHEN n = 4 THEN pain END),
             max(CASE WHEN n = 5 THEN pain END), max(at)
      FROM (SELECT at, pain, row_number() OVER (ORDER BY at DESC) AS n FROM (
              SELECT at, pain FROM (SELECT at, pain_before AS pain FROM member_sessions
                                    WHERE member_id = NEW.member_id ORDER BY at DESC LIMIT 5) s
              UNION ALL
              SELECT at, pain FROM (SELECT at, pain FROM member_checkins
                                    WHERE member_id = NEW.member_id ORDER BY at DESC LIMIT 5) c
            ) readings) ranked
      WHERE n <= 5)
  WHERE member_id = NEW.member_id;
END;
CREATE TRIGGER queue_signals_session_changed AFTER UPDATE OF at, pain_before ON member_sessions
BEGIN
  UPDATE member_queue_signals
    SET (pain_1, pain_2, pain_3, pain_4, pain_5, last_logged_at) = (
      SELECT max(CASE WHEN n = 1 THEN pain END), max(CASE WHEN n = 2 THEN pain END),
             max(CASE WHEN n = 3 THEN pain END), max(CASE WHEN n = 4 THEN pain END),
             max(CASE WHEN n = 5 THEN pain END), max(at)
      FROM (SELECT at, pain, row_number() OVER (ORDER BY at DESC) AS n FROM (
              SELECT at, pain FROM (SELECT at, pain_before AS pain FROM member_sessions
                                    WHERE member_id = NEW.member_id ORDER BY at DESC LIMIT 5) s
              UNION ALL
              SELECT at, pain FROM (SELECT at, pain FROM member_checkins
                                    WHERE member_id = NEW.member_id ORDER BY at DESC LIMIT 5) c
            ) readings) ranked
      WHERE n <= 5)
  WHERE member_id = NEW.member_id;
END;
CREATE TRIGGER queue_signals_checkin_logged AFTER INSERT ON member_checkins
BEGIN
  UPDATE member_queue_signals
    SET (pain_1, pain_2, pain_3, pain_4, pain_5, last_logged_at) = (
      SELECT max(CASE WHEN n = 1 THEN pain END), max(CASE WHEN n = 2 THEN pain END),
             max(CASE WHEN n = 3 THEN pain END), max(CASE WHEN n = 4 THEN pain END),
             max(CASE WHEN n = 5 THEN pain END), max(at)
      FROM (SELECT at, pain, row_number() OVER (ORDER BY at DESC) AS n FROM (
              SELECT at, pain FROM (SELECT at, pain_before AS pain FROM member_sessions
                                    WHERE member_id = NEW.member_id ORDER BY at DESC LIMIT 5) s
              UNION ALL
              SELECT at, pain FROM (SELECT at, pain FROM member_checkins
                                    WHERE member_id = NEW.member_id ORDER BY at DESC LIMIT 5) c
            ) readings) ranked
      WHERE n <= 5)
  WHERE member_id = NEW.member_id;
END;
CREATE TRIGGER queue_signals_checkin_changed AFTER UPDATE OF at, pain ON member_checkins
BEGIN
  UPDATE member_queue_signals
    SET (pain_1, pain_2, pain_3, pain_4, pain_5, last_logged_at) = (
      SELECT max(CASE WHEN n = 1 THEN pain END), max(CASE WHEN n = 2 THEN pain END),
             max(CASE WHEN n = 3 THEN pain END), max(CASE WHEN n = 4 THEN pain END),
             max(CASE WHEN n = 5 THEN pain END), max(at)
      FROM (SELECT at, pain, row_number() OVER (ORDER BY at DESC) AS n FROM (
              SELECT at, pain FROM (SELECT at, pain_before AS pain FROM member_sessions
                                    WHERE member_id = NEW.member_id ORDER BY at DESC LIMIT 5) s
              UNION ALL
              SELECT at, pain FROM (SELECT at, pain FROM member_checkins
                                    WHERE member_id = NEW.member_id ORDER BY at DESC LIMIT 5) c
            ) readings) ranked
      WHERE n <= 5)
  WHERE member_id = NEW.member_id;
END;

-- Video visits: held ones still without a note, and the latest.
CREATE TRIGGER queue_signals_visit_started AFTER INSERT ON visits
BEGIN
  UPDATE member_queue_signals SET (visits_without_note, last_visit_at) = (
    SELECT count(CASE WHEN ended_at IS NOT NULL AND note = '' THEN 1 END), max(started_at)
    FROM visits WHERE member_id = NEW.member_id)
  WHERE member_id = NEW.member_id;
END;
CREATE TRIGGER queue_signals_visit_changed AFTER UPDATE OF started_at, ended_at, note ON visits
BEGIN
  UPDATE member_queue_signals SET (visits_without_note, last_visit_at) = (
    SELECT count(CASE WHEN ended_at IS NOT NULL AND note = '' THEN 1 END), max(started_at)
    FROM visits WHERE member_id = NEW.member_id)
  WHERE member_id = NEW.member_id;
END;

-- Every member and therapist already there, from the tables as they stand.
INSERT INTO therapist_caseloads (therapist_id, organization_id, members)
  SELECT u.id, u.organization_id,
         (SELECT count(*) FROM care_assignments a WHERE a.therapist_id = u.id)
  FROM users u WHERE u.role = 'therapist';
INSERT INTO member_queue_signals (member_id) SELECT id FROM users WHERE role = 'member';
UPDATE member_queue_signals
  SET last_seen_at = (SELECT max(last_seen_at) FROM sessions
                      WHERE user_id = member_queue_signals.member_id);
UPDATE member_queue_signals SET (unread_from_member, last_message_at) = (
  SELECT count(CASE WHEN read_at IS NULL THEN 1 END), max(sent_at) FROM messages
  WHERE member_id = member_queue_signals.member_id AND sender_side = 'member');
UPDATE member_queue_signals
  SET (self_harm_flags, emergency_flags, urgent_flags, severe_depression_flags) = (
    SELECT count(CASE WHEN kind = 'self_harm_thoughts' THEN 1 END),
           count(CASE WHEN kind = 'emergency' THEN 1 END),
           count(CASE WHEN kind NOT IN ('self_harm_thoughts', 'emergency', 'severe_depression')
                      THEN 1 END),
           count(CASE WHEN kind = 'severe_depression' THEN 1 END)
    FROM care_flags WHERE member_id = member_queue_signals.member_id AND resolved_at IS NULL);
UPDATE member_queue_signals
  SET (pain_1, pain_2, pain_3, pain_4, pain_5, last_logged_at) = (
    SELECT max(CASE WHEN n = 1 THEN pain END), max(CASE WHEN n = 2 THEN pain END),
           max(CASE WHEN n = 3 THEN pain END), max(CASE WHEN n = 4 THEN pain END),
           max(CASE WHEN n = 5 THEN pain END), max(at)
    FROM (SELECT at, pain, row_number() OVER (ORDER BY at DESC) AS n FROM (
            SELECT at, pain FROM (SELECT at, pain_before AS pain FROM member_sessions
                                  WHERE member_id = member_queue_signals.member_id
                                  ORDER BY at DESC LIMIT 5) s
            UNION ALL
            SELECT at, pain FROM (SELECT at, pain FROM member_checkins
                                  WHERE member_id = member_queue_signals.member_id
                                  ORDER BY at DESC LIMIT 5) c
          ) readings) ranked
    WHERE n <= 5);
UPDATE member_queue_signals SET (visits_without_note, last_visit_at) = (
  SELECT count(CASE WHEN ended_at IS NOT NULL AND note = '' THEN 1 END), max(started_at)
  FROM visits WHERE member_id = member_queue_signals.member_id);
