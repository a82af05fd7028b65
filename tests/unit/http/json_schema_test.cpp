// The contract's JSON Schema builders and validator (http/json_schema.hpp): what they accept,
// what they refuse and the field paths and words a 400 gives. The drift test
// (tests/api/contract_drift_test.cpp) checks the handlers' answers with this same validator, so
// a checker that passed everything would let the document drift: the last tests prove that a
// deliberately wrong schema fails on a real-shaped answer.
#include "http/json_schema.hpp"

#include <gtest/gtest.h>

#include "http/problem.hpp"

namespace motus::http::schema {
namespace {

Json checkin_body() {
  return strict_object({{"pain", said(whole(0, 10), "expected a whole number from 0 to 10.")},
                        {"flare", yes_no()},
                        {"notes?", nullable(text(0, 2000))},
                        {"flare_check?", object({{"leg_symptoms", words({"none", "left"})}})}});
}

std::vector<std::string> fields(const std::vector<Violation>& violations) {
  std::vector<std::string> out;
  for (const auto& v : violations) out.push_back(v.field);
  return out;
}

TEST(JsonSchema, AcceptsAValueThatFits) {
  EXPECT_TRUE(validate(checkin_body(), {{"pain", 3}, {"flare", false}}).empty());
  EXPECT_TRUE(validate(checkin_body(), {{"pain", 3}, {"flare", true}, {"notes", nullptr}}).empty());
  EXPECT_TRUE(validate(checkin_body(), {{"pain", 3.0}, {"flare", true}}).empty())
      << "3.0 is a whole number in JSON Schema";
}

TEST(JsonSchema, NamesEveryFieldAtFault) {
  const auto violations = validate(
      checkin_body(), {{"pain", 11}, {"notes", 5}, {"flare_check", {{"leg_symptoms", "up"}}}});
  EXPECT_EQ(fields(violations),
            (std::vector<std::string>{"flare", "flare_check.leg_symptoms", "notes", "pain"}));
  for (const auto& v : violations) {
    if (v.field == "pain") {
      EXPECT_EQ(v.message, "expected a whole number from 0 to 10.");
    }
    if (v.field == "flare") {
      EXPECT_EQ(v.message, "is needed.");
    }
    if (v.field == "notes") {
      EXPECT_EQ(v.message, "expected text or null.");
    }
    if (v.field == "flare_check.leg_symptoms") {
      EXPECT_EQ(v.message, "expected one of none, left.");
    }
  }
}

TEST(JsonSchema, AMissingFieldWithItsOwnWordsSaysThem) {
  const auto violations = validate(checkin_body(), {{"flare", true}});
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_EQ(violations[0].field, "pain");
  EXPECT_EQ(violations[0].message, "expected a whole number from 0 to 10.");
}

TEST(JsonSchema, AStrictObjectRefusesUnknownFieldsAndATolerantOneKeepsThem) {
  const auto strict = validate(checkin_body(), {{"pain", 1}, {"flare", false}, {"mood", "ok"}});
  ASSERT_EQ(strict.size(), 1u);
  EXPECT_EQ(strict[0].field, "mood");
  EXPECT_NE(strict[0].message.find("use"), std::string::npos) << strict[0].message;
  EXPECT_TRUE(validate(object({{"a", text()}}), {{"a", "x"}, {"mood", "ok"}}).empty());
}

TEST(JsonSchema, ListItemsAreNamedByTheirPlace) {
  const auto schema = object({{"exercises", list(object({{"sets", whole(1, 10)}}))}});
  const auto violations = validate(schema, {{"exercises", {{{"sets", 2}}, {{"sets", 0}}}}});
  ASSERT_EQ(violations.size(), 1u);
  EXPECT_EQ(violations[0].field, "exercises[1].sets");
  EXPECT_EQ(violations[0].message, "expected a whole number from 1 to 10.");
}

TEST(JsonSchema, TextLengthCountsCharactersNotBytes) {
  EXPECT_TRUE(validate(text(1, 3), "äöü").empty());
  EXPECT_EQ(validate(text(1, 3), "äöüß").size(), 1u);
  EXPECT_EQ(validate(text(1, 3), "").size(), 1u);
}

TEST(JsonSchema, ReferencesAreFollowedInTheDocument) {
  const Json document = {{"components", {{"schemas", {{"Problem", problem()}}}}}};
  const Json ref = {{"$ref", "#/components/schemas/Problem"}};
  const Json good = {{"type", "about:blank"},
                     {"title", "Bad request"},
                     {"status", 400},
                     {"error_id", "x"},
                     {"errors", {{{"field", "pain"}, {"message", "no"}}}}};
  EXPECT_TRUE(validate(ref, good, document).empty());
  auto bad = good;
  bad["errors"][0].erase("field");
  EXPECT_EQ(fields(validate(ref, bad, document)), std::vector<std::string>{"errors[0].field"});
  EXPECT_THROW(validate(ref, good), std::invalid_argument) << "a reference needs its document";
}

TEST(JsonSchema, NullableAndAnyOf) {
  EXPECT_TRUE(validate(nullable(words({"a"})), nullptr).empty());
  EXPECT_FALSE(validate(nullable(words({"a"})), "b").empty());
  const auto either = any_of({whole(), text()});
  EXPECT_TRUE(validate(either, 3).empty());
  EXPECT_TRUE(validate(either, "3").empty());
  EXPECT_EQ(validate(either, true).size(), 1u);
}

TEST(JsonSchema, InvalidFieldsMakeOneProblemNamingThemAll) {
  const auto error = invalid_fields(validate(checkin_body(), {{"pain", 11}, {"flare", "no"}}));
  EXPECT_EQ(error.status(), 400);
  ASSERT_EQ(error.extensions["errors"].size(), 2u);
  EXPECT_EQ(error.extensions["errors"][0]["field"], "flare");
  EXPECT_EQ(error.detail(),
            "flare: expected true or false. pain: expected a whole number from 0 to 10.");
}

// The drift test's checker must fail when an answer and its documented schema disagree. A
// check-in answer as the handler writes it passes its right schema; each deliberately wrong
// schema (a field renamed, a type changed, a field the handler never sends made required, a
// closed list missing a word) must fail it, naming the field.
TEST(JsonSchemaDriftChecker, ADeliberatelyWrongSchemaFailsARealAnswer) {
  const Json answer = {{"id", "c1"},
                       {"at", 1765100000000},
                       {"pain", 4},
                       {"flare", false},
                       {"advice", "Thanks for checking in."}};
  const auto right = object({{"id", text()},
                             {"at", whole()},
                             {"pain", whole(0, 10)},
                             {"flare", yes_no()},
                             {"advice", text()},
                             {"paused?", yes_no()}});
  EXPECT_TRUE(validate(right, answer).empty());

  const auto renamed = object({{"id", text()}, {"when", whole()}});
  EXPECT_EQ(fields(validate(renamed, answer)), std::vector<std::string>{"when"});
  const auto retyped = object({{"pain", text()}});
  EXPECT_EQ(fields(validate(retyped, answer)), std::vector<std::string>{"pain"});
  const auto required_but_absent = object({{"paused", yes_no()}});
  EXPECT_EQ(fields(validate(required_but_absent, answer)), std::vector<std::string>{"paused"});
  const auto closed = object({{"advice", words({"Rest today."})}});
  EXPECT_EQ(fields(validate(closed, answer)), std::vector<std::string>{"advice"});
  const auto list_not_object = list(any());
  EXPECT_EQ(fields(validate(list_not_object, answer)), std::vector<std::string>{""});
}

}  // namespace
}  // namespace motus::http::schema
