-- A pain reading logged now is newer than every reading the member has: it moves the five newest
-- along by one (pain_1 becomes pain_2, ...) with one update of the signals row and no reads. Only a
-- reading logged late (older than the newest, e.g. a session saved offline and sent days later)
-- counts the five newest again from the indexes, as 0016 did (a reading changed still does, by
-- 0016's *_changed triggers). At 1,000,000 members the recount was about two thirds of a
-- check-in's database time (docs/scale.md). The two conditions exclude each other whichever
-- trigger SQLite fires first: the newest one leaves last_logged_at equal to NEW.at.
DROP TRIGGER queue_signals_session_logged;
DROP TRIGGER queue_signals_checkin_logged;

CREATE TRIGGER queue_signals_session_newest AFTER INSERT ON member_sessions
  WHEN NOT NEW.at < coalesce((SELECT last_logged_at FROM member_queue_signals
                              WHERE member_id = NEW.member_id), NEW.at)
BEGIN
  UPDATE member_queue_signals
    SET (pain_1, pain_2, pain_3, pain_4, pain_5, last_logged_at) =
        (NEW.pain_before, pain_1, pain_2, pain_3, pain_4, NEW.at)
    WHERE member_id = NEW.member_id;
END;
CREATE TRIGGER queue_signals_checkin_newest AFTER INSERT ON member_checkins
  WHEN NOT NEW.at < coalesce((SELECT last_logged_at FROM member_queue_signals
                              WHERE member_id = NEW.member_id), NEW.at)
BEGIN
  UPDATE member_queue_signals
    SET (pain_1, pain_2, pain_3, pain_4, pain_5, last_logged_at) =
        (NEW.pain, pain_1, pain_2, pain_3, pain_4, NEW.at)
    WHERE member_id = NEW.member_id;
END;

CREATE TRIGGER queue_signals_session_logged AFTER INSERT ON member_sessions
  WHEN NEW.at < (SELECT last_logged_at FROM member_queue_signals WHERE member_id = NEW.member_id)
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
  WHEN NEW.at < (SELECT last_logged_at FROM member_queue_signals WHERE member_id = NEW.member_id)
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
