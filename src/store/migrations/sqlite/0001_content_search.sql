-- The search index over the knowledge base (exercises, patterns, articles). The content lives
-- in files and is loaded at start; this table only holds its searchable text and is rebuilt
-- from the files at every start, so it never needs a data migration of its own.
-- kind and ref identify the item and are not searched; title weighs most in the ranking.
-- porter lets "stretches" find "stretching"; unicode61 folds case and accents.
CREATE VIRTUAL TABLE content_search USING fts5(
  kind UNINDEXED,
  ref UNINDEXED,
  title,
  body,
  tokenize = 'porter unicode61'
);
