-- The search index over the knowledge base (exercises, patterns, articles); the PostgreSQL twin
-- of SQLite's FTS5 table. It only holds searchable text and is rebuilt from the content files at
-- every start. `document` is computed from title and body: title words carry weight A, body
-- words weight D, and the search ranks with weights {D 0.1, C 0.2, B 0.4, A 1.0}, so a title
-- match counts ten times a body match, as bm25(…, 10.0, 1.0) does on SQLite. The 'english'
-- configuration stems ("stretches" finds "stretching") and folds case.
CREATE TABLE content_search (
  kind text NOT NULL,
  ref text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'D')
  ) STORED
);
CREATE INDEX content_search_document ON content_search USING gin (document);
