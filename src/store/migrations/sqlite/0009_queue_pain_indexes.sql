-- The therapist queue reads each member's latest pain readings (src/store/care_queue_signals.cpp).
-- With the pain in the index beside (member_id, at), those reads stay in the index and never
-- fetch the wide session rows (each keeps its body and answer): at 1,000,000 members a queue's
-- recent-pain read went from hundreds of heap pages to index pages only. The same names, so every
-- query that used the two-column indexes keeps using them.
DROP INDEX member_sessions_member;
CREATE INDEX member_sessions_member ON member_sessions(member_id, at, pain_before);
DROP INDEX member_checkins_member;
CREATE INDEX member_checkins_member ON member_checkins(member_id, at, pain);
