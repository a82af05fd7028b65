// What a member reads after a flare screen and a daily check-in, in English and in Spanish: the
// same decision (after_screen) said in each, with nothing left in English in the Spanish.
#include <gtest/gtest.h>

#include "core/care/after_screen.hpp"
#include "core/care/checkin_advice.hpp"

namespace motus::core::care {
namespace {

using assessment::Tier;

AfterScreen screened(Standing standing, Tier tier) {
  return after_screen(standing, {Screen::checkin, tier, {}});
}

TEST(AdviceInSpanish, EveryTierAndStepIsSaidInBothLanguages) {
  for (const auto standing : {Standing::no_program, Standing::running, Standing::paused}) {
    for (const auto tier : {Tier::emergency, Tier::urgent, Tier::routine, Tier::self_care}) {
      const auto after = screened(standing, tier);
      EXPECT_EQ(advice_in(after, Language::en), after.advice) << "the English is the stored one";
      const auto spanish = advice_in(after, Language::es);
      EXPECT_FALSE(spanish.empty());
      EXPECT_NE(spanish, after.advice);
      for (const char* english : {"your ", "Your ", " the ", "Please"}) {
        EXPECT_EQ(spanish.find(english), std::string::npos) << spanish;
      }
    }
  }
  EXPECT_EQ(advice_in(screened(Standing::running, Tier::urgent), Language::es),
            "Consulta a un médico en los próximos días, antes de volver a hacer ejercicio. "
            "Pausamos tus ejercicios y avisamos a tu equipo de atención.");
  EXPECT_EQ(advice_in(screened(Standing::running, Tier::emergency), Language::es)
                .rfind("Pide ayuda ahora: llama a emergencias o ve a urgencias.", 0),
            0u);
}

TEST(AdviceInSpanish, AnIntakeHasNoneOfItsOwn) {
  const auto after = after_screen(Standing::no_program, {Screen::intake, Tier::self_care, {}});
  EXPECT_EQ(advice_in(after, Language::es), "");
}

TEST(AdviceInSpanish, CheckinAdviceInBothLanguages) {
  EXPECT_EQ(checkin_advice(false, std::nullopt, Language::en), "Thanks for checking in.");
  EXPECT_EQ(checkin_advice(false, std::nullopt, Language::es), "Gracias por contarnos cómo estás.");
  const auto flare_es = checkin_advice(true, std::nullopt, Language::es);
  EXPECT_EQ(flare_es.rfind("Sentimos que hoy sea un día difícil. ", 0), 0u) << flare_es;
  EXPECT_NE(flare_es.find("señales de alarma"), std::string::npos) << flare_es;
  EXPECT_EQ(checkin_advice(true, std::nullopt, Language::en),
            "Sorry it is a tough day. Keep moving gently and skip what hurts. Please also answer "
            "a few questions about warning signs: they matter most in a flare-up.");
  const auto calm = screened(Standing::running, Tier::self_care);
  EXPECT_EQ(checkin_advice(true, calm, Language::es),
            "Sentimos que hoy sea un día difícil. " + advice_in(calm, Language::es));
  const auto alarm = screened(Standing::running, Tier::urgent);
  EXPECT_EQ(checkin_advice(true, alarm, Language::es), advice_in(alarm, Language::es))
      << "no kind word before an alarm the care team hears about";
}

}  // namespace
}  // namespace motus::core::care
