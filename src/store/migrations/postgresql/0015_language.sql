-- The language a person chose for Motus's words (core::Language: 'en' or 'es'); NULL: no
-- choice, so each answer follows the browser's Accept-Language, else English.
ALTER TABLE users ADD COLUMN language text CHECK (language IN ('en', 'es'));

-- The search index over the Spanish words of the knowledge base (content/es), the twin of
-- content_search with the 'spanish' configuration, which stems ("estiramientos" finds
-- "estiramiento"). unaccent is an extension not every server has, so accents are not folded
-- here; a word typed without its accent matches on SQLite only.
CREATE TABLE content_search_es (
  kind text NOT NULL,
  ref text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('spanish', title), 'A') || setweight(to_tsvector('spanish', body), 'D')
  ) STORED
);
CREATE INDEX content_search_es_document ON content_search_es USING gin (document);
