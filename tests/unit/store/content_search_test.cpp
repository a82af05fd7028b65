// The knowledge-base search on both back ends, over the shipped content: the same words find the
// same kind of answers first (FTS5 with bm25 on SQLite, a weighted tsvector with ts_rank_cd on
// PostgreSQL), snippets mark the words, and typed text is never query syntax.
#include "store/content_search.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "content/load_knowledge_base.hpp"
#include "support/test_database.hpp"

namespace motus::store {
namespace {

const core::KnowledgeBase& shipped() {
  static const auto loaded =
      content::load_knowledge_base(std::string(MOTUS_SOURCE_DIR) + "/content");
  return loaded.knowledge_base;
}

bool lists(const std::vector<std::string>& items, const std::string& wanted) {
  return std::find(items.begin(), items.end(), wanted) != items.end();
}

class ContentSearch : public testing::EachBackend {
 protected:
  void SetUp() override {
    testing::EachBackend::SetUp();
    if (HasFatalFailure()) return;
    db = open_db(url);
    db->migrate();
    reindex_content(*db, shipped());
  }
  std::unique_ptr<Db> db;
};

struct Expectation {
  std::string q;
  std::string pattern;   // the pain pattern the word is about
  std::string article;   // that pattern's own article
  std::string exercise;  // an exercise for that pattern that names the word or its nerve/muscle
};

// The API suite's ranking rules (tests/api/content_test.cpp), at the store: the pattern and its
// article among the first three hits, each of the first five about the pattern, and the named
// exercise before anything that is not about it.
TEST_P(ContentSearch, MatchingPatternArticleAndExercisesComeFirst) {
  const auto& kb = shipped();
  for (const auto& want : std::vector<Expectation>{
           {"piriformis", "piriformis", "piriformis-syndrome", "piriformis_stretch"},
           {"tailbone", "coccydynia", "coccydynia", "sit_to_stand"},
           {"pregnant", "pregnancy_pgp", "pelvic-girdle-pain-in-pregnancy", "side_lying_rest"},
           {"sciatica", "radicular", "sciatica", "sciatic_nerve_glide"}}) {
    SCOPED_TRACE(want.q);
    const auto about = [&](const SearchHit& hit) {
      if (hit.kind == "exercise") return lists(kb.exercise(hit.ref)->patterns, want.pattern);
      if (hit.kind == "article") return lists(kb.article(hit.ref)->patterns, want.pattern);
      return hit.ref == want.pattern || lists(kb.pattern(hit.ref)->articles, want.article);
    };
    const auto hits = search_content(*db, want.q, 20);
    ASSERT_GE(hits.size(), 5u);
    std::string order;
    for (const auto& hit : hits) order += hit.kind + ":" + hit.ref + " ";
    const auto rank_of = [&](const std::string& kind, const std::string& ref) {
      const auto found = std::find_if(hits.begin(), hits.end(), [&](const SearchHit& hit) {
        return hit.kind == kind && hit.ref == ref;
      });
      return static_cast<std::size_t>(found - hits.begin());
    };
    EXPECT_LT(rank_of("pattern", want.pattern), 3u) << order;
    EXPECT_LT(rank_of("article", want.article), 3u) << order;
    for (std::size_t i = 0; i < 5; ++i)
      EXPECT_TRUE(about(hits[i])) << "hit " << i << " in " << order;
    const std::size_t exercise_rank = rank_of("exercise", want.exercise);
    ASSERT_LT(exercise_rank, hits.size()) << order;
    for (std::size_t i = 0; i < exercise_rank; ++i)
      EXPECT_TRUE(about(hits[i])) << "hit " << i << " in " << order;
  }
}

TEST_P(ContentSearch, SnippetsMarkTheWordsSearchedFor) {
  const auto hits = search_content(*db, "tailbone", 10);
  ASSERT_FALSE(hits.empty());
  std::size_t marked = 0;
  for (const auto& hit : hits) {
    for (const auto& part : hit.snippet) {
      EXPECT_EQ(part.text.find_first_of("\x01\x02"), std::string::npos) << "markers are removed";
      if (part.hit) {
        std::string word = part.text;
        std::transform(word.begin(), word.end(), word.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        EXPECT_EQ(word, "tailbone") << hit.ref;
        ++marked;
      }
    }
  }
  EXPECT_GE(marked, hits.size() / 2) << "most hits show the word in context";
}

TEST_P(ContentSearch, OtherFormsOfAWordMatchAndEveryWordMustMatch) {
  const auto hits = search_content(*db, "stretches", 5);
  ASSERT_FALSE(hits.empty());
  EXPECT_TRUE(std::any_of(hits[0].snippet.begin(), hits[0].snippet.end(),
                          [](const SnippetPart& part) { return part.hit; }));
  EXPECT_TRUE(search_content(*db, "zzyzx piriformis", 5).empty());
  EXPECT_FALSE(search_content(*db, "piriformis stretch", 5).empty());
}

TEST_P(ContentSearch, TypedSyntaxIsPlainText) {
  for (const std::string typed :
       {"\"", "*", "NEAR(", "a OR", "AND NOT", "title:tailbone", "(tailbone", "-tailbone", "^",
        "'; DROP TABLE content_search;--", "tailbone & | ! <->", "\xE2\x80\x99"}) {
    EXPECT_NO_THROW(search_content(*db, typed, 5)) << typed;
  }
  EXPECT_FALSE(search_content(*db, "\"tailbone\"", 5).empty());
  EXPECT_FALSE(search_content(*db, "tailbone", 5).empty()) << "the index survived";
}

TEST_P(ContentSearch, ReindexReplacesEverything) {
  reindex_content(*db, shipped());
  const auto hits = search_content(*db, "piriformis", 50);
  std::vector<std::string> seen;
  for (const auto& hit : hits) seen.push_back(hit.kind + ":" + hit.ref);
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end()) << "no item twice";
}

INSTANTIATE_TEST_SUITE_P(Backends, ContentSearch,
                         ::testing::Values(testing::Backend::sqlite, testing::Backend::postgresql),
                         testing::backend_name);

}  // namespace
}  // namespace motus::store
