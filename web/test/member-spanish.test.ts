// The member's and the public screens' words follow the language chosen: the same call gives
// Spanish after setLanguage('es') and English again after setLanguage('en'), and the Spanish
// pain rule is the one the Spanish articles state.
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../src/i18n';
import { library } from '../src/areas/library';
import { BODY_REGIONS } from '../src/components/bodyRegions';
import { painRefusal, painScaleHint, painValueText, painWords } from '../src/components/painScale';
import { PAIN_RULE, PAIN_RULE_ES, painRule, painZoneWords } from '../src/painRule';
import { EMPTY_ANSWERS, problemsOn } from '../src/screens/member/intake';
import { stepTitle } from '../src/screens/member/IntakeSteps';
import { PREGNANCY_FLAG_GROUP, RED_FLAG_GROUPS, SEXES } from '../src/screens/member/intakeWords';
import { formProblem, waitWords } from '../src/screens/member/formErrors';
import { resultLead } from '../src/screens/member/resultWords';
import { changeLines, countdown } from '../src/screens/member/sessionWords';
import { label } from '../src/words';
import { ApiError } from '../src/api';
import { dateNames } from '../src/components/charts/Chart';
import { failureText } from '../src/components/Screen';

const flat = (text: string) => text.replace(/\s+/g, ' ');
const SPANISH_ARTICLES = import.meta.glob<string>('../../content/es/articles/*.md', { query: '?raw', import: 'default', eager: true });

afterEach(() => setLanguage('en'));

describe('the member screens in Spanish', () => {
  it('word the pain scale and the pain rule in the language chosen', () => {
    setLanguage('es');
    expect(painWords(0)).toBe('sin dolor');
    expect(painWords(10)).toBe('el peor dolor');
    expect(painValueText(7)).toBe('dolor 7 de 10, fuerte');
    expect(painScaleHint()).toBe('0 quiere decir sin dolor, 5 moderado, 10 el peor dolor.');
    expect(painRefusal(null)).toMatch(/elige tu dolor/);
    expect(painRule()).toBe(PAIN_RULE_ES);
    expect(painZoneWords(7)).toBe('Un dolor de 7 sobre 10 durante el ejercicio es demasiado: baja la intensidad.');
    setLanguage('en');
    expect(painWords(0)).toBe('no pain');
    expect(painRule()).toBe(PAIN_RULE);
  });

  it('states the same Spanish rule as every Spanish article that states one', () => {
    const stating = Object.entries(SPANISH_ARTICLES).filter(([, text]) => /de 0 a 2 sobre 10/.test(flat(text)));
    expect(stating.length).toBeGreaterThan(5);
    for (const [path, text] of stating) expect(flat(text), path).toContain(PAIN_RULE_ES);
  });

  it('asks the intake and names the body map in Spanish', () => {
    setLanguage('es');
    expect(stepTitle('warning')).toBe('Señales de alarma');
    expect(problemsOn('about', { ...EMPTY_ANSWERS, age: '' }).age).toBe('Escribe tu edad en años, de 16 a 110.');
    expect(SEXES.map((s) => s.text)).toEqual(['Mujer', 'Hombre', 'De otra forma', 'Prefiero no decirlo']);
    expect(BODY_REGIONS.find((r) => r.id === 'buttock_left')?.name).toBe('Nalga izquierda');
    // Every warning sign asked has its Spanish question, and no group title is left in English.
    for (const group of [...RED_FLAG_GROUPS, PREGNANCY_FLAG_GROUP]) {
      expect(group.title).not.toMatch(/^(Nerves|Your|Injuries)/);
      for (const flag of group.flags) expect(flag.text.length, flag.id).toBeGreaterThan(5);
    }
    expect(RED_FLAG_GROUPS[0].flags.find((f) => f.id === 'saddle_numbness')?.text).toMatch(/silla de montar/);
    setLanguage('en');
    expect(stepTitle('warning')).toBe('Warning signs');
    expect(SEXES[0].text).toBe('Female');
    expect(BODY_REGIONS.find((r) => r.id === 'buttock_left')?.name).toBe('Left buttock');
  });

  it('puts the result, the session and the form errors in Spanish', () => {
    setLanguage('es');
    expect(resultLead({ tier: 'self_care', follow_up: [] })).toMatch(/Ninguna de tus respuestas es una señal de alarma/);
    expect(resultLead({ tier: 'routine', follow_up: [] })).toMatch(/médico también debería revisarte la espalda/);
    expect(countdown(642)).toBe('quedan 10:42');
    expect(changeLines([{ action: 'progress', exercise_id: 'bridge', reason: 'x' }], () => 'Puente')[0].heading).toBe('Puente: un paso adelante');
    expect(waitWords(61)).toBe('unos 2 minutos');
    expect(formProblem(new TypeError('Failed to fetch')).summary).toMatch(/conexión a internet/);
    expect(label('supine')).toBe('acostado boca arriba');
    expect(label('unknown_thing')).toBe('unknown thing');
    expect(failureText(new TypeError('Failed to fetch'))).toBe('Comprueba tu conexión a internet y vuelve a intentarlo.');
    expect(failureText(new ApiError(404, 'No hay tal ejercicio.'))).toBe('No hay tal ejercicio.');
    setLanguage('en');
    expect(failureText(new TypeError('Failed to fetch'))).toBe('Check your internet connection and try again.');
  });

  it("names the chart drawing's months and weekdays in Spanish", () => {
    const es = dateNames('es');
    expect(es.MMMM[0]).toBe('enero');
    expect(es.MMMM[11]).toBe('diciembre');
    expect(es.WWWW[0]).toBe('domingo');
    expect(dateNames('en').WWW[6]).toBe('Sat');
  });

  it('names the menu links in the language chosen', async () => {
    // The member area starts the offline queue when loaded: in node it gets a window nobody fires events on.
    const g = globalThis as unknown as Record<string, unknown>;
    g.navigator ??= { onLine: false, languages: ['en'], language: 'en' };
    g.window ??= Object.assign(globalThis, { addEventListener: () => undefined, removeEventListener: () => undefined });
    const { member } = await import('../src/areas/member');
    setLanguage('es');
    expect(library.nav(null).map((l) => l.text)).toEqual(['Inicio', 'Ejercicios', 'Tipos de dolor', 'Artículos', 'Mapa del cuerpo', 'Buscar']);
    expect(member.nav(null).map((l) => l.text)).toEqual(['Iniciar sesión', 'Registrarse']);
    setLanguage('en');
    expect(library.nav(null)[0].text).toBe('Home');
    expect(member.nav(null).map((l) => l.text)).toEqual(['Log in', 'Sign up']);
  });
});
