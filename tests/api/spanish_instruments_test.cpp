// PHQ-9 and GAD-7 in Spanish (issue 20): a member whose language is Spanish (the stored choice,
// else Accept-Language) gets the official Spanish wording, answers with the same item ids and
// values, and gets the same score, band and care flag as in English: PHQ-9 question 9 above
// "Ningún día" still raises the self-harm flag, with the crisis guidance in Spanish. The list
// says which languages each questionnaire has. Both back ends.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

json answers_of(const std::vector<int>& values) {
  json answers = json::array();
  for (std::size_t i = 0; i < values.size(); ++i) {
    answers.push_back({{"item", "item_" + std::to_string(i + 1)}, {"value", values[i]}});
  }
  return answers;
}

class SpanishInstruments : public SignedUpMember {
 protected:
  HttpResult send(const std::string& method, const std::string& target, const json& body = nullptr,
                  const std::string& accept_language = "en-US") {
    return with_cookie(client, method, target, token, body.is_null() ? "" : body.dump(),
                       {{"Accept-Language", accept_language}});
  }
  std::map<std::string, json> listed(const std::string& accept_language) {
    const auto res = send("GET", "/api/v1/instruments", nullptr, accept_language);
    EXPECT_EQ(res.status, 200) << res.body;
    std::map<std::string, json> by_id;
    const auto body = res.json();  // kept: the loop must not walk a temporary's member
    for (const auto& instrument : body["instruments"]) by_id[instrument["id"]] = instrument;
    return by_id;
  }
  int count(const std::string& where) {
    return std::stoi(server.scalar("SELECT count(*) FROM " + where));
  }
};

TEST_F(SpanishInstruments, TheListSaysEachQuestionnairesLanguages) {
  for (const auto& [id, instrument] : listed("en")) {
    EXPECT_EQ(instrument["language"], "en") << id;
    EXPECT_EQ(instrument["languages"], json::array({"en", "es"})) << id;
  }
  for (const auto& [id, instrument] : listed("es-MX")) {
    EXPECT_EQ(instrument["language"], "es") << id;
  }
}

TEST_F(SpanishInstruments, ASpanishMemberGetsTheOfficialSpanishPhq9AndGad7) {
  ASSERT_EQ(send("PUT", "/api/v1/me/language", {{"language", "es"}}).status, 200);
  // The stored choice beats the browser's English.
  auto by_id = listed("en-US");
  const auto& phq9 = by_id["phq9"];
  EXPECT_EQ(phq9["language"], "es");
  EXPECT_EQ(phq9["title"], "Cómo ha estado tu ánimo");
  EXPECT_EQ(phq9["instructions"].get<std::string>().rfind(
                "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los "
                "siguientes problemas?",
                0),
            0u);
  ASSERT_EQ(phq9["items"].size(), 9u);
  EXPECT_EQ(phq9["items"][8]["id"], "item_9");
  EXPECT_EQ(phq9["items"][8]["text"],
            "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera");
  const std::vector<std::string> labels = {"Ningún día", "Varios días",
                                           "Más de la mitad de los días", "Casi todos los días"};
  for (const auto& item : phq9["items"]) {
    ASSERT_EQ(item["answers"].size(), 4u);
    for (std::size_t v = 0; v < 4; ++v) {
      EXPECT_EQ(item["answers"][v]["value"], v);
      EXPECT_EQ(item["answers"][v]["label"], labels[v]);
    }
  }
  EXPECT_EQ(by_id["gad7"]["items"][0]["text"],
            "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta");
  EXPECT_EQ(by_id["gad7"]["items"][0]["answers"][3]["label"], "Casi todos los días");
}

TEST_F(SpanishInstruments, QuestionNineRaisesTheSameCareFlagInSpanish) {
  ASSERT_EQ(send("PUT", "/api/v1/me/language", {{"language", "es"}}).status, 200);
  const auto values = std::vector<int>{1, 1, 0, 1, 0, 0, 0, 0, 1};
  auto answer = send("POST", "/api/v1/me/instruments/phq9/responses",
                     {{"answers", answers_of(values)}, {"client_id", "phq9-es-1"}});
  ASSERT_EQ(answer.status, 201) << answer.body;
  EXPECT_EQ(answer.header("content-language"), "es");
  const auto body = answer.json();
  EXPECT_EQ(body["score"], 4);
  EXPECT_EQ(body["band"]["code"], "minimal");
  EXPECT_EQ(body["band"]["label"], "Mínima");
  EXPECT_EQ(body["interpretation"], "Tu puntuación es 4 (Mínima).");
  EXPECT_TRUE(body["care_team_told"].get<bool>());
  const json safety = body["safety"];
  ASSERT_TRUE(safety.is_object()) << answer.body;
  EXPECT_EQ(safety["concern"], "self_harm_thoughts");
  std::string guidance = safety["title"];
  for (const auto& step : safety["steps"]) guidance += " " + step.get<std::string>();
  for (const std::string words :
       {"número de emergencias", "988", "116 123", "alguien de confianza", "equipo de atención"}) {
    EXPECT_NE(guidance.find(words), std::string::npos) << words;
  }
  EXPECT_EQ(guidance.find("Your "), std::string::npos) << guidance;
  // The same flag, by item id and value, as an English answer raises.
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id +
                  "' AND kind = 'self_harm_thoughts' AND source = 'instrument' AND "
                  "resolved_at IS NULL"),
            1);
  EXPECT_EQ(server.scalar("SELECT reason_codes FROM care_flags WHERE member_id = '" + member_id +
                          "' AND kind = 'self_harm_thoughts'"),
            R"(["phq9_item_9"])");
  EXPECT_EQ(count("audit_log WHERE member_id = '" + member_id +
                  "' AND action = 'write' AND entity = 'care_flag:self_harm_thoughts'"),
            1);
  EXPECT_EQ(count("instrument_responses WHERE member_id = '" + member_id +
                  "' AND instrument = 'phq9' AND score = 4 AND band = 'minimal'"),
            1);

  // In English, the same answers score the same and say it in English.
  ASSERT_EQ(send("PUT", "/api/v1/me/language", {{"language", "en"}}).status, 200);
  auto english = send("POST", "/api/v1/me/instruments/phq9/responses",
                      {{"answers", answers_of(values)}, {"client_id", "phq9-en-1"}});
  ASSERT_EQ(english.status, 201) << english.body;
  EXPECT_EQ(english.json()["score"], body["score"]);
  EXPECT_EQ(english.json()["band"]["code"], body["band"]["code"]);
  EXPECT_EQ(english.json()["interpretation"], "Your score is 4 (Minimal).");
  EXPECT_EQ(english.json()["safety"]["concern"], "self_harm_thoughts");
}

}  // namespace
}  // namespace motus::test
