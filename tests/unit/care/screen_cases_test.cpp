// Runs every case in tests/cases/flare/*.json through care::after_screen, the one decision on
// what a screen causes (core/care/after_screen.hpp): adding a case needs no C++. Each file:
// { name, description, source,
//   screen: intake | checkin | session,
//   program: no_program | running | paused            (how the screen finds the program),
//   one of  flare_check: { the flare check answers }   (screened by assessment::recheck),
//           intake: { an intake }                       (screened by assessment::assess),
//           outcome: { tier, reasons: [codes] }         (a screen's result given directly),
//   expect: { tier, program: start | withhold | keep | pause | stay_paused | none, paused,
//             care_flag: null | { kind, reasons: [codes, most urgent first], source },
//             advice_includes?: [text], advice_excludes?: [text] } }
// Each file is its own test (support/case_files.hpp); any other key fails it.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include "core/assessment/assessment_json.hpp"
#include "core/care/after_screen.hpp"
#include "support/case_files.hpp"

namespace {

using nlohmann::json;
namespace a = motus::core::assessment;
namespace care = motus::core::care;
namespace test = motus::test;

template <typename E>
E enum_named(const json& value, const std::string& field) {
  const auto found = a::enum_from_name<E>(value.get<std::string>());
  if (!found) ADD_FAILURE() << field << ": " << value << " is not one of " << a::choices_of<E>();
  return found.value_or(E{});
}

std::vector<std::string> codes_of(const std::vector<a::TriageReason>& reasons) {
  std::vector<std::string> codes;
  for (const auto& reason : reasons) codes.push_back(reason.code);
  return codes;
}

care::ScreenOutcome outcome_in(const json& file, care::Screen screen) {
  if (file.contains("intake"))
    return care::outcome_of(a::assess(a::intake_from_json(file["intake"])));
  if (file.contains("flare_check")) {
    return care::outcome_of(screen, a::recheck(a::flare_check_from_json(file["flare_check"])));
  }
  const json& given = file["outcome"];
  test::expect_known_keys(given, {"tier", "reasons"}, "outcome.");
  care::ScreenOutcome outcome{screen, enum_named<a::Tier>(given["tier"], "outcome.tier"), {}};
  for (const auto& code : given.value("reasons", json::array())) {
    outcome.reasons.push_back({code.get<std::string>(), "", outcome.tier});
  }
  return outcome;
}

void check_care_flag(const care::AfterScreen& after, const json& expected) {
  if (expected.is_null()) {
    EXPECT_FALSE(after.care_flag.has_value())
        << "a care flag was raised: " << a::name_of(after.care_flag->kind);
    return;
  }
  test::expect_known_keys(expected, {"kind", "reasons", "source"}, "expect.care_flag.");
  ASSERT_TRUE(after.care_flag.has_value()) << "no care flag was raised";
  EXPECT_EQ(a::name_of(after.care_flag->kind), expected["kind"].get<std::string>());
  EXPECT_EQ(after.care_flag->reason_codes, expected["reasons"].get<std::vector<std::string>>());
  EXPECT_EQ(after.care_flag->source, expected["source"].get<std::string>());
}

void check_screen_case(const json& file) {
  for (const char* key : {"name", "description", "source", "screen", "program", "expect"}) {
    ASSERT_TRUE(file.contains(key)) << "missing " << key;
  }
  test::expect_known_keys(file, {"name", "description", "source", "screen", "program",
                                 "flare_check", "intake", "outcome", "expect"});
  const int inputs = static_cast<int>(file.contains("flare_check")) +
                     static_cast<int>(file.contains("intake")) +
                     static_cast<int>(file.contains("outcome"));
  ASSERT_EQ(inputs, 1) << "give exactly one of flare_check, intake or outcome";
  const json& expect = file["expect"];
  test::expect_known_keys(
      expect, {"tier", "program", "paused", "care_flag", "advice_includes", "advice_excludes"},
      "expect.");
  for (const char* key : {"tier", "program", "paused", "care_flag"}) {
    ASSERT_TRUE(expect.contains(key)) << "missing expect." << key;
  }

  const auto screen = enum_named<care::Screen>(file["screen"], "screen");
  const auto standing = enum_named<care::Standing>(file["program"], "program");
  const auto outcome = outcome_in(file, screen);
  const auto after = care::after_screen(standing, outcome);

  EXPECT_EQ(a::name_of(after.tier), expect["tier"].get<std::string>())
      << "reasons: " << json(codes_of(outcome.reasons));
  EXPECT_EQ(a::name_of(after.program), expect["program"].get<std::string>());
  EXPECT_EQ(after.paused, expect["paused"].get<bool>());
  check_care_flag(after, expect["care_flag"]);
  for (const auto& text : expect.value("advice_includes", json::array())) {
    EXPECT_NE(after.advice.find(text.get<std::string>()), std::string::npos)
        << "advice lacks " << text << ": " << after.advice;
  }
  for (const auto& text : expect.value("advice_excludes", json::array())) {
    EXPECT_EQ(after.advice.find(text.get<std::string>()), std::string::npos)
        << "advice says " << text << ": " << after.advice;
  }
}

}  // namespace

class ScreenCase : public testing::TestWithParam<std::string> {};

TEST_P(ScreenCase, MatchesItsExpectation) {
  SCOPED_TRACE("tests/cases/flare/" + GetParam());
  check_screen_case(test::read_json(test::cases_folder("flare") / GetParam()));
}

INSTANTIATE_TEST_SUITE_P(File, ScreenCase, testing::ValuesIn(test::case_names("flare")),
                         test::case_test_name);

// A misspelt expectation must fail its case rather than pass unread.
TEST(ScreenCases, AnUnknownKeyFailsTheCaseNamingTheKey) {
  json file = test::read_json(test::cases_folder("flare") / "checkin-urgent-pauses.json");
  check_screen_case(file);
  file["expect"]["care_flags"] = nullptr;
  EXPECT_NONFATAL_FAILURE(check_screen_case(file), "unknown key \"expect.care_flags\"");
  file["expect"].erase("care_flags");
  file["expect"]["care_flag"]["reason"] = "weight_loss_unexplained";
  EXPECT_NONFATAL_FAILURE(check_screen_case(file), "unknown key \"expect.care_flag.reason\"");
  file["expect"]["care_flag"].erase("reason");
  file["state"] = "paused";
  EXPECT_NONFATAL_FAILURE(check_screen_case(file), "unknown key \"state\"");
}

// The advice never contradicts the tier (docs/clinical-sources.md §3): whatever the program's
// standing, an emergency or urgent answer never says "none is a warning sign" or "keep moving", and
// a paused program is never told to go on.
TEST(ScreenCases, AdviceAgreesWithTheTierAndTheProgram) {
  for (const auto screen : {care::Screen::checkin, care::Screen::session}) {
    for (const auto standing :
         {care::Standing::no_program, care::Standing::running, care::Standing::paused}) {
      for (const auto tier :
           {a::Tier::emergency, a::Tier::urgent, a::Tier::routine, a::Tier::self_care}) {
        SCOPED_TRACE(std::string(a::name_of(screen)) + " " + std::string(a::name_of(standing)) +
                     " " + std::string(a::name_of(tier)));
        const auto after = care::after_screen(standing, {screen, tier, {}});
        const bool stops = tier == a::Tier::emergency || tier == a::Tier::urgent;
        EXPECT_EQ(after.care_flag.has_value(), stops);
        EXPECT_EQ(after.advice.find("None of your answers") != std::string::npos,
                  tier == a::Tier::self_care)
            << after.advice;
        EXPECT_EQ(after.advice.find("doctor") != std::string::npos || stops,
                  tier != a::Tier::self_care)
            << after.advice;
        if (after.paused || stops) {
          EXPECT_EQ(after.advice.find("Keep moving"), std::string::npos) << after.advice;
        }
        EXPECT_EQ(after.advice.find("paused") != std::string::npos, after.paused) << after.advice;
      }
    }
  }
}
