-- A pain reading logged now is newer than every reading the member has: it moves the five newest
-- along by one (pain_1 becomes pain_2, ...) with one update of the signals row and no reads. Only a
-- reading logged late (older than the newest, e.g. a session saved offline and sent days later)
-- or a reading changed counts the five newest again from the indexes, as 0016 did. At 1,000,000
-- members the recount was about two thirds of a check-in's database time (docs/scale.md).
CREATE OR REPLACE FUNCTION queue_signals_reading() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  reading integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF TG_TABLE_NAME = 'member_sessions' THEN
      reading := NEW.pain_before;
    ELSE
      reading := NEW.pain;
    END IF;
    UPDATE member_queue_signals
      SET (pain_1, pain_2, pain_3, pain_4, pain_5, last_logged_at) =
          (reading, pain_1, pain_2, pain_3, pain_4, NEW.at)
      WHERE member_id = NEW.member_id AND (last_logged_at IS NULL OR last_logged_at <= NEW.at);
    IF FOUND THEN
      RETURN NULL;
    END IF;
  END IF;
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
  RETURN NULL;
END;
$$;
