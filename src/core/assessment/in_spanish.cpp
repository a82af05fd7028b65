#include "core/assessment/in_spanish.hpp"

#include <array>
#include <utility>

namespace motus::core::assessment {
namespace {

using Pair = std::pair<std::string_view, std::string_view>;

constexpr std::string_view kPregnancyNote =
    " In pregnancy this needs your midwife, maternity unit or a doctor today.";
constexpr std::string_view kPregnancyNoteSpanish =
    " En el embarazo, esto necesita hoy mismo a tu partera, al servicio de maternidad o a un "
    "médico.";

// clang-format off
constexpr std::array kSentences = std::to_array<Pair>({
  // Triage reasons (triage_rules.cpp).
  {"Numbness between your legs or around your bottom (the 'saddle' area) can mean the nerves at the base of your spine are being squeezed. This needs a doctor today.",
   "El adormecimiento entre las piernas o alrededor del ano (la zona de la «silla de montar») puede indicar que los nervios de la base de la columna están comprimidos. Necesitas ver a un médico hoy mismo."},
  {"New trouble starting, holding or feeling your pee can mean the nerves at the base of your spine are being squeezed. This needs a doctor today.",
   "Tener problemas nuevos para empezar a orinar, aguantar la orina o notar que orinas puede indicar que los nervios de la base de la columna están comprimidos. Necesitas ver a un médico hoy mismo."},
  {"Not being able to control your bowels needs a doctor today.",
   "No poder controlar las heces necesita un médico hoy mismo."},
  {"New changes in sexual feeling or function, together with back pain, need a doctor today.",
   "Los cambios nuevos en la sensibilidad o la función sexual, junto con dolor de espalda, necesitan un médico hoy mismo."},
  {"Weakness in your legs that is getting worse needs a doctor today.",
   "Una debilidad en las piernas que va a peor necesita un médico hoy mismo."},
  {"Numbness, tingling or weakness in both legs needs a doctor today.",
   "El adormecimiento, el hormigueo o la debilidad en las dos piernas necesitan un médico hoy mismo."},
  {"A fever together with back pain can be a sign of an infection. This needs a doctor today.",
   "La fiebre junto con dolor de espalda puede ser señal de una infección. Necesitas ver a un médico hoy mismo."},
  {"Because you have had cancer before, a doctor should check this back pain in the next few days.",
   "Como has tenido cáncer antes, un médico debería revisar este dolor de espalda en los próximos días."},
  {"Losing weight without trying should be checked by a doctor in the next few days.",
   "Perder peso sin proponértelo es algo que un médico debería revisar en los próximos días."},
  {"Pain at night that does not ease when you change position should be checked by a doctor in the next few days.",
   "Un dolor por la noche que no se alivia al cambiar de postura debería revisarlo un médico en los próximos días."},
  {"After a big fall or accident, a doctor should check in the next few days that no bone is hurt.",
   "Después de una caída o un accidente fuerte, un médico debería comprobar en los próximos días que no hay ningún hueso lesionado."},
  {"Injecting drugs raises the chance of an infection near the spine. A doctor should check this back pain in the next few days.",
   "Inyectarse drogas aumenta el riesgo de una infección cerca de la columna. Un médico debería revisar este dolor de espalda en los próximos días."},
  {"When your body's defences are weakened (by illness or medicines), a doctor should check this back pain in the next few days.",
   "Cuando tus defensas están bajas (por una enfermedad o por medicamentos), un médico debería revisar este dolor de espalda en los próximos días."},
  {"Feeling unwell overall, or a recent infection, together with back pain should be checked by a doctor in the next few days: rarely, an infection can settle near the spine.",
   "Sentirte mal en general, o haber tenido una infección hace poco, junto con dolor de espalda, es algo que un médico debería revisar en los próximos días: en raras ocasiones, una infección puede instalarse cerca de la columna."},
  {"New back pain after a recent injection or operation on the spine should be checked in the next few days by the team who did it or by your doctor.",
   "Un dolor de espalda nuevo después de una inyección o una operación reciente en la columna debería revisarlo en los próximos días el equipo que la hizo o tu médico."},
  {"A sudden, severe, tearing pain in the back or belly can come from the large blood vessel in the belly. Call emergency services now.",
   "Un dolor repentino, muy fuerte y desgarrador en la espalda o en el abdomen puede venir del vaso sanguíneo grande del abdomen. Llama ahora mismo a emergencias."},
  {"A lump in the belly that beats like a pulse, together with back pain, can come from the large blood vessel in the belly. This needs a doctor today.",
   "Un bulto en el abdomen que late como el pulso, junto con dolor de espalda, puede venir del vaso sanguíneo grande del abdomen. Necesitas ver a un médico hoy mismo."},
  {"Bleeding from the vagina in pregnancy needs checking now. Call your midwife, your maternity unit or emergency services.",
   "Un sangrado por la vagina durante el embarazo hay que revisarlo ahora. Llama a tu partera, al servicio de maternidad o a emergencias."},
  {"Fluid leaking from the vagina in pregnancy can mean the waters have broken. Call your midwife or maternity unit now.",
   "Una pérdida de líquido por la vagina durante el embarazo puede indicar que se rompió la fuente. Llama ahora a tu partera o al servicio de maternidad."},
  {"Regular tightenings of the belly, with back pain, can be labour starting. Call your midwife or maternity unit now.",
   "Si el abdomen se te pone duro una y otra vez, a intervalos regulares, junto con dolor de espalda, puede ser que empiece el parto. Llama ahora a tu partera o al servicio de maternidad."},
  {"If your baby is moving less than usual, call your midwife or maternity unit now; do not wait until tomorrow.",
   "Si tu bebé se mueve menos de lo normal, llama ahora a tu partera o al servicio de maternidad; no esperes a mañana."},
  {"You told us about numbness, tingling or weakness but not which leg. If it is in both legs, it needs a doctor today. Please tell us which leg, and if it is both, get help now.",
   "Nos contaste que tienes adormecimiento, hormigueo o debilidad, pero no en qué pierna. Si es en las dos piernas, necesitas ver a un médico hoy mismo. Dinos en qué pierna y, si es en las dos, pide ayuda ahora."},
  {"You marked pain below both knees. Please tell us whether either leg also feels numb, tingly or weak: numbness, tingling or weakness in both legs needs a doctor today.",
   "Marcaste dolor por debajo de las dos rodillas. Dinos si además notas alguna pierna adormecida, con hormigueo o débil: el adormecimiento, el hormigueo o la debilidad en las dos piernas necesitan un médico hoy mismo."},
  {"Numbness, tingling or weakness, together with a past cancer, weakened body defences or injecting drugs, can mean something is pressing on the nerves of the spine. This needs a doctor today.",
   "El adormecimiento, el hormigueo o la debilidad, junto con haber tenido cáncer, tener las defensas bajas o inyectarse drogas, pueden indicar que algo está presionando los nervios de la columna. Necesitas ver a un médico hoy mismo."},
  {"When bones are thin (osteoporosis) or after taking steroid medicine for a long time, a bone in the spine can break after a cough, a bend or nothing at all. Sudden back pain like this should be checked by a doctor in the next few days.",
   "Cuando los huesos son frágiles (osteoporosis) o después de tomar corticoides durante mucho tiempo, una vértebra puede romperse con una tos, al agacharse o sin ningún motivo. Un dolor de espalda repentino así debería revisarlo un médico en los próximos días."},
  {"On blood thinners, new back pain after a fall or a procedure on the spine can come from bleeding. A doctor should check it in the next few days, sooner if your legs feel numb or weak.",
   "Si tomas anticoagulantes, un dolor de espalda nuevo después de una caída o de un procedimiento en la columna puede venir de un sangrado. Un médico debería revisarlo en los próximos días, y antes si notas las piernas adormecidas o débiles."},
  {"Back pain that is new (under 12 weeks) before age 20 should be checked by a doctor in the next few days, just to be safe.",
   "Un dolor de espalda nuevo (de menos de 12 semanas) antes de los 20 años debería revisarlo un médico en los próximos días, por seguridad."},
  {"Back pain that is new after age 55 is worth mentioning to your doctor at your next visit. On its own it is rarely serious, so you can keep doing the gentle program.",
   "Si el dolor de espalda es nuevo y tienes más de 55 años, vale la pena comentárselo a tu médico en tu próxima consulta. Por sí solo rara vez es grave, así que puedes seguir con el programa suave."},
  {"Weakness in a leg, like a foot that drags or slaps down, should be checked by your doctor in the next week or two, who may send you for a spine review, even if it is not getting worse. If it gets worse or shows up in both legs, get help the same day.",
   "La debilidad en una pierna, como un pie que se arrastra o que cae de golpe al pisar, debería revisarla tu médico en una o dos semanas, aunque no vaya a peor; puede que te envíe a una consulta de columna. Si empeora o aparece en las dos piernas, pide ayuda ese mismo día."},
  {"Your answers match 4 or more signs of inflammatory back pain. Please ask your doctor about seeing a rheumatologist (a joint specialist). You can keep doing gentle exercise.",
   "Tus respuestas coinciden con 4 o más señales de dolor de espalda inflamatorio. Pregúntale a tu médico por una consulta con reumatología (el especialista en articulaciones). Puedes seguir haciendo ejercicio suave."},
  {"Your answers match 3 signs of inflammatory back pain. Please ask your doctor whether a blood test (HLA-B27) makes sense. You can keep doing gentle exercise.",
   "Tus respuestas coinciden con 3 señales de dolor de espalda inflamatorio. Pregúntale a tu médico si tiene sentido hacer un análisis de sangre (HLA-B27). Puedes seguir haciendo ejercicio suave."},
  {"New numbness, tingling or weakness in a leg should be checked by a doctor. If it spreads, gets worse or shows up in both legs, get help the same day.",
   "Un adormecimiento, hormigueo o debilidad nuevos en una pierna debería revisarlos un médico. Si se extienden, empeoran o aparecen en las dos piernas, pide ayuda ese mismo día."},

  // Advice (advice.cpp, advice.hpp).
  {"Please call emergency services or go to A&E (the emergency department) now. Stop the exercises until a doctor has checked you.",
   "Llama ahora a emergencias o ve a urgencias. Deja los ejercicios hasta que te haya revisado un médico."},
  {"Please see a doctor in the next few days. Your exercise program is paused until a doctor says it is safe to go on.",
   "Consulta a un médico en los próximos días. Tu programa de ejercicio queda en pausa hasta que un médico diga que es seguro seguir."},
  {"You can keep doing the gentle program. Please also book a visit with your doctor about what is listed above: it says what to ask about and how soon.",
   "Puedes seguir con el programa suave. Pide también una cita con tu médico por lo que aparece arriba: ahí dice qué preguntar y con qué urgencia."},
  {"You can start your exercise program. Move a little every day; gentle activity helps back pain more than rest.",
   "Puedes empezar tu programa de ejercicio. Muévete un poco cada día; la actividad suave ayuda más al dolor de espalda que el reposo."},
  {"Your answers fit pain from the joint between the spine and the pelvis (the SI joint). Strong buttock muscles help it; the program starts with bridges.",
   "Tus respuestas encajan con un dolor de la articulación entre la columna y la pelvis (la articulación sacroilíaca). Unos glúteos fuertes la ayudan; el programa empieza con puentes."},
  {"Your answers fit an irritated nerve in the low back (sciatica). If numbness or weakness spreads, or shows up in both legs, stop and get help the same day.",
   "Tus respuestas encajan con un nervio irritado en la zona lumbar (ciática). Si el adormecimiento o la debilidad se extienden, o aparecen en las dos piernas, para y pide ayuda ese mismo día."},
  {"Your answers fit a tight, sore muscle deep in the buttock (piriformis). Short breaks from sitting and gentle stretches usually help.",
   "Tus respuestas encajan con un músculo tenso y dolorido en lo profundo del glúteo (el piramidal). Las pausas cortas para no estar mucho rato sentado y los estiramientos suaves suelen ayudar."},
  {"Your answers fit sore muscles along one side of the sacrum. The research on this pattern is still thin, so we will watch how you feel and adjust.",
   "Tus respuestas encajan con músculos doloridos a lo largo de un lado del sacro. Todavía hay pocos estudios sobre este patrón, así que estaremos atentos a cómo te sientes y lo ajustaremos."},
  {"Your answers fit inflammatory back pain. Exercise helps it; any medicine is for your doctor to decide.",
   "Tus respuestas encajan con un dolor de espalda inflamatorio. El ejercicio lo ayuda; cualquier medicamento lo decide tu médico."},
  {"Your answers fit pelvic girdle pain linked to pregnancy, which about 1 in 5 pregnant women have. Late in pregnancy, avoid lying flat on your back for long and avoid lying on your front; a support belt can help.",
   "Tus respuestas encajan con un dolor de cintura pélvica relacionado con el embarazo, que tiene más o menos 1 de cada 5 embarazadas. Al final del embarazo, evita pasar mucho rato boca arriba y no te acuestes boca abajo; un cinturón de apoyo puede ayudar."},
  {"Your answers fit tailbone pain. About 9 in 10 people get better with simple care like a cushion and gentle exercise.",
   "Tus respuestas encajan con un dolor de coxis. Unas 9 de cada 10 personas mejoran con cuidados sencillos, como un cojín y ejercicio suave."},
  {"Your answers fit common low-back pain, the kind most people have at some time. It usually gets better with staying active and steady exercise.",
   "Tus respuestas encajan con el dolor lumbar común, el que casi todo el mundo tiene alguna vez. Suele mejorar manteniéndote activo y haciendo ejercicio con constancia."},
  {"Keep moving gently and see a doctor soon about what is new.",
   "Sigue moviéndote con suavidad y consulta pronto a un médico por lo que es nuevo."},
  {"Flares happen and usually settle. Stay active, avoid bed rest, and go back to the last exercise level that felt fine.",
   "Las crisis de dolor pasan y suelen calmarse. Mantente activo, no guardes cama y vuelve al último nivel de ejercicio que te sentó bien."},
  {"Motus gives education and exercise. It is not medical advice and does not replace a doctor.",
   "Motus ofrece educación y ejercicio. No es un consejo médico ni reemplaza a un médico."},

  // Follow-up questions (follow_up.cpp).
  {"Which leg feels numb, tingly or weak: the left, the right or both?",
   "¿Qué pierna notas adormecida, con hormigueo o débil: la izquierda, la derecha o las dos?"},
  {"You marked pain below both knees. Do both legs also feel numb, tingly or weak?",
   "Marcaste dolor por debajo de las dos rodillas. ¿Notas además las dos piernas adormecidas, con hormigueo o débiles?"},
  {"Is the weakness in your leg getting worse?", "¿La debilidad de tu pierna va a peor?"},
  {"Are you bleeding from the vagina?", "¿Tienes sangrado por la vagina?"},
  {"Is fluid leaking from the vagina?", "¿Tienes pérdida de líquido por la vagina?"},
  {"Is your belly tightening again and again, at regular times?",
   "¿Se te pone duro el abdomen una y otra vez, a intervalos regulares?"},
  {"Is your baby moving less than usual?", "¿Tu bebé se mueve menos de lo normal?"},
  {"How many weeks ago did you give birth?", "¿Hace cuántas semanas diste a luz?"},
  {"Did this pain start suddenly, or come on slowly?",
   "¿Este dolor empezó de repente o apareció poco a poco?"},

  // Flare-check questions (flare_questions.cpp).
  {"Do you feel anything new that you have not felt with your back pain before?",
   "¿Notas algo nuevo que no habías sentido antes con tu dolor de espalda?"},
  {"Does a leg or foot feel numb?", "¿Notas adormecida una pierna o un pie?"},
  {"Do you have pins and needles (tingling) in a leg or foot?",
   "¿Tienes sensación de alfileres (hormigueo) en una pierna o un pie?"},
  {"Does a leg or foot feel weak?", "¿Notas débil una pierna o un pie?"},
  {"If a leg feels numb, tingly or weak: which one (none, left, right or both)?",
   "Si notas una pierna adormecida, con hormigueo o débil: ¿cuál (ninguna, la izquierda, la derecha o las dos)?"},
  {"Is there numbness or tingling around your bottom, between your legs or on your inner thighs?",
   "¿Notas adormecimiento u hormigueo alrededor del ano, entre las piernas o en la parte interna de los muslos?"},
  {"Is it newly hard to start peeing, to hold it, or to feel when you pee?",
   "¿Te cuesta desde hace poco empezar a orinar, aguantar la orina o notar cuándo orinas?"},
  {"Have you had new accidents with your bowels, or not felt when you need to go?",
   "¿Se te han escapado las heces últimamente, o no has notado cuándo necesitabas ir al baño?"},
  {"Is there new numbness or a change in feeling during sex?",
   "¿Notas un adormecimiento nuevo o un cambio en la sensibilidad durante las relaciones sexuales?"},
  {"Is a leg or foot getting weaker day by day?",
   "¿Una pierna o un pie se está debilitando día a día?"},
  {"Does pain, numbness or tingling go down both legs?",
   "¿El dolor, el adormecimiento o el hormigueo bajan por las dos piernas?"},
  {"Do you have a fever (feeling hot and shivery) along with this pain?",
   "¿Tienes fiebre (calor y escalofríos) junto con este dolor?"},
  {"Does the pain last all night, whatever position you lie in?",
   "¿El dolor dura toda la noche, te acuestes en la postura que te acuestes?"},
  {"Have you lost weight without trying?", "¿Has perdido peso sin proponértelo?"},
  {"Did this flare start after a bad fall, a car accident or a hard knock?",
   "¿Esta crisis empezó después de una caída fuerte, un accidente de auto o un golpe fuerte?"},
  {"Do you feel unwell overall, or have you had an infection recently?",
   "¿Te sientes mal en general, o has tenido una infección hace poco?"},
  {"Did a severe, tearing pain start suddenly in your back or belly?",
   "¿Empezó de repente un dolor muy fuerte y desgarrador en la espalda o en el abdomen?"},

  // Why a pattern fits (criteria.cpp, criteria.hpp): evidence in the person's words.
  {"you can point with one finger to one spot just below the bony bump at the back of your pelvis",
   "puedes señalar con un dedo un punto justo debajo del bulto de hueso de la parte de atrás de la pelvis"},
  {"pain in the buttock (found in 94% of confirmed SI joint pain)",
   "dolor en el glúteo (presente en el 94 % del dolor sacroilíaco confirmado)"},
  {"pain on one side only", "dolor de un solo lado"},
  {"pain in the low back (found in 72% of confirmed SI joint pain)",
   "dolor en la zona lumbar (presente en el 72 % del dolor sacroilíaco confirmado)"},
  {"pain stops above the knee", "el dolor se queda por encima de la rodilla"},
  {"pain goes below the knee, which happens in only 28% of SI joint pain",
   "el dolor baja por debajo de la rodilla, algo que solo pasa en el 28 % del dolor sacroilíaco"},
  {"worse sitting", "empeora al estar sentado"},
  {"worse on stairs", "empeora en las escaleras"},
  {"worse standing on one leg", "empeora al apoyarte sobre una pierna"},
  {"worse rolling over in bed", "empeora al darte la vuelta en la cama"},
  {"worse getting in or out of a car", "empeora al subir o bajar del auto"},
  {"pain goes below the knee", "el dolor baja por debajo de la rodilla"},
  {"pain reaches the foot or toes", "el dolor llega al pie o a los dedos"},
  {"numbness, tingling or weakness in the leg", "adormecimiento, hormigueo o debilidad en la pierna"},
  {"leg symptoms on one side", "síntomas en la pierna de un solo lado"},
  {"pain down the back of the thigh", "dolor que baja por la parte de atrás del muslo"},
  {"pain stops above the knee and there is no numbness, tingling or weakness",
   "el dolor se queda por encima de la rodilla y no hay adormecimiento, hormigueo ni debilidad"},
  {"pain in one buttock", "dolor en un glúteo"},
  {"worse with sitting", "empeora al estar sentado"},
  {"the buttock is tender when pressed", "el glúteo duele al presionarlo"},
  {"pain spreads down the back of the thigh", "el dolor se extiende por la parte de atrás del muslo"},
  {"no numbness, tingling or weakness", "no hay adormecimiento, hormigueo ni debilidad"},
  {"numbness, tingling or weakness, which is less typical here",
   "adormecimiento, hormigueo o debilidad, algo menos típico en este caso"},
  {"pain up and down one side of the sacrum", "dolor de arriba abajo a un lado del sacro"},
  {"worse bending forward", "empeora al inclinarte hacia delante"},
  {"tender to touch or when pressing into a chair",
   "duele al tocarlo o al apoyar la espalda en una silla"},
  {"it began with a fall, a sports injury, a car accident, a twist or a lift",
   "empezó con una caída, una lesión deportiva, un accidente de auto, un giro o al levantar algo"},
  {"pain goes below the knee, which is rare here",
   "el dolor baja por debajo de la rodilla, algo raro en este caso"},
  {"back pain for more than 3 months that began before age 45",
   "dolor de espalda desde hace más de 3 meses que empezó antes de los 45 años"},
  {"the pain began before age 40", "el dolor empezó antes de los 40 años"},
  {"the pain came on slowly", "el dolor apareció poco a poco"},
  {"better with exercise", "mejora con el ejercicio"},
  {"not better with rest", "no mejora con el reposo"},
  {"pain wakes you in the second half of the night",
   "el dolor te despierta en la segunda mitad de la noche"},
  {"anti-inflammatory painkillers help", "los antiinflamatorios te alivian"},
  {"a parent, brother, sister or child has spondyloarthritis",
   "tu padre, tu madre, un hermano, una hermana o un hijo tiene espondiloartritis"},
  {"psoriasis, or sore spots where tendons attach to bone",
   "psoriasis, o puntos doloridos donde los tendones se unen al hueso"},
  {"pain in the buttock", "dolor en el glúteo"},
  {"you are pregnant or have had a baby in the last year, with pain in the pelvis",
   "estás embarazada o tuviste un bebé en el último año, y te duele la pelvis"},
  {"pain between the back of the pelvis and the buttock crease",
   "dolor entre la parte de atrás de la pelvis y el pliegue del glúteo"},
  {"pain at the joint at the front of the pelvis",
   "dolor en la articulación de la parte delantera de la pelvis"},
  {"pain at the back of the thigh", "dolor en la parte de atrás del muslo"},
  {"it began around childbirth", "empezó alrededor del parto"},
  {"pain at the tailbone", "dolor en el coxis"},
  {"worse getting up from sitting", "empeora al levantarte después de estar sentado"},
  {"it began after a fall or childbirth", "empezó después de una caída o de un parto"},
  {"no single pattern clearly stands out, which is the most common picture",
   "ningún patrón destaca con claridad, que es lo más frecuente"},
  {"another pattern fits your answers better", "otro patrón encaja mejor con tus respuestas"},
});
// clang-format on

std::optional<std::string_view> listed(std::string_view english) {
  for (const auto& [known, spanish] : kSentences) {
    if (known == english) return spanish;
  }
  return std::nullopt;
}

void translate_text(nlohmann::ordered_json& value, Language language) {
  if (value.is_string()) value = in_language(value.get<std::string>(), language);
}

void translate_each(nlohmann::ordered_json& list, const char* key, Language language) {
  if (!list.is_array()) return;
  for (auto& item : list) {
    if (key == nullptr) {
      translate_text(item, language);
    } else if (item.is_object() && item.contains(key)) {
      translate_text(item[key], language);
    }
  }
}

}  // namespace

std::optional<std::string> in_spanish(std::string_view english) {
  if (const auto spanish = listed(english)) return std::string(*spanish);
  if (english.ends_with(kPregnancyNote)) {
    const auto reason = listed(english.substr(0, english.size() - kPregnancyNote.size()));
    if (reason) return std::string(*reason) + std::string(kPregnancyNoteSpanish);
  }
  return std::nullopt;
}

std::string in_language(std::string_view english, Language language) {
  if (language == Language::es) {
    if (auto spanish = in_spanish(english)) return std::move(*spanish);
  }
  return std::string(english);
}

nlohmann::ordered_json assessment_in(nlohmann::ordered_json assessment, Language language) {
  if (language == Language::en || !assessment.is_object()) return assessment;
  if (assessment.contains("reasons")) translate_each(assessment["reasons"], "text", language);
  if (assessment.contains("advice")) translate_each(assessment["advice"], nullptr, language);
  if (assessment.contains("follow_up"))
    translate_each(assessment["follow_up"], "question", language);
  if (assessment.contains("patterns") && assessment["patterns"].is_array()) {
    for (auto& pattern : assessment["patterns"]) {
      if (pattern.is_object() && pattern.contains("evidence"))
        translate_each(pattern["evidence"], nullptr, language);
    }
  }
  return assessment;
}

}  // namespace motus::core::assessment
