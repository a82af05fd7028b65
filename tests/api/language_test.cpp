// Motus in Spanish on the server: content answers follow Accept-Language (q-values, es-MX,
// es-419), say Content-Language, vary on it and keep one ETag per language; a logged-in
// person's stored choice (PUT /api/v1/me/language) beats the header. Both back ends.
#include <gtest/gtest.h>

#include <string>

#include "account_fixture.hpp"
#include "support/server_process.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

class SpanishContent : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = start_shared_server({}, why_not_started_); }
  static void TearDownTestSuite() { delete server_; }
  void SetUp() override { ASSERT_NE(server_, nullptr) << why_not_started_; }

  static HttpResult get(const std::string& target, const std::string& accept_language,
                        std::map<std::string, std::string> headers = {}) {
    if (!accept_language.empty()) headers["Accept-Language"] = accept_language;
    return server_->client().request("GET", target, {}, headers);
  }

  static ServerProcess* server_;
  static std::string why_not_started_;
};

ServerProcess* SpanishContent::server_ = nullptr;
std::string SpanishContent::why_not_started_;

TEST_F(SpanishContent, AnExerciseInSpanishWhenTheBrowserAsks) {
  for (const char* asked : {"es", "es-MX", "es-419", "fr-FR, es;q=0.8, en;q=0.5"}) {
    const auto res = get("/api/v1/exercises/bridge", asked);
    ASSERT_EQ(res.status, 200) << asked;
    const auto exercise = res.json();
    EXPECT_EQ(exercise["name"], "Puente") << asked;
    EXPECT_EQ(exercise["steps"][0].get<std::string>().rfind("Acuéstate boca arriba", 0), 0u);
    EXPECT_EQ(res.header("content-language"), "es") << asked;
    EXPECT_NE(res.header("vary").find("Accept-Language"), std::string::npos);
    // Citations and the figure are the English file's.
    EXPECT_EQ(exercise["citations"], get("/api/v1/exercises/bridge", "").json()["citations"]);
  }
}

TEST_F(SpanishContent, EnglishByDefaultAndWhenSpanishIsRefused) {
  for (const char* asked : {"", "en-GB", "fr", "es;q=0, en;q=0.1", "en;q=0.9, es;q=0.2"}) {
    const auto res = get("/api/v1/exercises/bridge", asked);
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.json()["name"], "Bridge") << asked;
    EXPECT_EQ(res.header("content-language"), "en") << asked;
  }
}

TEST_F(SpanishContent, OneETagPerLanguage) {
  const auto english = get("/api/v1/exercises", "en");
  const auto spanish = get("/api/v1/exercises", "es");
  ASSERT_EQ(english.status, 200);
  ASSERT_EQ(spanish.status, 200);
  ASSERT_NE(english.header("etag"), spanish.header("etag"));
  // The English tag does not make a Spanish request a 304, and the Spanish one does.
  EXPECT_EQ(get("/api/v1/exercises", "es", {{"If-None-Match", english.header("etag")}}).status,
            200);
  const auto not_modified =
      get("/api/v1/exercises", "es", {{"If-None-Match", spanish.header("etag")}});
  EXPECT_EQ(not_modified.status, 304);
  EXPECT_EQ(not_modified.header("content-language"), "es");
  EXPECT_NE(not_modified.header("vary").find("Accept-Language"), std::string::npos);
}

TEST_F(SpanishContent, PatternsArticlesListsAndSearchInSpanish) {
  EXPECT_EQ(get("/api/v1/patterns/si_joint", "es").json()["name"],
            "Dolor de la articulación sacroilíaca");
  const auto article = get("/api/v1/articles/the-sacrum", "es-US").json();
  EXPECT_EQ(article["title"], "Tu sacro, la piedra clave de tu pelvis");
  EXPECT_NE(article["html"].get<std::string>().find("hueso plano"), std::string::npos);
  bool found = false;
  const auto listed = get("/api/v1/exercises?pattern=si_joint", "es").json();
  for (const auto& item : listed["exercises"]) {
    if (item["id"] == "clamshell") found = item["name"] == "Almeja";
  }
  EXPECT_TRUE(found);
  // Spanish words find Spanish items; the snippet is Spanish.
  const auto hits = get("/api/v1/search?q=gl%C3%BAteos%20puente", "es");
  ASSERT_EQ(hits.status, 200) << hits.body;
  EXPECT_EQ(hits.header("content-language"), "es");
  const auto found_hits = hits.json();
  ASSERT_FALSE(found_hits["hits"].empty()) << hits.body;
  bool bridge = false;
  for (const auto& hit : found_hits["hits"]) bridge = bridge || hit["id"] == "bridge";
  EXPECT_TRUE(bridge) << hits.body;
  EXPECT_TRUE(get("/api/v1/search?q=gl%C3%BAteos%20puente", "en").json()["hits"].empty());
}

TEST_F(SpanishContent, InstrumentsInSpanishWhereASpanishTextExists) {
  const auto res = get("/api/v1/instruments", "es-419");
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.header("content-language"), "es");
  std::map<std::string, json> by_id;
  const auto listed = res.json();
  for (const auto& instrument : listed["instruments"]) by_id[instrument["id"]] = instrument;
  EXPECT_EQ(by_id["nprs"]["title"], "Cuánto te duele ahora");
  EXPECT_EQ(by_id["nprs"]["language"], "es");
  EXPECT_EQ(by_id["psfs"]["language"], "es");
  // PHQ-9 and GAD-7 in their official Spanish (USA) versions.
  EXPECT_EQ(by_id["phq9"]["language"], "es");
  EXPECT_EQ(by_id["phq9"]["items"][0]["text"], "Poco interés o placer en hacer cosas");
  EXPECT_EQ(by_id["gad7"]["language"], "es");
  const auto english = get("/api/v1/instruments", "").json();
  for (const auto& instrument : english["instruments"]) {
    EXPECT_EQ(instrument["language"], "en");
    EXPECT_EQ(instrument["languages"], json::array({"en", "es"}));
  }
}

class StoredLanguage : public SignedUpMember {
 protected:
  HttpResult put_language(const std::string& body) {
    return with_cookie(client, "PUT", "/api/v1/me/language", token, body);
  }
  HttpResult get_with(const std::string& target, const std::string& accept_language) {
    return with_cookie(client, "GET", target, token, {}, {{"Accept-Language", accept_language}});
  }
};

TEST_F(StoredLanguage, TheStoredChoiceBeatsTheHeader) {
  auto chosen = put_language(R"({"language": "es"})");
  ASSERT_EQ(chosen.status, 200) << chosen.body;
  EXPECT_EQ(chosen.json()["language"], "es");
  EXPECT_EQ(server.scalar("SELECT language FROM users WHERE id = $1", {member_id}), "es");
  auto res = get_with("/api/v1/exercises/bridge", "en-US");
  EXPECT_EQ(res.json()["name"], "Puente");
  EXPECT_EQ(res.header("content-language"), "es");
  EXPECT_NE(res.header("vary").find("Cookie"), std::string::npos);

  ASSERT_EQ(put_language(R"({"language": "en"})").status, 200);
  EXPECT_EQ(get_with("/api/v1/patterns/si_joint", "es-MX").json()["name"],
            "Sacroiliac (SI) joint pain");

  // null: no choice, the header decides again.
  const auto cleared = put_language(R"({"language": null})");
  ASSERT_EQ(cleared.status, 200);
  EXPECT_TRUE(cleared.json()["language"].is_null());
  EXPECT_EQ(get_with("/api/v1/exercises/bridge", "es-MX").json()["name"], "Puente");
  const auto shown = get_with("/api/v1/me/language", "es-MX").json();
  EXPECT_TRUE(shown["language"].is_null());
  EXPECT_EQ(shown["in_use"], "es");
  EXPECT_EQ(std::stoi(server.scalar(
                "SELECT count(*) FROM audit_log WHERE actor_id = $1 AND action = 'language_change'",
                {member_id})),
            3);
}

TEST_F(StoredLanguage, BadChoicesNameTheFieldAndChangeNothing) {
  ASSERT_EQ(put_language(R"({"language": "es"})").status, 200);
  for (const char* body : {R"({"language": "fr"})", R"({"language": "es-MX"})",
                           R"({"language": 1})", R"({})", R"([])"}) {
    const auto res = put_language(body);
    EXPECT_EQ(res.status, 400) << body;
    EXPECT_NE(res.body.find("language"), std::string::npos) << res.body;
  }
  EXPECT_EQ(server.scalar("SELECT language FROM users WHERE id = $1", {member_id}), "es");
  EXPECT_EQ(client
                .request("PUT", "/api/v1/me/language", R"({"language": "es"})",
                         {{"Content-Type", "application/json"}})
                .status,
            401);
}

// The assessment is stored in English (the `motus assess` contract) and read in the caller's
// language: reasons, evidence, advice; codes and tiers unchanged.
TEST_F(StoredLanguage, TheAssessmentReadsInTheChosenLanguage) {
  auto intake = self_care_intake();
  intake["red_flags"] = {{"cancer_history", true}};
  const auto english = with_cookie(client, "POST", "/api/v1/me/intake", token, intake.dump());
  ASSERT_EQ(english.status, 201) << english.body;
  EXPECT_EQ(english.header("content-language"), "en");
  const auto english_assessment = english.json()["assessment"];
  ASSERT_FALSE(english_assessment["reasons"].empty());

  ASSERT_EQ(put_language(R"({"language": "es"})").status, 200);
  const auto read = get_with("/api/v1/me/assessment", "en");
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.header("content-language"), "es");
  const auto spanish = read.json()["assessment"];
  EXPECT_EQ(spanish["tier"], english_assessment["tier"]);
  EXPECT_EQ(spanish["reasons"][0]["code"], "cancer_history");
  EXPECT_EQ(spanish["reasons"][0]["text"],
            "Como has tenido cáncer antes, un médico debería revisar este dolor de espalda en los "
            "próximos días.");
  EXPECT_EQ(
      spanish["advice"].back(),
      "Motus ofrece educación y ejercicio. No es un consejo médico ni reemplaza a un médico.");
  // Stored as it was said: English in the database.
  EXPECT_NE(server.scalar("SELECT assessment FROM member_intakes WHERE member_id = $1", {member_id})
                .find("Because you have had cancer before"),
            std::string::npos);
}

// Today's session: exercise names, cautions and the day's note in the chosen language.
TEST_F(StoredLanguage, TodaysSessionInSpanish) {
  ASSERT_EQ(
      with_cookie(client, "POST", "/api/v1/me/intake", token, self_care_intake().dump()).status,
      201);
  ASSERT_EQ(put_language(R"({"language": "es"})").status, 200);
  const auto today = get_with("/api/v1/me/session/today", "en");
  ASSERT_EQ(today.status, 200) << today.body;
  EXPECT_EQ(today.header("content-language"), "es");
  const auto body = today.json();
  for (const char* list : {"exercises", "resting"}) {
    for (const auto& item : body[list]) {
      const auto spanish_name =
          get_with("/api/v1/exercises/" + item["exercise_id"].get<std::string>(), "es")
              .json()["name"];
      EXPECT_EQ(item["name"], spanish_name);
    }
  }
  EXPECT_EQ(body["note"].get<std::string>().rfind("Hoy", 0), 0u) << body["note"];
  ASSERT_EQ(put_language(R"({"language": "en"})").status, 200);
  const auto english_note =
      get_with("/api/v1/me/session/today", "es").json()["note"].get<std::string>();
  EXPECT_NE(english_note, body["note"]);
  EXPECT_EQ(english_note.find("Hoy"), std::string::npos) << english_note;
}

}  // namespace
}  // namespace motus::test
