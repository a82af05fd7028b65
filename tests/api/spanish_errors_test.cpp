// Error answers in the member's language (issue 20): every problem a member or a person signing
// up can meet says its detail (and each errors[].message) in Spanish when the request's language
// is Spanish (the stored choice, else Accept-Language), and exactly as before in English. Each
// bad request below is sent twice, in English and in Spanish: the test fails on a Spanish
// answer that is still the English one, or that reads English. Both back ends.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

// English left in a Spanish sentence: words every English detail uses.
bool reads_english(const std::string& text) {
  for (const char* word : {" the ", "The ", "Please", "please", " your ", "Your ", "You ", " you ",
                           " is ", "expected", " or "}) {
    if (text.find(word) != std::string::npos) return true;
  }
  return false;
}

// GAD-7 answered in full, question 1 with `first`.
json gad7_with_first(int first) {
  json answers = json::array();
  for (int i = 1; i <= 7; ++i) {
    answers.push_back({{"item", "item_" + std::to_string(i)}, {"value", i == 1 ? first : 0}});
  }
  return answers;
}

struct BadRequest {
  std::string name;
  std::string method;
  std::string target;
  std::string body;  // sent as application/json when not empty
  bool signed_in = true;
  int status = 400;
  std::string english;  // the English detail, unchanged
  std::string spanish;  // the Spanish detail (empty: only checked to be Spanish)
};

class SpanishErrors : public SignedUpMember {
 protected:
  HttpResult send(const BadRequest& bad, const std::string& accept_language) {
    std::map<std::string, std::string> headers{{"Accept-Language", accept_language}};
    if (!bad.body.empty()) headers["Content-Type"] = "application/json";
    if (bad.signed_in) headers["Cookie"] = "__Host-motus=" + token;
    return client.request(bad.method, bad.target, bad.body, headers);
  }

  void expect_spanish(const BadRequest& bad, const std::string& accept_language = "es-MX") {
    SCOPED_TRACE(bad.name);
    const auto english = send(bad, "en-US");
    const auto spanish = send(bad, accept_language);
    ASSERT_EQ(english.status, bad.status) << english.body;
    ASSERT_EQ(spanish.status, bad.status) << spanish.body;
    const auto en = english.json();
    const auto es = spanish.json();
    EXPECT_EQ(en["detail"], bad.english) << english.body;
    if (!bad.spanish.empty()) {
      EXPECT_EQ(es["detail"], bad.spanish) << spanish.body;
    }
    const std::string detail = es.value("detail", "");
    EXPECT_NE(detail, en.value("detail", "")) << "still English: " << detail;
    EXPECT_FALSE(reads_english(detail)) << detail;
    EXPECT_NE(es["title"], en["title"]) << spanish.body;
    EXPECT_EQ(spanish.header("content-language"), "es");
    EXPECT_EQ(english.header("content-language"), "");
    // A form shows errors[].message beside its field: in Spanish too, for the same fields.
    ASSERT_EQ(es.contains("errors"), en.contains("errors"));
    if (!es.contains("errors")) return;
    ASSERT_EQ(es["errors"].size(), en["errors"].size());
    for (std::size_t i = 0; i < es["errors"].size(); ++i) {
      EXPECT_EQ(es["errors"][i]["field"], en["errors"][i]["field"]);
      const std::string message = es["errors"][i]["message"];
      EXPECT_NE(message, en["errors"][i]["message"].get<std::string>());
      EXPECT_FALSE(reads_english(message)) << message;
    }
  }
};

TEST_F(SpanishErrors, EveryMemberFacingProblemIsSaidInSpanish) {
  json short_password = ada_signup("short");
  short_password["email"] = "bea.ruiz@example.com";
  const std::vector<BadRequest> bad = {
      {"wrong password", "POST", "/api/v1/auth/login",
       json{{"email", "ada.morrow@example.com"}, {"password", "not-the-right-one-9"}}.dump(), false,
       401, "The email or password is not right. Please try again.",
       "El correo o la contraseña no son correctos. Inténtalo de nuevo."},
      {"a password too short", "POST", "/api/v1/auth/signup", short_password.dump(), false, 400,
       "Your password needs at least 12 characters. A few words strung together work well.",
       "Tu contraseña necesita al menos 12 caracteres. Unas cuantas palabras seguidas funcionan "
       "muy bien."},
      {"an email that does not look right", "POST", "/api/v1/auth/login",
       json{{"email", "ada"}, {"password", "whatever-it-is-1"}}.dump(), false, 400,
       "This email address does not look right.", "Este correo electrónico no parece correcto."},
      {"not logged in", "GET", "/api/v1/me/program", "", false, 401, "Log in to use this.",
       "Inicia sesión para usar esto."},
      {"no program yet", "GET", "/api/v1/me/program", "", true, 404,
       "You do not have an exercise program yet. Please fill in the questions about your pain "
       "first (POST /api/v1/me/intake). If your answers showed a warning sign, please see a "
       "doctor first.",
       ""},
      {"a bad check-in (the validator)", "POST", "/api/v1/me/checkins",
       json{{"pain", 11}, {"flare", "no"}}.dump(), true, 400,
       "flare: expected true or false (is this a flare-up?). pain: expected a whole number from "
       "0 (no pain) to 10 (the worst pain).",
       "flare: se espera true o false (¿es una crisis de dolor?). pain: elige un número entero "
       "del 0 (sin dolor) al 10 (el peor dolor)."},
      {"a check-in with a field left out", "POST", "/api/v1/me/checkins",
       json{{"flare", false}}.dump(), true, 400,
       "pain: expected a whole number from 0 (no pain) to 10 (the worst pain).", ""},
      {"a body that is not JSON", "POST", "/api/v1/me/checkins", "{\"pain\": ", true, 400,
       "The body is not valid JSON.", "El cuerpo no es un JSON válido."},
      {"a questionnaire left half done (the core)", "POST", "/api/v1/me/instruments/phq9/responses",
       json{{"answers", json::array({{{"item", "item_1"}, {"value", 1}}})}}.dump(), true, 400,
       "answers: item_2 is not answered; phq9 needs an answer to every question (1 answered)",
       "answers: falta responder item_2; phq9 necesita una respuesta a cada pregunta (1 "
       "respondidas)"},
      {"an answer a question does not have", "POST", "/api/v1/me/instruments/gad7/responses",
       json{{"answers", gad7_with_first(9)}}.dump(), true, 400,
       "answers[0].value: 9 is not an answer to item_1 (choose from 0, 1, 2, 3)", ""},
      {"no such questionnaire", "POST", "/api/v1/me/instruments/nope/responses",
       json{{"answers", json::array()}}.dump(), true, 404,
       "There is no questionnaire \"nope\". GET /api/v1/instruments lists them.", ""},
      {"a visit with no therapist yet", "POST", "/api/v1/me/appointments",
       json{{"starts_at", 1893456000000}}.dump(), true, 409,
       "You can book a video visit once a therapist is looking after you.", ""},
      {"a wrong password to delete the account", "DELETE", "/api/v1/me",
       json{{"password", "not-the-right-one-9"}}.dump(), true, 403,
       "The password you typed is not right, so nothing was deleted.", ""},
      {"a method an address does not take", "DELETE", "/api/v1/instruments", "", false, 405,
       "This address does not accept DELETE.", "Esta dirección no acepta DELETE."},
      {"nothing at this address", "GET", "/api/v1/nothing-here", "", false, 404,
       "Nothing is at this address.", ""},
      {"no such exercise in the library", "GET", "/api/v1/exercises/no-such-one", "", false, 404,
       "There is no exercise with this id.", "No hay ningún ejercicio con este código."},
      {"a search with no words", "GET", "/api/v1/search?q=%20", "", false, 400,
       "Type some words to search for in the parameter q.", ""},
      {"a library filter it does not know", "GET", "/api/v1/exercises?kind=dance", "", false, 400,
       "The filter kind has a value we do not know. 'dance' is not a kind we know. Use one of: "
       "strength, mobility, stretch, aerobic, technique.",
       ""},
  };
  for (const auto& request : bad) expect_spanish(request);
}

TEST_F(SpanishErrors, TooManyWrongPasswordsIsSaidInSpanish) {
  const BadRequest wrong{
      "a wrong password",
      "POST",
      "/api/v1/auth/login",
      json{{"email", "ada.morrow@example.com"}, {"password", "a-guess-it-is-9"}}.dump(),
      false,
      401,
      "",
      ""};
  for (int i = 0; i < 5; ++i) ASSERT_EQ(send(wrong, "es").status, 401);
  const auto spanish = send(wrong, "es");
  ASSERT_EQ(spanish.status, 429) << spanish.body;
  const std::string detail = spanish.json()["detail"];
  EXPECT_EQ(detail.rfind("Hubo demasiadas contraseñas incorrectas. Para proteger la cuenta, "
                         "espera unos ",
                         0),
            0u)
      << detail;
  EXPECT_EQ(spanish.json()["title"], "Demasiados intentos");
  EXPECT_FALSE(spanish.header("retry-after").empty());
  const auto english = send(wrong, "en");
  ASSERT_EQ(english.status, 429);
  EXPECT_EQ(
      english.json()["detail"].get<std::string>().rfind(
          "There were too many wrong passwords. To keep the account safe, please wait about ", 0),
      0u);
}

TEST_F(SpanishErrors, TheStoredChoiceBeatsTheBrowserForErrorsToo) {
  auto chosen =
      with_cookie(client, "PUT", "/api/v1/me/language", token, json{{"language", "es"}}.dump());
  ASSERT_EQ(chosen.status, 200) << chosen.body;
  const BadRequest bad{"a bad check-in, the account in Spanish",
                       "POST",
                       "/api/v1/me/checkins",
                       json{{"pain", -1}, {"flare", true}}.dump(),
                       true,
                       400,
                       "",
                       ""};
  const auto answer = send(bad, "en-US");
  ASSERT_EQ(answer.status, 400) << answer.body;
  EXPECT_EQ(answer.json()["detail"],
            "pain: elige un número entero del 0 (sin dolor) al 10 (el peor dolor).");
  EXPECT_EQ(answer.json()["errors"][0]["message"],
            "elige un número entero del 0 (sin dolor) al 10 (el peor dolor).");
}

}  // namespace
}  // namespace motus::test
