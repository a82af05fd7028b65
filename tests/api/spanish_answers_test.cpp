// Motus in Spanish past the content (issue 20): the program's words (each why, the dose words,
// the tips, what changed after a session and new preferences, the lighter dose), check-in
// advice and pain words, the printable report, the pain scale, and the emails, each in the
// caller's language: the stored choice, else Accept-Language, else English. Both back ends.
#include <gtest/gtest.h>

#include <string>

#include "account_fixture.hpp"
#include "support/smtp_sink.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

// English left in a Spanish answer: words every English sentence of the program uses.
bool reads_english(const std::string& text) {
  for (const char* word : {"your ", "Your ", " the ", " so we ", " and "}) {
    if (text.find(word) != std::string::npos) return true;
  }
  return false;
}

class SpanishAnswers : public SignedUpMember {
 protected:
  void SetUp() override {
    SignedUpMember::SetUp();
    ASSERT_EQ(send("PUT", "/api/v1/me/language", {{"language", "es"}}).status, 200);
  }
  HttpResult send(const std::string& method, const std::string& target, const json& body = nullptr,
                  const std::string& accept_language = "en-US") {
    return with_cookie(client, method, target, token, body.is_null() ? "" : body.dump(),
                       {{"Accept-Language", accept_language}});
  }
  json session_of(const json& program, int pain, int before, int after) {
    json exercises = json::array();
    for (const auto& e : program["exercises"]) {
      exercises.push_back({{"exercise_id", e["exercise_id"]},
                           {"done", true},
                           {"pain", pain},
                           {"difficulty", "hard"}});
    }
    return {{"client_id", "s-" + std::to_string(pain)},
            {"pain_before", before},
            {"pain_after", after},
            {"exercises", exercises}};
  }
};

void expect_spanish_program(const json& program) {
  ASSERT_FALSE(program["exercises"].empty()) << program.dump();
  for (const auto& item : program["exercises"]) {
    const std::string words = item["dose_words"];
    EXPECT_TRUE(words.find("serie") != std::string::npos ||
                words.find("minuto") != std::string::npos)
        << words;
    EXPECT_FALSE(reads_english(item["why"])) << item["why"];
  }
  ASSERT_FALSE(program["tips"].empty());
  for (const auto& tip : program["tips"]) EXPECT_FALSE(reads_english(tip)) << tip;
}

TEST_F(SpanishAnswers, TheProgramTodayAndWhatChangedAreInTheStoredLanguage) {
  const auto intake = send("POST", "/api/v1/me/intake", self_care_intake());
  ASSERT_EQ(intake.status, 201) << intake.body;
  EXPECT_EQ(intake.header("content-language"), "es");
  expect_spanish_program(intake.json()["program"]);

  const auto program = send("GET", "/api/v1/me/program");
  ASSERT_EQ(program.status, 200);
  EXPECT_EQ(program.header("content-language"), "es");
  expect_spanish_program(program.json()["program"]);
  EXPECT_EQ(program.json()["program"], intake.json()["program"]);

  const auto today = send("GET", "/api/v1/me/session/today");
  ASSERT_EQ(today.status, 200);
  for (const auto& item : today.json()["exercises"]) {
    EXPECT_NE(item["lighter"]["dose_words"].get<std::string>().find("serie"), std::string::npos)
        << item["lighter"].dump();
    EXPECT_FALSE(reads_english(item["why"])) << item["why"];
  }

  // Too much pain: every exercise steps down, each saying why in Spanish, and the pain rise
  // offers the safety questions in Spanish too.
  const auto session =
      send("POST", "/api/v1/me/sessions", session_of(program.json()["program"], 7, 2, 6));
  ASSERT_EQ(session.status, 201) << session.body;
  EXPECT_EQ(session.header("content-language"), "es");
  const auto answer = session.json();
  ASSERT_FALSE(answer["changes"].empty());
  for (const auto& change : answer["changes"]) {
    EXPECT_NE(change["reason"].get<std::string>().find("Tu dolor subió a 7/10"), std::string::npos)
        << change.dump();
  }
  EXPECT_EQ(answer["pain_rise"]["offer"].get<std::string>().rfind("Tu dolor subió 4 puntos", 0), 0u)
      << answer["pain_rise"].dump();
  expect_spanish_program(answer["program"]);

  // The same member reading in English: the same program in English words.
  ASSERT_EQ(send("PUT", "/api/v1/me/language", {{"language", "en"}}).status, 200);
  const auto english = send("GET", "/api/v1/me/program", nullptr, "es").json()["program"];
  EXPECT_NE(english["exercises"][0]["dose_words"].get<std::string>().find("set"),
            std::string::npos);
  EXPECT_TRUE(reads_english(english["tips"].back())) << english["tips"].back();
  EXPECT_EQ(english["exercises"].size(), answer["program"]["exercises"].size());
}

TEST_F(SpanishAnswers, NewPreferencesSayWhatChangedInSpanish) {
  ASSERT_EQ(send("POST", "/api/v1/me/intake", self_care_intake()).status, 201);
  const auto changed =
      send("PUT", "/api/v1/me/preferences", {{"minutes_per_day", 10}, {"floor_ok", false}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.header("content-language"), "es");
  EXPECT_EQ(changed.json()["changes"][0], "Ahora son unos 10 minutos al día; antes eran 30.");
  for (const auto& line : changed.json()["changes"]) EXPECT_FALSE(reads_english(line)) << line;
  expect_spanish_program(changed.json()["program"]);
}

TEST_F(SpanishAnswers, CheckinAdviceAndPainWordsInSpanish) {
  ASSERT_EQ(send("POST", "/api/v1/me/intake", self_care_intake()).status, 201);
  const auto plain = send("POST", "/api/v1/me/checkins", {{"pain", 2}, {"flare", false}});
  ASSERT_EQ(plain.status, 201) << plain.body;
  EXPECT_EQ(plain.json()["pain_words"], "leve");
  EXPECT_EQ(plain.json()["advice"], "Gracias por contarnos cómo estás.");
  const auto flare = send("POST", "/api/v1/me/checkins", {{"pain", 8}, {"flare", true}});
  ASSERT_EQ(flare.status, 201) << flare.body;
  EXPECT_EQ(flare.json()["pain_words"], "fuerte");
  EXPECT_EQ(
      flare.json()["advice"].get<std::string>().rfind("Sentimos que hoy sea un día difícil.", 0),
      0u);
  const auto screened = send(
      "POST", "/api/v1/me/checkins",
      {{"pain", 5},
       {"flare", true},
       {"flare_check",
        {{"new_symptoms", false}, {"red_flags", {{"saddle_numbness", false}, {"fever", false}}}}}});
  ASSERT_EQ(screened.status, 201) << screened.body;
  const std::string advice = screened.json()["advice"];
  EXPECT_FALSE(reads_english(advice)) << advice;
  EXPECT_NE(advice.find("Ninguna de tus respuestas es una señal de alarma."), std::string::npos)
      << advice;
}

TEST_F(SpanishAnswers, ThePrintableReportIsInSpanish) {
  ASSERT_EQ(send("POST", "/api/v1/me/intake", self_care_intake()).status, 201);
  const auto report = send("GET", "/api/v1/me/report");
  ASSERT_EQ(report.status, 200);
  EXPECT_EQ(report.header("content-language"), "es");
  EXPECT_NE(report.body.find("<html lang=\"es\">"), std::string::npos);
  for (const char* words : {"Informe de progreso de Ada Morrow", "<h2>Tu programa</h2>",
                            "Cuándo ver a un profesional de salud", "<th>Para qué</th>",
                            "minutos al día", "Fortalece"}) {
    EXPECT_NE(report.body.find(words), std::string::npos) << words;
  }
  EXPECT_EQ(report.body.find("Progress report"), std::string::npos);
  ASSERT_EQ(send("PUT", "/api/v1/me/language", {{"language", nullptr}}).status, 200);
  const auto english = send("GET", "/api/v1/me/report");
  EXPECT_NE(english.body.find("Progress report for Ada Morrow"), std::string::npos);
  EXPECT_EQ(english.header("content-language"), "en");
}

TEST_F(SpanishAnswers, ThePainScaleFollowsTheHeader) {
  const auto spanish = client.request("GET", "/api/v1/pain-scale", {}, {{"Accept-Language", "es"}});
  ASSERT_EQ(spanish.status, 200);
  EXPECT_EQ(spanish.json()["scale"][0]["words"], "sin dolor");
  EXPECT_EQ(spanish.json()["scale"][10]["words"], "el peor dolor");
  EXPECT_EQ(spanish.header("content-language"), "es");
  EXPECT_EQ(client.request("GET", "/api/v1/pain-scale").json()["scale"][0]["words"], "no pain");
}

std::map<std::string, std::string> mail_settings(const SmtpSink& sink) {
  return {{"MOTUS_SMTP_HOST", "127.0.0.1"},
          {"MOTUS_SMTP_PORT", std::to_string(sink.port())},
          {"MOTUS_SMTP_FROM", "motus@clinic.example"},
          {"MOTUS_PUBLIC_URL", "https://motus.clinic.example/"}};
}

class SpanishMail : public ::testing::Test {
 protected:
  SpanishMail() : server(mail_settings(sink)), client(server.client()) {}
  SmtpSink sink;
  AccountServer server;
  HttpClient client;
};

TEST_F(SpanishMail, TheVerificationMailFollowsTheSignUpsLanguage) {
  const auto signup =
      client.request("POST", "/api/v1/auth/signup", ada_signup().dump(),
                     {{"Content-Type", "application/json"}, {"Accept-Language", "es-MX"}});
  ASSERT_EQ(signup.status, 201) << signup.body;
  const auto mails = sink.wait_for(1);
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_NE(mails[0].find("Hola, Ada:"), std::string::npos) << mails[0];
  EXPECT_NE(mails[0].find("Te damos la bienvenida a Motus"), std::string::npos) << mails[0];
  EXPECT_NE(mails[0].find("Subject: Confirma tu correo para Motus"), std::string::npos);
  EXPECT_NE(link_in(mails[0], "/verify-email").find("token="), std::string::npos);
}

TEST_F(SpanishMail, TheResetMailIsInTheAccountsStoredLanguage) {
  const auto signup = client.post_json("/api/v1/auth/signup", ada_signup());
  ASSERT_EQ(signup.status, 201);
  EXPECT_EQ(sink.wait_for(1).size(), 1u) << "the English verification mail";
  ASSERT_EQ(with_cookie(client, "PUT", "/api/v1/me/language", cookie_token(signup),
                        R"({"language": "es"})")
                .status,
            200);
  // The request asks for English; the account chose Spanish.
  const auto forgot = client.request(
      "POST", "/api/v1/auth/password/forgot", R"({"email": "ada.morrow@example.com"})",
      {{"Content-Type", "application/json"}, {"Accept-Language", "en"}});
  ASSERT_EQ(forgot.status, 202) << forgot.body;
  const auto mails = sink.wait_for(2);
  ASSERT_EQ(mails.size(), 2u);
  const auto& reset = mails[1].find("/reset-password") != std::string::npos ? mails[1] : mails[0];
  EXPECT_NE(reset.find("Alguien (esperamos que tú) pidió cambiar la contraseña"), std::string::npos)
      << reset;
  // "Cambia tu contraseña de Motus" as one RFC 2047 word: the header stays ASCII.
  EXPECT_NE(reset.find("Subject: =?UTF-8?B?Q2FtYmlhIHR1IGNvbnRyYXNlw7FhIGRlIE1vdHVz?="),
            std::string::npos)
      << reset;
  EXPECT_NE(link_in(reset, "/reset-password").find("token="), std::string::npos);
}

}  // namespace
}  // namespace motus::test
