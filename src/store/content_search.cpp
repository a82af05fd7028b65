#include "store/content_search.hpp"

#include <algorithm>
#include <cctype>

namespace motus::store {
namespace {

// The index table is FTS5 on SQLite and a table with a weighted tsvector on PostgreSQL (see each
// dialect's 0001_content_search.sql); clearing and filling it is the same SQL on both.
const Statement clear_index{"content_search_clear", "DELETE FROM content_search"};
const Statement insert_document{"content_search_insert",
                                "INSERT INTO content_search (kind, ref, title, body) "
                                "VALUES ($1, $2, $3, $4)"};
// $1 is the match expression below: quoted words side by side, every one required. SQLite:
// weights follow the table's columns (kind and ref are not searched, a title match counts ten
// times a body match), and bm25 favours short documents. PostgreSQL: plainto_tsquery reads the
// same text as the same words ANDed together (the quotes are punctuation to it); title words are
// weight A (1.0) and body words weight D (0.1), and normalization 2 divides the rank by the
// document's length, as bm25 favours short ones (log-length, normalization 1, let long articles
// that mention a word in passing outrank the item about it). Both snippets come from the body and
// mark hits with the control characters \x01 and \x02, which indexed text never contains, so
// the caller can escape the text and mark the hits safely.
const Statement search_index{
    "content_search_query",
    "SELECT kind, ref, title, snippet(content_search, 3, char(1), char(2), '…', 24) "
    "FROM content_search WHERE content_search MATCH $1 "
    "ORDER BY bm25(content_search, 0.0, 0.0, 10.0, 1.0), kind, ref LIMIT $2",
    "SELECT kind, ref, title, ts_headline('english', body, query, "
    "'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=24, MinWords=12') "
    "FROM content_search, plainto_tsquery('english', $1) AS query WHERE document @@ query "
    "ORDER BY ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', document, query, 2) DESC, kind, ref LIMIT $2"};

// The same three statements over the Spanish words (migration 0015): FTS5 has no Spanish
// stemmer, so each word also matches as a prefix there; PostgreSQL stems with 'spanish'.
const Statement clear_index_es{"content_search_es_clear", "DELETE FROM content_search_es"};
const Statement insert_document_es{"content_search_es_insert",
                                   "INSERT INTO content_search_es (kind, ref, title, body) "
                                   "VALUES ($1, $2, $3, $4)"};
const Statement search_index_es{
    "content_search_es_query",
    "SELECT kind, ref, title, snippet(content_search_es, 3, char(1), char(2), '…', 24) "
    "FROM content_search_es WHERE content_search_es MATCH $1 "
    "ORDER BY bm25(content_search_es, 0.0, 0.0, 10.0, 1.0), kind, ref LIMIT $2",
    "SELECT kind, ref, title, ts_headline('spanish', body, query, "
    "'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=24, MinWords=12') "
    "FROM content_search_es, plainto_tsquery('spanish', $1) AS query WHERE document @@ query "
    "ORDER BY ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', document, query, 2) DESC, kind, ref LIMIT $2"};

// One language's index: its statements, whether words match as prefixes, and the words that
// label the muscles and patterns in an exercise's searchable text.
struct Index {
  const Statement& clear;
  const Statement& insert;
  const Statement& search;
  bool prefixes;
  std::string_view works;
  std::string_view helps_with;
};

const Index& index_for(core::Language language) {
  static const Index english{clear_index, insert_document, search_index,
                             false,       "Works: ",       "Helps with: "};
  static const Index spanish{clear_index_es, insert_document_es, search_index_es,
                             true,           "Trabaja: ",        "Ayuda con: "};
  return language == core::Language::es ? spanish : english;
}

constexpr char kHitStart = '\x01';
constexpr char kHitEnd = '\x02';
// More words than anyone types into a search box; bounds the work of one query.
constexpr std::size_t kMostWords = 32;

struct Document {
  std::string kind;
  std::string ref;
  std::string title;
  std::string body;
};

// Control characters would collide with the snippet's hit markers.
std::string without_control_characters(std::string text) {
  std::replace_if(
      text.begin(), text.end(),
      [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n'; }, ' ');
  return text;
}

std::string spaced(std::string id) {
  std::replace(id.begin(), id.end(), '_', ' ');
  return id;
}

// Markdown as plain text, so snippets read as sentences: headings, emphasis and code marks go,
// and a link keeps its words but not its address.
std::string plain_text(std::string_view markdown) {
  std::string out;
  out.reserve(markdown.size());
  bool line_start = true;
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    const char c = markdown[i];
    if (line_start && c == '#') continue;
    line_start = c == '\n';
    if (c == '*' || c == '`' || c == '[') continue;
    if (c == ']' && i + 1 < markdown.size() && markdown[i + 1] == '(') {
      const auto close = markdown.find(')', i);
      if (close != std::string_view::npos) {
        i = close;
        continue;
      }
    }
    out += c;
  }
  return out;
}

void append_line(std::string& body, std::string_view line) {
  if (line.empty()) return;
  if (!body.empty()) body += '\n';
  body += line;
}

void append_lines(std::string& body, const std::vector<std::string>& lines) {
  for (const auto& line : lines) append_line(body, line);
}

Document exercise_document(const core::KnowledgeBase& knowledge_base,
                           const core::Exercise& exercise, const Index& index) {
  std::string body = exercise.summary;
  append_lines(body, exercise.steps);
  if (!exercise.target_muscles.empty()) {
    std::string muscles = std::string(index.works) + spaced(exercise.target_muscles.front());
    for (std::size_t i = 1; i < exercise.target_muscles.size(); ++i) {
      muscles += ", " + spaced(exercise.target_muscles[i]);
    }
    append_line(body, muscles);
  }
  for (const auto& pattern_id : exercise.patterns) {
    if (const auto* pattern = knowledge_base.pattern(pattern_id)) {
      append_line(body, std::string(index.helps_with) + pattern->name);
    }
  }
  return {"exercise", exercise.id, exercise.name, body};
}

// Member-facing text only: the therapist notes never reach the index, so no snippet shows them.
// The "see a doctor" lists are left out because every pattern carries nearly the same list,
// which would rank all patterns alike for warning-sign words; the warning-signs article covers
// them.
Document pattern_document(const core::Pattern& pattern) {
  std::string body = pattern.short_description;
  append_line(body, pattern.overview);
  append_lines(body, pattern.how_it_feels);
  append_lines(body, pattern.aggravating);
  append_lines(body, pattern.causes);
  append_lines(body, pattern.what_helps);
  return {"pattern", pattern.id, pattern.name, body};
}

Document article_document(const core::Article& article) {
  std::string body = article.summary;
  append_line(body, plain_text(article.body));
  return {"article", article.slug, article.title, body};
}

std::vector<Document> documents(const core::KnowledgeBase& knowledge_base, const Index& index) {
  std::vector<Document> all;
  for (const auto& exercise : knowledge_base.exercises()) {
    all.push_back(exercise_document(knowledge_base, exercise, index));
  }
  for (const auto& pattern : knowledge_base.patterns()) all.push_back(pattern_document(pattern));
  for (const auto& article : knowledge_base.articles()) all.push_back(article_document(article));
  return all;
}

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return std::isalnum(byte) || byte >= 0x80;
}

// Each run of letters and digits becomes a quoted phrase, so quotes, stars, NEAR, OR, AND,
// colons and brackets typed by a person are plain text, never query syntax. Phrases side by
// side must all match.
std::string match_expression(std::string_view typed, bool prefixes) {
  std::string expression;
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < typed.size() && words < kMostWords) {
    while (i < typed.size() && !is_word_byte(typed[i])) ++i;
    const std::size_t start = i;
    while (i < typed.size() && is_word_byte(typed[i])) ++i;
    if (i == start) break;
    if (!expression.empty()) expression += ' ';
    expression += '"';
    expression += typed.substr(start, i - start);
    expression += '"';
    if (prefixes) expression += '*';
    ++words;
  }
  return expression;
}

std::vector<SnippetPart> snippet_parts(std::string_view marked) {
  std::vector<SnippetPart> parts;
  bool hit = false;
  std::string text;
  auto flush = [&] {
    if (!text.empty()) parts.push_back({std::move(text), hit});
    text.clear();
  };
  for (const char c : marked) {
    if (c == kHitStart || c == kHitEnd) {
      flush();
      hit = c == kHitStart;
    } else {
      text += c;
    }
  }
  flush();
  return parts;
}

}  // namespace

void reindex_content(Db& db, const core::KnowledgeBase& knowledge_base, core::Language language) {
  const Index& index = index_for(language);
  auto all = documents(knowledge_base, index);
  db.write_and_wait([&all, &index](Connection& connection) {
    connection.execute(index.clear);
    for (const auto& document : all) {
      connection.execute(index.insert,
                         {document.kind, document.ref, without_control_characters(document.title),
                          without_control_characters(document.body)});
    }
  });
}

std::vector<SearchHit> search_content(Db& db, std::string_view typed, std::size_t limit,
                                      core::Language language) {
  const Index& index = index_for(language);
  const std::string expression = match_expression(typed, index.prefixes);
  if (expression.empty() || limit == 0) return {};
  std::vector<SearchHit> hits;
  db.read([&](Connection& connection) {
    const Rows rows =
        connection.query(index.search, {expression, static_cast<std::int64_t>(limit)});
    for (const auto& row : rows) {
      hits.push_back({row.text(0), row.text(1), row.text(2), snippet_parts(row.text(3))});
    }
  });
  return hits;
}

}  // namespace motus::store
