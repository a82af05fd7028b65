// One dose wording (core/program/dose_words.hpp) and one pain-scale wording (core/pain_scale.hpp):
// every screen and the FHIR export read them from the server, so they are pinned here.
#include "core/program/dose_words.hpp"

#include <gtest/gtest.h>

#include "core/pain_scale.hpp"
#include "core/program/dosage_rules.hpp"

namespace motus::core::program {
namespace {

Dosage dose(int sets, int reps, int hold_seconds = 0, int minutes = 0, Sides sides = Sides::both,
            int rest_seconds = 0) {
  return {sets, reps, hold_seconds, minutes, sides, rest_seconds};
}

TEST(DoseWords, RepsHoldsMinutesSidesAndRest) {
  EXPECT_EQ(dose_words(dose(2, 10)), "2 sets of 10");
  EXPECT_EQ(dose_words(dose(1, 1)), "1 set of 1");
  EXPECT_EQ(dose_words(dose(2, 10, 0, 0, Sides::both, 30)), "2 sets of 10, rest 30 seconds");
  EXPECT_EQ(dose_words(dose(1, 3, 20, 0, Sides::each)), "1 set of 3 × 20-second hold, each side");
  EXPECT_EQ(dose_words(dose(3, 0, 30)), "3 sets of 1 × 30-second hold") << "a hold-only set";
  EXPECT_EQ(dose_words(dose(1, 0, 0, 5, Sides::both, 30)), "5 minutes") << "a walk has no rests";
  EXPECT_EQ(dose_words(dose(1, 0, 0, 1)), "1 minute");
  EXPECT_EQ(dose_words(dose(1, 5, 0, 0, Sides::both, 1)), "1 set of 5, rest 1 second");
}

TEST(DoseWords, TheLighterDoseIsASetLessFewerRepsShorterHoldsLongerRest) {
  const Dosage lighter = lighter_dose(dose(2, 10, 0, 0, Sides::each, 30));
  EXPECT_EQ(dose_words(lighter), "1 set of 7, each side, rest 45 seconds");
  const Dosage holds = lighter_dose(dose(2, 4, 20));
  EXPECT_EQ(holds.reps, 3);
  EXPECT_EQ(holds.hold_seconds, 15);
  EXPECT_EQ(lighter_dose(dose(1, 2, 30)).reps, 2) << "never one hold alone";
  EXPECT_EQ(lighter_dose(dose(1, 0, 0, 20)).minutes, 15);
  EXPECT_EQ(lighter_dose(dose(1, 0, 0, 6)).minutes, 5) << "a walk stays at least 5 minutes";
}

TEST(PainScale, WordsForEveryNumber) {
  EXPECT_EQ(pain_words(0), "no pain");
  for (int pain : {1, 2, 3}) EXPECT_EQ(pain_words(pain), "mild") << pain;
  for (int pain : {4, 5, 6}) EXPECT_EQ(pain_words(pain), "moderate") << pain;
  for (int pain : {7, 8, 9}) EXPECT_EQ(pain_words(pain), "strong") << pain;
  EXPECT_EQ(pain_words(10), "worst pain");
  EXPECT_EQ(kLeastPain, 0);
  EXPECT_EQ(kMostPain, 10);
}

}  // namespace
}  // namespace motus::core::program
