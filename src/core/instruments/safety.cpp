#include "core/instruments/safety.hpp"

#include <algorithm>

namespace motus::core::instruments {
namespace {

bool fires(const SafetyRule& rule, const std::vector<Answer>& answers,
           const InstrumentScore& score) {
  if (rule.score_at_least) return score.value >= *rule.score_at_least;
  return std::any_of(answers.begin(), answers.end(), [&](const Answer& answer) {
    return answer.item_id == rule.item && answer.value >= rule.item_at_least;
  });
}

}  // namespace

std::vector<SafetyFinding> safety_findings(const InstrumentDefinition& definition,
                                           const std::vector<Answer>& answers,
                                           const InstrumentScore& score) {
  std::vector<SafetyFinding> found;
  for (const auto& rule : kSafetyRules) {
    if (rule.instrument != definition.id || !fires(rule, answers, score)) continue;
    found.push_back({rule.concern, std::string(rule.code)});
  }
  std::stable_sort(found.begin(), found.end(), [](const SafetyFinding& a, const SafetyFinding& b) {
    return a.concern < b.concern;
  });
  return found;
}

CrisisGuidance crisis_guidance(Language language) {
  if (language == Language::es) {
    return {"Hay ayuda para ti ahora mismo, y no tienes que pasar por esto a solas",
            {"Gracias por contárnoslo. Estos pensamientos pueden pesar mucho, y no tienes que "
             "cargar con ellos a solas.",
             "Si crees que podrías actuar según estos pensamientos, o si ahora mismo no estás a "
             "salvo, llama ya al número de emergencias de donde vives.",
             "En Estados Unidos puedes llamar o enviar un mensaje de texto al 988, la Línea de "
             "Prevención del Suicidio y Crisis, a cualquier hora del día o de la noche. Puedes "
             "pedir que te atiendan en español.",
             "En el Reino Unido y en Irlanda puedes llamar gratis a Samaritans al 116 123, a "
             "cualquier hora.",
             "Habla hoy con alguien de confianza: un amigo o una amiga, alguien de tu familia o "
             "tu médico.",
             "Ya avisamos a tu equipo de atención, y se pondrá en contacto contigo."}};
  }
  return {"You are not alone, and help is there right now",
          {"Thank you for telling us. Thoughts like these can feel very heavy, and you do not "
           "have to carry them on your own.",
           "If you think you might act on these thoughts, or you are not safe right now, call "
           "your local emergency number now.",
           "In the US, you can call or text 988, the Suicide & Crisis Lifeline, at any time of "
           "day or night.",
           "In the UK and Ireland, you can call Samaritans for free on 116 123, at any time.",
           "Talk to someone you trust today: a friend, someone in your family, or your doctor.",
           "Your care team has been told and will contact you."}};
}

std::string_view severe_mood_words(Language language) {
  return said_in(language,
                 " Your answers show your mood has been very low lately. You do not have to manage "
                 "this alone: your care team has been told and will get in touch about support.",
                 " Tus respuestas muestran que tu ánimo ha estado muy bajo últimamente. No tienes "
                 "que pasar por esto a solas: ya avisamos a tu equipo de atención, y se pondrá en "
                 "contacto contigo para darte apoyo.");
}

}  // namespace motus::core::instruments
