// Bad definitions are rejected with the field at fault first, so the author knows what to fix.
#include <gtest/gtest.h>

#include <functional>
#include <nlohmann/json.hpp>

#include "core/assessment/input_error.hpp"
#include "core/instruments/read_definition.hpp"
#include "core/instruments/response.hpp"

namespace {

using motus::core::assessment::InputError;
using motus::core::instruments::read_definition;
using nlohmann::json;

json good() {
  return json::parse(R"({
    "id": "mood_check", "title": "Mood check", "licence": "Ours.",
    "items": [
      {"id": "q1", "text": "First", "answers": [{"value": 0, "label": "No"}, {"value": 1, "label": "Yes"}]},
      {"id": "q2", "text": "Second", "answers": [{"value": 0, "label": "No"}, {"value": 2, "label": "Yes", "points": 1}]}
    ],
    "scoring": {"kind": "sum",
      "subscales": [{"id": "second", "title": "Second only", "items": ["q2"]}],
      "bands": [{"label": "Low", "code": "low", "max": 1}, {"label": "High", "code": "high", "min": 2}]},
    "change": {"better": "lower", "points": 1, "source": "Made up for this test."}
  })");
}

std::string error_after(const std::function<void(json&)>& spoil) {
  json document = good();
  spoil(document);
  try {
    read_definition(document);
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
}

TEST(Definition, AGoodOneReadsEveryField) {
  const auto definition = read_definition(good());
  EXPECT_EQ(definition.id, "mood_check");
  ASSERT_EQ(definition.items.size(), 2u);
  EXPECT_EQ(definition.items[1].answers[1].points, 1);
  EXPECT_EQ(definition.items[0].answers[1].points, 1);  // points default to the value
  EXPECT_EQ(definition.scoring.items, (std::vector<std::string>{"q1", "q2"}));
  EXPECT_EQ(definition.scoring.min_answered, 2);
  ASSERT_EQ(definition.scoring.bands.size(), 2u);
  EXPECT_FALSE(definition.scoring.bands[0].range.min);
  ASSERT_TRUE(definition.change);
  EXPECT_EQ(definition.change->points, 1);
}

TEST(Definition, BadOnesNameTheField) {
  EXPECT_EQ(error_after([](json& d) { d.erase("title"); }), "title: required");
  EXPECT_EQ(error_after([](json& d) { d["colour"] = "blue"; }), "colour: unknown field");
  EXPECT_EQ(error_after([](json& d) { d["id"] = "Mood Check"; }),
            "id: \"Mood Check\" should use only a-z, 0-9 and _");
  EXPECT_EQ(error_after([](json& d) { d["items"][1]["answers"][0].erase("label"); }),
            "items[1].answers[0].label: required");
  EXPECT_EQ(error_after([](json& d) { d["items"][0]["answers"][1]["value"] = 0; }),
            "items[0].answers[1].value: 0 is listed twice");
  EXPECT_EQ(error_after([](json& d) { d["items"][0]["answers"][1]["value"] = 1.5; }),
            "items[0].answers[1].value: expected a whole number");
  EXPECT_EQ(error_after([](json& d) { d["items"][1]["id"] = "q1"; }),
            "items[1].id: \"q1\" is listed twice");
  EXPECT_EQ(error_after([](json& d) { d["items"][0]["answers"].erase(1); }),
            "items[0].answers: needs at least 2");
  EXPECT_EQ(error_after([](json& d) { d["items"] = json::array(); }), "items: required");
  EXPECT_EQ(error_after([](json& d) { d.erase("scoring"); }), "scoring: required");
  EXPECT_EQ(error_after([](json& d) { d["scoring"]["kind"] = "median"; }),
            "scoring.kind: \"median\" is not one of single, sum, mean or percent_of_max");
  EXPECT_EQ(error_after([](json& d) { d["scoring"]["kind"] = "single"; }),
            "scoring.items: a single score needs exactly one item");
  EXPECT_EQ(error_after([](json& d) {
              d["scoring"]["items"] = {"q1", "q9"};
            }),
            "scoring.items[1]: \"q9\" is not an item of this instrument");
  EXPECT_EQ(error_after([](json& d) { d["scoring"]["min_answered"] = 3; }),
            "scoring.min_answered: must be between 1 and 2");
  EXPECT_EQ(error_after([](json& d) { d["scoring"]["bands"][1]["max"] = 1; }),
            "scoring.bands[1].min: is above max");
  EXPECT_EQ(error_after([](json& d) {
              d["scoring"]["bands"][0]["subscale"] = {{"id", "mood"}};
            }),
            "scoring.bands[0].subscale.id: \"mood\" is not a subscale of this instrument");
  EXPECT_EQ(error_after([](json& d) { d["scoring"]["subscales"][0]["items"] = {"q3"}; }),
            "scoring.subscales[0].items[0]: \"q3\" is not an item of this instrument");
  EXPECT_EQ(error_after([](json& d) { d["change"]["points"] = 0; }),
            "change.points: must be above 0");
  EXPECT_EQ(error_after([](json& d) { d["change"]["better"] = "up"; }),
            "change.better: \"up\" is not one of lower or higher");
  EXPECT_EQ(error_after([](json& d) {
              d["loinc"] = {{"score", 72514}};
            }),
            "loinc.score: expected text");
  EXPECT_EQ(error_after([](json& d) { d = json::array(); }),
            "instrument: expected a JSON object ({ ... })");
}

TEST(Response, ReadsAndRejectsByField) {
  const auto response = motus::core::instruments::read_response(json::parse(
      R"({"instrument": "nprs", "answered_at_ms": 1700000000000, "answers": [{"item": "pain", "value": 4}]})"));
  EXPECT_EQ(response.instrument_id, "nprs");
  EXPECT_EQ(response.answered_at_ms, 1700000000000);
  ASSERT_EQ(response.answers.size(), 1u);
  EXPECT_EQ(response.answers[0].value, 4);
  const auto error_of = [](const char* text) -> std::string {
    try {
      motus::core::instruments::read_response(json::parse(text));
    } catch (const InputError& error) {
      return error.what();
    }
    return "no error";
  };
  EXPECT_EQ(error_of(R"({"instrument": "nprs", "answers": [{"item": "pain"}]})"),
            "answers[0].value: required");
  EXPECT_EQ(error_of(R"({"instrument": "nprs", "answers": [{"item": "pain", "value": "4"}]})"),
            "answers[0].value: expected a whole number");
  EXPECT_EQ(
      error_of(
          R"({"instrument": "nprs", "answered_at_ms": -5, "answers": [{"item": "pain", "value": 4}]})"),
      "answered_at_ms: must be at least 0");
  EXPECT_EQ(error_of(R"({"answers": []})"), "instrument: required");
}

}  // namespace
