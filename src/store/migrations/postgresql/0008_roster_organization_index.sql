-- Both eligibility lookups (by email, by enrollment code) use roster_entries_person; the only
-- statements that use roster_entries_identity (counting, listing and clearing one roster) search
-- it by organization_id alone (EXPLAIN QUERY PLAN, docs/performance.md). Its name and birthday
-- columns were never read, yet every roster import wrote them: an index on the organization
-- alone serves the same statements with about half the bytes to write.
DROP INDEX roster_entries_identity;
CREATE INDEX roster_entries_organization ON roster_entries(organization_id);
