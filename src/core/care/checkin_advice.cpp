#include "core/care/checkin_advice.hpp"

namespace motus::core::care {

std::string checkin_advice(bool flare, const std::optional<AfterScreen>& after, Language language) {
  const std::string kind_word{
      said_in(language, "Sorry it is a tough day. ", "Sentimos que hoy sea un día difícil. ")};
  if (after) {
    return (flare && !after->care_flag ? kind_word : std::string()) + advice_in(*after, language);
  }
  if (flare) {
    return kind_word +
           std::string(said_in(language,
                               "Keep moving gently and skip what hurts. Please also answer a few "
                               "questions about warning signs: they matter most in a flare-up.",
                               "Muévete con suavidad y sáltate lo que duela. Responde también "
                               "unas preguntas sobre señales de alarma: en una crisis de dolor "
                               "son lo más importante."));
  }
  return std::string(
      said_in(language, "Thanks for checking in.", "Gracias por contarnos cómo estás."));
}

}  // namespace motus::core::care
