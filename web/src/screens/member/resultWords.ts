// The first sentence of a self-care or routine result. It must agree with the tier
// (docs/clinical-sources.md §3): a routine result never says nothing needs a doctor, because its advice
// names one to see.
import type { Assessment } from '../../api/member';
import { words, wordsNow } from '../../i18n';

const WORDS = words({
  en: {
    below: (count: number): string => (count === 1 ? 'the question below: it' : 'the questions below: they'),
    routineAsks: (below: string) =>
      `Thank you. Please answer ${below} can change what we advise. Until then, a doctor should check your back, not urgently but in the next few weeks.`,
    routine:
      'Thank you. You can start gentle exercise. A doctor should also check your back, not urgently but in the next few weeks: below we say why and who to see.',
    asks: (below: string) => `Thank you. Please answer ${below} can change what we advise.`,
    selfCare: 'Thank you. None of your answers is a warning sign, so you can start gentle exercise.',
  },
  es: {
    below: (count: number) => (count === 1 ? 'la pregunta de abajo: tu respuesta puede' : 'las preguntas de abajo: tus respuestas pueden'),
    routineAsks: (below: string) =>
      `Gracias. Responde, por favor, a ${below} cambiar lo que te aconsejamos. Mientras tanto, un médico debería revisarte la espalda; no es urgente, pero sí en las próximas semanas.`,
    routine:
      'Gracias. Puedes empezar con ejercicio suave. Un médico también debería revisarte la espalda; no es urgente, pero sí en las próximas semanas: más abajo te decimos por qué y a quién acudir.',
    asks: (below: string) => `Gracias. Responde, por favor, a ${below} cambiar lo que te aconsejamos.`,
    selfCare: 'Gracias. Ninguna de tus respuestas es una señal de alarma, así que puedes empezar con ejercicio suave.',
  },
});

export function resultLead(assessment: Pick<Assessment, 'tier' | 'follow_up'>): string {
  const w = wordsNow(WORDS);
  const count = (assessment.follow_up ?? []).length;
  const asks = count > 0;
  const below = w.below(count);
  if (assessment.tier === 'routine') return asks ? w.routineAsks(below) : w.routine;
  return asks ? w.asks(below) : w.selfCare;
}
