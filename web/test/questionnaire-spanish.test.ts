// The questionnaires for a member whose language is Spanish (issue 20): the app asks the server
// in Spanish and draws the official Spanish PHQ-9 it answers with, sends the answers by item id
// and value (never by the words), turns the crisis numbers of the Spanish guidance into phone
// links, marks a questionnaire that has no Spanish as English, and shows a refusal in the
// Spanish the server said it in.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api';
import { journal, type Instrument, type InstrumentResult } from '../src/api/journal';
import { setLanguage } from '../src/i18n';
import { answersToSend, neededAnswers, phoneParts, wordsLanguage } from '../src/screens/journal/questionnaire';

const LABELS = ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'];

// The start of GET /api/v1/instruments in Spanish, as the server answers it (content/es/instruments/phq9.yaml).
const PHQ9_ES: Instrument = {
  id: 'phq9',
  title: 'Cómo ha estado tu ánimo',
  instructions: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  licence: 'Versión oficial en español del PHQ-9. Es de uso libre: no hace falta pedir permiso.',
  language: 'es',
  languages: ['en', 'es'],
  scoring: { kind: 'sum', min_answered: 0 },
  bands: [{ code: 'minimal', label: 'Mínima', min: 0, max: 4 }],
  items: [
    'Poco interés o placer en hacer cosas',
    'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
    'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
    'Se ha sentido cansado(a) o con poca energía',
    'Sin apetito o ha comido en exceso',
    'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
    'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
    '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
    'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
  ].map((text, i) => ({ id: `item_${i + 1}`, text, named_by_person: false, answers: LABELS.map((label, value) => ({ value, label })) })),
};

// The Spanish crisis guidance the server sends when question 9 is above 0 (core/instruments/safety.cpp).
const SAFETY_ES: NonNullable<InstrumentResult['safety']> = {
  concern: 'self_harm_thoughts',
  title: 'Hay ayuda para ti ahora mismo, y no tienes que pasar por esto a solas',
  steps: [
    'Si crees que podrías actuar según estos pensamientos, o si ahora mismo no estás a salvo, llama ya al número de emergencias de donde vives.',
    'En Estados Unidos puedes llamar o enviar un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis, a cualquier hora del día o de la noche. Puedes pedir que te atiendan en español.',
    'En el Reino Unido y en Irlanda puedes llamar gratis a Samaritans al 116 123, a cualquier hora.',
  ],
  care_team_told: true,
};

function answering(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const headerOf = (fetch: ReturnType<typeof answering>, name: string) =>
  ((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Record<string, string>)[name];

afterEach(() => {
  vi.unstubAllGlobals();
  setLanguage('en');
});

describe('the questionnaires in Spanish', () => {
  it('asks the server in Spanish and draws the Spanish PHQ-9 it answers with', async () => {
    setLanguage('es');
    const fetch = answering(200, { instruments: [PHQ9_ES] });
    const [phq9] = await journal.instruments();
    expect(headerOf(fetch, 'Accept-Language')).toBe('es');
    expect(phq9.items[8].text).toBe('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
    expect(phq9.items[8].answers.map((a) => a.label)).toEqual(LABELS);
    expect(neededAnswers(phq9)).toBe(9);
  });

  it('sends the answers by item id and value, the same as in English', () => {
    const chosen = Object.fromEntries(PHQ9_ES.items.map((item, i) => [item.id, { value: i === 8 ? 1 : 0 }]));
    const sent = answersToSend(PHQ9_ES, chosen);
    expect(sent).toHaveLength(9);
    expect(sent[8]).toEqual({ item: 'item_9', value: 1 });
    expect(JSON.stringify(sent)).not.toContain('Varios');
  });

  it('turns the crisis numbers in the Spanish guidance into phone links', () => {
    const links = SAFETY_ES.steps.flatMap(phoneParts).filter((part) => 'phone' in part);
    expect(links).toEqual([
      { phone: '988', text: '988' },
      { phone: '116123', text: '116 123' },
    ]);
    expect(phoneParts(SAFETY_ES.steps[0])).toEqual([{ text: SAFETY_ES.steps[0] }]);
  });

  it('marks a questionnaire with no Spanish as English on a Spanish screen, and no other', () => {
    expect(wordsLanguage(PHQ9_ES, 'es')).toBeUndefined();
    expect(wordsLanguage({ language: 'en' }, 'es')).toBe('en');
    expect(wordsLanguage({ language: 'en' }, 'en')).toBeUndefined();
  });

  it('shows a refused answer in the Spanish the server said it in', async () => {
    setLanguage('es');
    const fetch = answering(400, {
      title: 'Solicitud no válida',
      status: 400,
      detail: 'answers: falta responder item_9; phq9 necesita una respuesta a cada pregunta (8 respondidas)',
      errors: [{ field: 'answers', message: 'falta responder item_9; phq9 necesita una respuesta a cada pregunta (8 respondidas)' }],
    });
    const refused = await journal.answerInstrument('phq9', [{ item: 'item_1', value: 0 }], 'c1').catch((e: unknown) => e);
    expect(headerOf(fetch, 'Accept-Language')).toBe('es');
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).message).toMatch(/^answers: falta responder item_9/);
    expect((refused as ApiError).errors[0].message).toMatch(/^falta responder/);
  });
});
