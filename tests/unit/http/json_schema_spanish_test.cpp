// The validator's words in Spanish (issue 20): every rule a request body can break has its
// Spanish template beside the English one, a field's own message can carry its Spanish, and a
// 400 made from the violations says them in Spanish when the answer is Spanish, the English
// unchanged.
#include <gtest/gtest.h>

#include "http/json_schema.hpp"
#include "http/problem.hpp"

namespace motus::http::schema {
namespace {

Violation only(const Json& schema, const Json& value) {
  const auto found = validate(schema, value);
  EXPECT_EQ(found.size(), 1u) << value.dump();
  return found.empty() ? Violation{} : found.front();
}

TEST(JsonSchemaInSpanish, EachRuleHasItsSpanishTemplate) {
  struct Case {
    Json schema;
    Json value;
    const char* english;
    const char* spanish;
  };
  const Case cases[] = {
      {object({{"pain", whole()}}), Json::object(), "is needed.", "es obligatorio."},
      {whole(), "3", "expected a whole number.", "se espera un número entero."},
      {yes_no(), 1, "expected true or false.", "se espera true o false."},
      {text(), 2, "expected text.", "se espera un texto."},
      {list(text()), "a", "expected a list.", "se espera una lista."},
      {nullable(whole()), "x", "expected a whole number or null.",
       "se espera un número entero o null."},
      {whole(0, 10), 11, "expected a whole number from 0 to 10.",
       "se espera un número entero del 0 al 10."},
      {whole_from(1), 0, "expected a whole number of at least 1.",
       "se espera un número entero de 1 o más."},
      {text(1, 100), "", "expected text of at most 100 characters, not empty.",
       "se espera un texto no vacío de 100 caracteres como máximo."},
      {text(2, 5), "abcdefg", "expected text of 2 to 5 characters.",
       "se espera un texto de 2 a 5 caracteres."},
      {filled(), "", "expected text, not empty.", "se espera un texto, no vacío."},
      {words({"en", "es"}), "fr", "expected one of en, es.", "se espera uno de estos: en, es."},
      {Json{{"type", "string"}, {"pattern", "^[0-9]{4}$"}}, "12",
       "expected text in the form ^[0-9]{4}$.", "se espera un texto con la forma ^[0-9]{4}$."},
      {Json{{"type", "array"}, {"minItems", 2}}, Json::array({1}), "expected at least 2 items.",
       "se espera una lista de 2 elementos o más."},
      {Json{{"type", "array"}, {"maxItems", 1}}, Json::array({1, 2}), "expected at most 1 items.",
       "se espera una lista de 1 elementos como máximo."},
      {strict_object({{"a", whole()}}), Json{{"a", 1}, {"b", 2}}, "is not a field here (use a).",
       "no es un campo de aquí (usa a)."},
  };
  for (const auto& c : cases) {
    const auto violation = only(c.schema, c.value);
    EXPECT_EQ(violation.message, c.english) << c.value.dump();
    EXPECT_EQ(violation.message_es, c.spanish) << c.value.dump();
  }
}

TEST(JsonSchemaInSpanish, AFieldsOwnMessageCarriesItsSpanishOrFallsBackToTheRule) {
  const auto pain = said(whole(0, 10), "expected 0 to 10.", "elige del 0 al 10.");
  EXPECT_EQ(only(object({{"pain", pain}}), {{"pain", 12}}).message_es, "elige del 0 al 10.");
  EXPECT_EQ(only(object({{"pain", pain}}), Json::object()).message_es, "elige del 0 al 10.");
  // An English-only message: the Spanish says what the broken rule says.
  const auto english_only = said(whole(0, 10), "expected 0 to 10.");
  EXPECT_EQ(only(english_only, 12).message, "expected 0 to 10.");
  EXPECT_EQ(only(english_only, 12).message_es, "se espera un número entero del 0 al 10.");
}

TEST(JsonSchemaInSpanish, TheProblemCarriesBothLanguagesAndEnglishIsUnchanged) {
  const auto body = strict_object({{"pain", whole(0, 10)}, {"flare", yes_no()}});
  const auto error = invalid_fields(validate(body, {{"pain", 11}, {"flare", "no"}}));
  EXPECT_EQ(error.detail(),
            "flare: expected true or false. pain: expected a whole number from 0 to 10.");
  EXPECT_EQ(error.said().in(core::Language::en), error.detail());
  EXPECT_EQ(error.said().in(core::Language::es),
            "flare: se espera true o false. pain: se espera un número entero del 0 al 10.");
  EXPECT_EQ(error.extensions["errors"][1]["message"], "expected a whole number from 0 to 10.");
  ASSERT_TRUE(error.spanish_extensions.contains("errors"));
  EXPECT_EQ(error.spanish_extensions["errors"][1]["field"], "pain");
  EXPECT_EQ(error.spanish_extensions["errors"][1]["message"],
            "se espera un número entero del 0 al 10.");
}

TEST(JsonSchemaInSpanish, ProblemTitlesHaveTheirSpanish) {
  EXPECT_EQ(title_in("Bad request", core::Language::es), "Solicitud no válida");
  EXPECT_EQ(title_in("Too many tries", core::Language::es), "Demasiados intentos");
  EXPECT_EQ(title_in("Bad request", core::Language::en), "Bad request");
  EXPECT_EQ(title_in("Some staff title", core::Language::es), "Some staff title");
}

}  // namespace
}  // namespace motus::http::schema
