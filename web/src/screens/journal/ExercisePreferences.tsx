// Minutes a day, equipment, floor and kneeling, changed from Account without answering the
// questions again: the server builds the program again and says what changed, one line each.
import { useState } from 'preact/hooks';
import { memberApi, type Preferences } from '../../api/member';
import { Failure, Loading } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { ChooseMany, YesNoQuestion } from '../member/Choices';
import type { YesNo } from '../member/intake';
import * as W from '../member/intakeWords';
import { formProblem } from '../member/formErrors';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    minutes: 'How many minutes a day can you give to exercise?',
    floor: 'Can you get down onto the floor and back up?',
    kneel: 'Can you kneel comfortably?',
    equipment: 'What do you have at home? Tick all that apply.',
    changing: 'Changing your program…',
    change: 'Change my program',
    updated: 'Your program is updated. What changed',
    today: "See today's exercises",
    title: 'Your exercise time and space',
    noProgram: 'Once you have an exercise program, you can change the time you have and what you can do here.',
    lead: 'Changed what you can do? Change it here and we fit your program to it, without answering all the questions again.',
  },
  es: {
    minutes: '¿Cuántos minutos al día puedes dedicar al ejercicio?',
    floor: '¿Puedes bajar al suelo y volver a levantarte?',
    kneel: '¿Puedes arrodillarte con comodidad?',
    equipment: '¿Qué tienes en casa? Marca todo lo que tengas.',
    changing: 'Cambiando tu programa…',
    change: 'Cambiar mi programa',
    updated: 'Tu programa está al día. Esto es lo que ha cambiado',
    today: 'Ver los ejercicios de hoy',
    title: 'Tu tiempo y tu espacio para el ejercicio',
    noProgram: 'Cuando tengas un programa de ejercicios, podrás cambiar aquí el tiempo que tienes y lo que puedes hacer.',
    lead: '¿Ha cambiado lo que puedes hacer? Cámbialo aquí y adaptamos tu programa, sin volver a responder todas las preguntas.',
  },
});

interface Form {
  minutes: string;
  floor: YesNo;
  kneel: YesNo;
  equipment: string[];
}

const yesNo = (v: boolean | undefined): YesNo => (v === true ? 'yes' : v === false ? 'no' : '');

function formOf(p: Preferences): Form {
  return { minutes: String(p.minutes_per_day ?? 15), floor: yesNo(p.floor_ok), kneel: yesNo(p.kneeling_ok), equipment: p.equipment ?? [] };
}

function PreferencesForm({ start }: { start: Preferences }) {
  const w = useWords(WORDS);
  const [form, setForm] = useState<Form>(formOf(start));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [changes, setChanges] = useState<string[] | null>(null);
  const [plan, setPlan] = useState<string | null>(null);
  const set = (change: Partial<Form>) => {
    setForm({ ...form, ...change });
    setChanges(null);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const prefs: Preferences = { minutes_per_day: Number(form.minutes), equipment: form.equipment };
      if (form.floor) prefs.floor_ok = form.floor === 'yes';
      if (form.kneel) prefs.kneeling_ok = form.kneel === 'yes';
      const answer = await memberApi.changePreferences(prefs);
      setChanges(answer.changes);
      setPlan(answer.therapist_plan ?? null);
      requestAnimationFrame(() => document.getElementById('prefs-changed')?.focus());
    } catch (error) {
      setProblem(formProblem(error).summary);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="member-form" onSubmit={save} noValidate>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="field">
        <label for="field-prefs-minutes">{w.minutes}</label>
        <select id="field-prefs-minutes" value={form.minutes} onChange={(e) => set({ minutes: (e.target as HTMLSelectElement).value })}>
          {W.MINUTES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.text}
            </option>
          ))}
        </select>
      </div>
      <YesNoQuestion name="prefs-floor" legend={w.floor} value={form.floor} onChange={(v) => set({ floor: v })} />
      <YesNoQuestion name="prefs-kneel" legend={w.kneel} value={form.kneel} onChange={(v) => set({ kneel: v })} />
      <ChooseMany name="prefs-equipment" legend={w.equipment} choices={W.EQUIPMENT} value={form.equipment} onChange={(v) => set({ equipment: v })} />
      <button type="submit" class="button primary" disabled={busy}>
        {busy ? w.changing : w.change}
      </button>
      {changes && (
        <div class="prefs-changed">
          <h3 id="prefs-changed" tabIndex={-1}>
            {w.updated}
          </h3>
          <ul class="changes">
            {changes.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
          {plan && <p class="notice">{plan}</p>}
          <p>
            <a href="/today">{w.today}</a>
          </p>
        </div>
      )}
    </form>
  );
}

export function ExercisePreferences() {
  const w = useWords(WORDS);
  // prefs null: no program yet (before the intake, or after a warning sign), so nothing to change.
  const load = useLoad(() => memberApi.preferences().then((r) => r.prefs), []);
  return (
    <section aria-labelledby="prefs-title">
      <h2 id="prefs-title">{w.title}</h2>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' &&
        (load.value === null ? (
          <p class="quiet">{w.noProgram}</p>
        ) : (
          <>
            <p>{w.lead}</p>
            <PreferencesForm start={load.value} />
          </>
        ))}
    </section>
  );
}
