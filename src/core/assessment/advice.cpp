#include "core/assessment/advice.hpp"

#include <array>

namespace motus::core::assessment {
namespace {

// Pain for 12 weeks or more is chronic (ACP, Qaseem 2017): mood and worry then shape pain and
// recovery, so PHQ-9 and GAD-7 are worth asking (docs/clinical-sources.md §5).
constexpr int kChronicWeeks = 12;

constexpr std::array<std::string_view, enum_count<Tier>()> kTierAdvice{
    "Please call emergency services or go to A&E (the emergency department) now. Stop the "
    "exercises until a doctor has checked you.",
    "Please see a doctor in the next few days. Your exercise program is paused until a doctor "
    "says it is safe to go on.",
    "You can keep doing the gentle program. Please also book a visit with your doctor about "
    "what is listed above: it says what to ask about and how soon.",
    "You can start your exercise program. Move a little every day; gentle activity helps back "
    "pain more than rest."};

constexpr std::array<std::string_view, enum_count<Pattern>()> kPatternAdvice{
    "Your answers fit pain from the joint between the spine and the pelvis (the SI joint). "
    "Strong buttock muscles help it; the program starts with bridges.",
    "Your answers fit an irritated nerve in the low back (sciatica). If numbness or weakness "
    "spreads, or shows up in both legs, stop and get help the same day.",
    "Your answers fit a tight, sore muscle deep in the buttock (piriformis). Short breaks from "
    "sitting and gentle stretches usually help.",
    "Your answers fit sore muscles along one side of the sacrum. The research on this pattern "
    "is still thin, so we will watch how you feel and adjust.",
    "Your answers fit inflammatory back pain. Exercise helps it; any medicine is for your "
    "doctor to decide.",
    "Your answers fit pelvic girdle pain linked to pregnancy, which about 1 in 5 pregnant "
    "women have. Late in pregnancy, avoid lying flat on your back for long and avoid lying on "
    "your front; a support belt can help.",
    "Your answers fit tailbone pain. About 9 in 10 people get better with simple care like a "
    "cushion and gentle exercise.",
    "Your answers fit common low-back pain, the kind most people have at some time. It "
    "usually gets better with staying active and steady exercise."};

constexpr std::array<std::string_view, enum_count<Tier>()> kFlareAdvice{
    kTierAdvice[0], kTierAdvice[1], "Keep moving gently and see a doctor soon about what is new.",
    "Flares happen and usually settle. Stay active, avoid bed rest, and go back to the last "
    "exercise level that felt fine."};

}  // namespace

std::vector<std::string> advice_for(Tier tier, Pattern top) {
  std::vector<std::string> advice{std::string(kTierAdvice[static_cast<std::size_t>(tier)])};
  if (tier == Tier::routine || tier == Tier::self_care) {
    advice.emplace_back(kPatternAdvice[static_cast<std::size_t>(top)]);
  }
  advice.emplace_back(kNotMedicalAdvice);
  return advice;
}

std::vector<std::string> flare_advice_for(Tier tier) {
  return {std::string(kFlareAdvice[static_cast<std::size_t>(tier)]),
          std::string(kNotMedicalAdvice)};
}

// In an emergency, questionnaires only delay help; when urgent, a pain score is enough for the
// doctor. Otherwise NPRS and PSFS always (free, docs/clinical-sources.md §5), STarT Back and ODI as
// licensed plug-ins, PHQ-9 and GAD-7 once pain has lasted 12 weeks or more.
std::vector<Instrument> instruments_for(Tier tier, const Intake& intake) {
  switch (tier) {
    case Tier::emergency:
      return {};
    case Tier::urgent:
      return {Instrument::nprs};
    case Tier::routine:
    case Tier::self_care:
      break;
  }
  std::vector<Instrument> instruments{Instrument::nprs, Instrument::psfs, Instrument::start_back,
                                      Instrument::odi};
  if (intake.duration_weeks >= kChronicWeeks) {
    instruments.push_back(Instrument::phq9);
    instruments.push_back(Instrument::gad7);
  }
  return instruments;
}

}  // namespace motus::core::assessment
