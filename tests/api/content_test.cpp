// The public knowledge-base routes and search, against the real binary serving the shipped
// content. What the content says is read with the project's own loader, so these tests hold
// when authors add or reword items.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "content/load_knowledge_base.hpp"
#include "support/server_process.hpp"

namespace motus::test {
namespace {

class ContentApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = start_shared_server({}, why_not_started_);
    loaded_ = new content::LoadResult(
        content::load_knowledge_base(std::string(MOTUS_SOURCE_DIR) + "/content"));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete loaded_;
  }

  static HttpClient client() { return server_->client(); }
  static const core::KnowledgeBase& shipped() { return loaded_->knowledge_base; }

  static nlohmann::json get_json(const std::string& target) {
    auto res = client().get(target);
    EXPECT_EQ(res.status, 200) << target << ": " << res.body;
    return res.json();
  }

  void SetUp() override { ASSERT_NE(server_, nullptr) << why_not_started_; }

  static ServerProcess* server_;
  static std::string why_not_started_;
  static content::LoadResult* loaded_;
};

ServerProcess* ContentApi::server_ = nullptr;
std::string ContentApi::why_not_started_;
content::LoadResult* ContentApi::loaded_ = nullptr;

bool lists(const nlohmann::json& array, const std::string& value) {
  return std::find(array.begin(), array.end(), value) != array.end();
}

std::set<std::string> ids(const nlohmann::json& items, const char* key = "id") {
  std::set<std::string> out;
  for (const auto& item : items) out.insert(item[key].get<std::string>());
  return out;
}

// --- lists and filters -----------------------------------------------------------------------

TEST_F(ContentApi, ThePainScaleHasWordsForEveryNumberFromNoPainToWorstPain) {
  const auto scale = get_json("/api/v1/pain-scale")["scale"];
  ASSERT_EQ(scale.size(), 11u);
  const std::vector<std::string> words = {"no pain",  "mild",     "mild",      "mild",
                                          "moderate", "moderate", "moderate",  "strong",
                                          "strong",   "strong",   "worst pain"};
  for (int pain = 0; pain <= 10; ++pain) {
    EXPECT_EQ(scale[pain]["pain"], pain);
    EXPECT_EQ(scale[pain]["words"], words[static_cast<std::size_t>(pain)]) << pain;
  }
}

TEST_F(ContentApi, ListsEveryExercisePatternAndArticle) {
  EXPECT_EQ(get_json("/api/v1/exercises")["exercises"].size(), shipped().exercises().size());
  EXPECT_EQ(get_json("/api/v1/patterns")["patterns"].size(), shipped().patterns().size());
  auto articles = get_json("/api/v1/articles")["articles"];
  ASSERT_EQ(articles.size(), shipped().articles().size());
  for (const auto& article : articles) {
    for (const char* key :
         {"slug", "title", "summary", "audience", "reading_minutes", "patterns"}) {
      EXPECT_TRUE(article.contains(key)) << key << " missing in " << article.dump();
    }
    EXPECT_FALSE(article.contains("source")) << "the list stays short";
  }
}

// Each filter value keeps exactly the exercises that list it: none without it (sound) and
// none with it left out (complete).
TEST_F(ContentApi, EachFilterKeepsExactlyTheExercisesThatListTheValue) {
  const auto all = get_json("/api/v1/exercises")["exercises"];
  struct Filter {
    std::string parameter;
    std::string field;  // where an exercise lists the value
    std::vector<std::string> values;
  };
  std::vector<Filter> filters = {
      {"pattern", "patterns", {}},
      {"position",
       "positions",
       {"standing", "sitting", "floor", "kneeling", "prone", "supine", "side_lying"}},
      {"equipment", "equipment", {"mat", "band", "chair", "wall", "pillow", "strap", "ice"}},
      {"kind", "kind", {"strength", "mobility", "stretch", "aerobic", "technique"}}};
  const auto patterns = get_json("/api/v1/patterns")["patterns"];
  for (const auto& pattern : patterns) filters[0].values.push_back(pattern["id"]);
  ASSERT_EQ(filters[0].values.size(), 8u);

  std::size_t narrowed = 0;
  for (const auto& filter : filters) {
    for (const auto& value : filter.values) {
      const auto kept =
          get_json("/api/v1/exercises?" + filter.parameter + "=" + value)["exercises"];
      std::set<std::string> expected;
      for (const auto& exercise : all) {
        const auto& listed = exercise[filter.field];
        if (listed.is_array() ? lists(listed, value) : listed == value)
          expected.insert(exercise["id"]);
      }
      EXPECT_EQ(ids(kept), expected) << filter.parameter << "=" << value;
      if (!kept.empty() && kept.size() < all.size()) ++narrowed;
    }
  }
  EXPECT_GE(narrowed, 10u) << "most filter values should keep some exercises but not all";
}

TEST_F(ContentApi, FiltersCombineAsAnd) {
  const auto kept =
      get_json("/api/v1/exercises?pattern=piriformis&position=supine&equipment=mat")["exercises"];
  ASSERT_FALSE(kept.empty());
  for (const auto& exercise : kept) {
    EXPECT_TRUE(lists(exercise["patterns"], "piriformis")) << exercise["id"];
    EXPECT_TRUE(lists(exercise["positions"], "supine")) << exercise["id"];
    EXPECT_TRUE(lists(exercise["equipment"], "mat")) << exercise["id"];
  }
  EXPECT_LT(kept.size(), get_json("/api/v1/exercises?pattern=piriformis")["exercises"].size());
}

TEST_F(ContentApi, UnknownFilterValueIs400NamingTheParameterAndTheAllowedValues) {
  struct Case {
    std::string query;
    std::string parameter;
    std::string allowed_example;
  };
  for (const auto& c : std::vector<Case>{{"position=upside_down", "position", "side_lying"},
                                         {"pattern=back_ache", "pattern", "coccydynia"},
                                         {"equipment=rowing_machine", "equipment", "band"},
                                         {"kind=yoga", "kind", "stretch"},
                                         {"kind=", "kind", "strength"}}) {
    auto res = client().get("/api/v1/exercises?" + c.query);
    ASSERT_EQ(res.status, 400) << c.query;
    EXPECT_EQ(res.header("content-type"), "application/problem+json");
    auto problem = res.json();
    const std::string detail = problem["detail"];
    EXPECT_NE(detail.find(c.parameter), std::string::npos) << detail;
    EXPECT_NE(detail.find(c.allowed_example), std::string::npos) << detail;
    ASSERT_EQ(problem["errors"].size(), 1u);
    EXPECT_EQ(problem["errors"][0]["field"], c.parameter);
    EXPECT_TRUE(lists(problem["errors"][0]["allowed"], c.allowed_example)) << problem.dump();
  }
}

// --- details ---------------------------------------------------------------------------------

TEST_F(ContentApi, ExerciseDetailHasEverythingAndItsVariantsResolve) {
  for (const auto& exercise : shipped().exercises()) {
    auto detail = get_json("/api/v1/exercises/" + exercise.id);
    EXPECT_EQ(detail["id"], exercise.id);
    EXPECT_EQ(detail["name"], exercise.name);
    EXPECT_EQ(detail["steps"].size(), exercise.steps.size());
    EXPECT_EQ(detail["citations"].size(), exercise.citations.size());
    EXPECT_EQ(detail["cautions"].size(), exercise.cautions.size());
    ASSERT_EQ(detail["keyframes"].size(), exercise.keyframes.size()) << exercise.id;
    const auto& last = detail["keyframes"].back();
    EXPECT_DOUBLE_EQ(last["at"].get<double>(), exercise.keyframes.back().at);
    EXPECT_DOUBLE_EQ(last["pose"]["hip_r"].get<double>(), exercise.keyframes.back().pose.hip_r);
    EXPECT_EQ(detail["dosage"]["sets"], exercise.dosage.sets);
    for (const char* step : {"easier", "harder"}) {
      const auto& variant = detail[step];
      if (variant.is_null()) continue;
      EXPECT_EQ(client().get("/api/v1/exercises/" + variant.get<std::string>()).status, 200)
          << exercise.id << " " << step << " " << variant;
    }
  }
  auto stretch = get_json("/api/v1/exercises/piriformis_stretch");
  EXPECT_EQ(stretch["easier"], "supine_figure_four");
  EXPECT_TRUE(stretch["harder"].is_null());
}

TEST_F(ContentApi, UnknownIdsAre404Problems) {
  for (const std::string target :
       {"/api/v1/exercises/no_such_exercise", "/api/v1/patterns/no_such_pattern",
        "/api/v1/articles/no-such-article", "/api/v1/exercises/%22%3Cscript%3E"}) {
    auto res = client().get(target);
    EXPECT_EQ(res.status, 404) << target;
    EXPECT_EQ(res.header("content-type"), "application/problem+json") << target;
    EXPECT_EQ(res.json()["status"], 404);
  }
}

TEST_F(ContentApi, PublicPatternLeavesOutTherapistNotes) {
  std::size_t notes_checked = 0;
  for (const auto& pattern : shipped().patterns()) {
    auto res = client().get("/api/v1/patterns/" + pattern.id);
    ASSERT_EQ(res.status, 200);
    auto detail = res.json();
    EXPECT_EQ(detail["name"], pattern.name);
    EXPECT_EQ(detail["how_it_feels"].size(), pattern.how_it_feels.size());
    EXPECT_FALSE(detail.contains("therapist_notes")) << pattern.id;
    const auto& notes = pattern.therapist_notes;
    for (const auto* list : {&notes.assessment, &notes.treatment_ideas, &notes.differential}) {
      for (const auto& note : *list) {
        EXPECT_EQ(res.body.find(nlohmann::json(note).dump().substr(1, 40)), std::string::npos)
            << pattern.id << ": " << note;
        ++notes_checked;
      }
    }
  }
  EXPECT_GE(notes_checked, 8u) << "the shipped patterns carry therapist notes to hide";
}

TEST_F(ContentApi, SearchNeverShowsTherapistNotes) {
  // "Pilonidal" is written only in the coccydynia pattern's therapist notes.
  for (const auto& article : shipped().articles())
    ASSERT_EQ(article.body.find("ilonidal"), std::string::npos);
  for (const auto& pattern : shipped().patterns())
    ASSERT_EQ(pattern.overview.find("ilonidal"), std::string::npos);
  const auto& differential = shipped().pattern("coccydynia")->therapist_notes.differential;
  ASSERT_TRUE(std::any_of(differential.begin(), differential.end(), [](const std::string& note) {
    return note.find("Pilonidal") != std::string::npos;
  }));
  EXPECT_TRUE(get_json("/api/v1/search?q=pilonidal")["hits"].empty());
}

TEST_F(ContentApi, ArticleHtmlRendersTheMarkdownAndEscapesText) {
  auto coccydynia = get_json("/api/v1/articles/coccydynia");
  EXPECT_EQ(coccydynia["source"], shipped().article("coccydynia")->body);
  const std::string html = coccydynia["html"];
  EXPECT_NE(html.find("<h2>Where is the tailbone?</h2>"), std::string::npos) << html;
  EXPECT_NE(html.find("<li>"), std::string::npos);
  EXPECT_NE(html.find("<em>likely pattern</em>"), std::string::npos);
  EXPECT_EQ(html.find("## "), std::string::npos) << "headings are rendered, not left as Markdown";

  // Text characters that mean something in HTML arrive as entities, in every article.
  for (const auto& article : shipped().articles()) {
    const std::string rendered = get_json("/api/v1/articles/" + article.slug)["html"];
    for (std::size_t at = rendered.find('&'); at != std::string::npos;
         at = rendered.find('&', at + 1)) {
      const auto entity = rendered.substr(at, rendered.find(';', at) - at + 1);
      EXPECT_TRUE(entity == "&amp;" || entity == "&lt;" || entity == "&gt;" || entity == "&quot;" ||
                  entity == "&#39;")
          << article.slug << ": " << entity;
    }
  }
  const std::string clinician = get_json("/api/v1/articles/using-motus-as-a-clinician")["html"];
  EXPECT_NE(clinician.find("Fortin &amp; Falco"), std::string::npos);
  const std::string inflammatory = get_json("/api/v1/articles/inflammatory-back-pain")["html"];
  EXPECT_NE(inflammatory.find("body&#39;s"), std::string::npos);
}

// --- caching ---------------------------------------------------------------------------------

TEST_F(ContentApi, ContentIsPubliclyCacheableAndRevalidatesWith304) {
  for (const std::string target :
       {"/api/v1/exercises", "/api/v1/exercises/bridge", "/api/v1/patterns",
        "/api/v1/patterns/si_joint", "/api/v1/articles", "/api/v1/articles/coccydynia",
        "/api/v1/search?q=tailbone"}) {
    auto first = client().get(target);
    ASSERT_EQ(first.status, 200) << target;
    EXPECT_EQ(first.header("cache-control"), "public, max-age=300") << target;
    const std::string etag = first.header("etag");
    ASSERT_GE(etag.size(), 3u) << target;
    EXPECT_EQ(etag.front(), '"');
    EXPECT_EQ(client().get(target).header("etag"), etag) << "same content, same tag";

    auto again = client().request("GET", target, {}, {{"If-None-Match", etag}});
    EXPECT_EQ(again.status, 304) << target;
    EXPECT_TRUE(again.body.empty());
    EXPECT_EQ(again.header("etag"), etag);
    EXPECT_EQ(again.header("cache-control"), "public, max-age=300");

    EXPECT_EQ(
        client().request("GET", target, {}, {{"If-None-Match", "\"other\", W/" + etag}}).status,
        304);
    EXPECT_EQ(client().request("GET", target, {}, {{"If-None-Match", "\"other\""}}).status, 200);
  }
  EXPECT_NE(client().get("/api/v1/exercises").header("etag"),
            client().get("/api/v1/exercises?kind=stretch").header("etag"));
  EXPECT_NE(client().get("/api/v1/exercises/no_such_exercise").header("cache-control"),
            "public, max-age=300")
      << "errors are not cached as content";
}

// --- search ----------------------------------------------------------------------------------

struct SearchExpectation {
  std::string q;
  std::string pattern;   // the pain pattern the word is about
  std::string article;   // that pattern's own article
  std::string exercise;  // an exercise for that pattern that names the word or its nerve/muscle
};

// What "first" means here, for each word:
//  1. the pattern and its own article are both among the first three hits;
//  2. each of the first five hits is about the pattern: the pattern itself, an exercise or
//     article whose `patterns` list names it, or another pattern that sends readers to the
//     same article (piriformis pain is the classic look-alike of sciatica);
//  3. the named exercise comes before every hit that is not about the pattern.
// The relations come from the served content itself, not from this test.
TEST_F(ContentApi, SearchPutsTheMatchingPatternArticleAndExercisesFirst) {
  const auto all_exercises = get_json("/api/v1/exercises")["exercises"];
  const auto all_articles = get_json("/api/v1/articles")["articles"];
  auto tagged = [](const nlohmann::json& items, const char* key, const std::string& id) {
    for (const auto& item : items) {
      if (item[key] == id) return item["patterns"];
    }
    return nlohmann::json::array();
  };

  for (const auto& want : std::vector<SearchExpectation>{
           {"piriformis", "piriformis", "piriformis-syndrome", "piriformis_stretch"},
           {"tailbone", "coccydynia", "coccydynia", "sit_to_stand"},
           {"pregnant", "pregnancy_pgp", "pelvic-girdle-pain-in-pregnancy", "side_lying_rest"},
           {"sciatica", "radicular", "sciatica", "sciatic_nerve_glide"}}) {
    SCOPED_TRACE(want.q);
    auto about = [&](const nlohmann::json& hit) {
      const std::string kind = hit["kind"];
      const std::string id = hit["id"];
      if (kind == "exercise") return lists(tagged(all_exercises, "id", id), want.pattern);
      if (kind == "article") return lists(tagged(all_articles, "slug", id), want.pattern);
      return id == want.pattern ||
             lists(get_json("/api/v1/patterns/" + id)["articles"], want.article);
    };
    const auto hits = get_json("/api/v1/search?q=" + want.q)["hits"];
    ASSERT_GE(hits.size(), 5u);
    std::string order;
    for (const auto& hit : hits)
      order += std::string(hit["kind"]) + ":" + std::string(hit["id"]) + " ";

    auto rank_of = [&](const std::string& kind, const std::string& id) {
      for (std::size_t i = 0; i < hits.size(); ++i) {
        if (hits[i]["kind"] == kind && hits[i]["id"] == id) return i;
      }
      return hits.size();
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

TEST_F(ContentApi, SearchHitsLinkToTheirItemAndMarkTheWordsInEscapedSnippets) {
  const auto hits = get_json("/api/v1/search?q=tailbone")["hits"];
  ASSERT_FALSE(hits.empty());
  std::size_t marked = 0;
  for (const auto& hit : hits) {
    for (const char* key : {"kind", "id", "title", "snippet", "url"})
      ASSERT_TRUE(hit.contains(key)) << key;
    auto item = get_json(hit["url"].get<std::string>());
    EXPECT_EQ(item.value("name", item.value("title", "")), hit["title"]) << hit.dump();
    std::string snippet = hit["snippet"];
    if (snippet.find("<mark>tailbone</mark>") != std::string::npos ||
        snippet.find("<mark>Tailbone</mark>") != std::string::npos) {
      ++marked;
    }
    for (const std::string tag : {"<mark>", "</mark>"}) {
      for (auto at = snippet.find(tag); at != std::string::npos; at = snippet.find(tag))
        snippet.erase(at, tag.size());
    }
    EXPECT_EQ(snippet.find_first_of("<>"), std::string::npos)
        << "only <mark> is markup: " << hit["snippet"];
  }
  EXPECT_GE(marked, hits.size() / 2) << "most hits show the word in context";
}

TEST_F(ContentApi, SearchFindsOtherFormsOfAWord) {
  const auto hits = get_json("/api/v1/search?q=stretches")["hits"];
  ASSERT_FALSE(hits.empty());
  EXPECT_NE(hits[0]["snippet"].get<std::string>().find("<mark>"), std::string::npos);
  EXPECT_EQ(get_json("/api/v1/search?q=zzyzx%20piriformis")["hits"].size(), 0u)
      << "every word must match";
}

TEST_F(ContentApi, SearchRejectsMissingEmptyAndOverlongQueries) {
  for (const std::string& target : std::vector<std::string>{
           "/api/v1/search", "/api/v1/search?q=", "/api/v1/search?q=%20%20",
           "/api/v1/search?q=" + std::string(201, 'a'), "/api/v1/search?q=%FF%FE"}) {
    auto res = client().get(target);
    EXPECT_EQ(res.status, 400) << target.substr(0, 60);
    EXPECT_EQ(res.header("content-type"), "application/problem+json");
  }
  EXPECT_EQ(client().get("/api/v1/search?q=" + std::string(200, 'a')).status, 200)
      << "200 characters is allowed";
  std::string accented;
  for (int i = 0; i < 200; ++i) accented += "%C3%A9";  // é: 2 bytes, 1 character
  EXPECT_EQ(client().get("/api/v1/search?q=" + accented).status, 200)
      << "the limit counts characters, not bytes";
}

TEST_F(ContentApi, HostileQueriesAreAnsweredNeverA500) {
  const std::vector<std::string> hostile = {"%22",
                                            "*",
                                            "NEAR(",
                                            "a%20OR",
                                            "OR",
                                            "AND%20NOT",
                                            "%22tailbone",
                                            "tail*",
                                            "title:tailbone",
                                            "kind:exercise",
                                            "(tailbone",
                                            "-tailbone",
                                            "%5E",
                                            "NEAR(tailbone%20sitting,%202)",
                                            "%00",
                                            "'%3B%20DROP%20TABLE%20content_search%3B--",
                                            "%E2%80%99",
                                            std::string(10 * 1024, 'x'),
                                            "tailbone%20" + std::string(10 * 1024, '*')};
  for (const auto& q : hostile) {
    auto res = client().get("/api/v1/search?q=" + q);
    EXPECT_TRUE(res.status == 200 || res.status == 400)
        << q.substr(0, 40) << " gave " << res.status << " " << res.body.substr(0, 200);
  }
  EXPECT_FALSE(get_json("/api/v1/search?q=tailbone")["hits"].empty()) << "the index survived";
  EXPECT_FALSE(get_json("/api/v1/search?q=%22tailbone%22")["hits"].empty())
      << "quotes are just punctuation";
  const auto log = server_->log();
  EXPECT_EQ(log.find("store_error"), std::string::npos);
  EXPECT_EQ(log.find("unhandled_error"), std::string::npos);
}

TEST_F(ContentApi, OpenApiDocumentsTheContentRoutesAndFilters) {
  auto doc = get_json("/api/openapi.json");
  for (const std::string path :
       {"/api/v1/exercises", "/api/v1/exercises/{id}", "/api/v1/patterns", "/api/v1/patterns/{id}",
        "/api/v1/articles", "/api/v1/articles/{slug}", "/api/v1/search"}) {
    ASSERT_TRUE(doc["paths"].contains(path)) << path;
    EXPECT_EQ(doc["paths"][path]["get"]["tags"][0], "content");
  }
  std::set<std::string> documented;
  for (const auto& parameter : doc["paths"]["/api/v1/exercises"]["get"]["parameters"])
    documented.insert(parameter["name"]);
  EXPECT_EQ(documented, (std::set<std::string>{"pattern", "position", "equipment", "kind"}));
}

}  // namespace
}  // namespace motus::test
