-- The language a person chose for Motus's words (core::Language: 'en' or 'es'); NULL: no
-- choice, so each answer follows the browser's Accept-Language, else English.
ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('en', 'es'));

-- The search index over the Spanish words of the knowledge base (content/es), rebuilt from the
-- files at every start like content_search. FTS5 has no Spanish stemmer: unicode61 folds case
-- and accents ("cadera" finds "Cadera", "glúteo" finds "gluteo"), and the query adds a prefix
-- match to each word so "estiramiento" also finds "estiramientos".
CREATE VIRTUAL TABLE content_search_es USING fts5(
  kind UNINDEXED,
  ref UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
