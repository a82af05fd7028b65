// Practice reminders in Account: the member picks days and a time to exercise. The server keeps
// them, and the private calendar address (on the Visits page) carries them to the phone's
// calendar as a weekly "Motus practice" event with an alert, so the phone reminds without any
// push service. Today nudges when a chosen day goes by without a session (MissedPractice).
import { useState } from 'preact/hooks';
import { memberApi, type Reminders } from '../../api/member';
import { Failure, Loading } from '../../components/Screen';
import { useWords, words } from '../../i18n';
import { useLoad } from '../../useLoad';
import { Field, focusField } from '../member/Field';
import { formProblem, type FormProblem } from '../member/formErrors';
import { browserTimeZone, reminderChoice, toggleDay, weekdayName, WEEKDAYS } from './reminders';

const WORDS = words({
  en: {
    title: 'Reminders to practise',
    lead: 'Choose the days and the time you mean to exercise. Your phone calendar can remind you then.',
    days: 'Which days?',
    time: 'At what time?',
    timeHint: (zone: string) => `In your time zone (${zone}).`,
    save: 'Save reminders',
    saving: 'Saving…',
    saved: 'Saved. Your calendar shows "Motus practice" on the days you chose, with an alert.',
    off: 'Saved. No days are chosen, so there are no reminders.',
    calendar: 'To be reminded on your phone, make your private calendar address on the Visits page and add it to your calendar app.',
    calendarLink: 'Make your calendar address',
    check: 'Please check the time.',
  },
  es: {
    title: 'Recordatorios para practicar',
    lead: 'Elige los días y la hora a la que quieres hacer ejercicio. El calendario de tu móvil puede recordártelo.',
    days: '¿Qué días?',
    time: '¿A qué hora?',
    timeHint: (zone: string) => `En tu zona horaria (${zone}).`,
    save: 'Guardar recordatorios',
    saving: 'Guardando…',
    saved: 'Guardado. Tu calendario mostrará «Motus practice» los días que elegiste, con un aviso.',
    off: 'Guardado. No has elegido ningún día, así que no hay recordatorios.',
    calendar: 'Para que tu móvil te avise, crea tu dirección privada de calendario en la página de Visitas y añádela a tu app de calendario.',
    calendarLink: 'Crear tu dirección de calendario',
    check: 'Revisa la hora, por favor.',
  },
});

function RemindersForm({ start }: { start: Reminders }) {
  const w = useWords(WORDS);
  const zone = browserTimeZone();
  const [days, setDays] = useState<number[]>(start.days);
  const [time, setTime] = useState(start.set ? start.time : '18:00');
  const [state, setState] = useState<'idle' | 'busy' | 'saved'>('idle');
  const [saved, setSaved] = useState<number>(start.days.length);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    setState('busy');
    try {
      const answer = await memberApi.saveReminders(reminderChoice(days, time, zone));
      setSaved(answer.days.length);
      setProblem(null);
      setState('saved');
    } catch (error) {
      const found = formProblem(error);
      setProblem(found);
      focusField(found.fields.days ? 'reminder-day-1' : 'reminder-time');
      setState('idle');
    }
  };
  const timeError = problem?.fields.time ?? problem?.fields.time_zone;
  return (
    <form class="member-form" onSubmit={save} noValidate>
      {problem && (
        <p class="form-problem" role="alert">
          {problem.summary}
        </p>
      )}
      <fieldset class="question reminder-days">
        <legend>{w.days}</legend>
        <div class="options">
          {WEEKDAYS.map((d) => (
            <label key={d} class={days.includes(d) ? 'choice chosen' : 'choice'}>
              <input
                type="checkbox"
                id={`field-reminder-day-${d}`}
                name="reminder-days"
                value={String(d)}
                checked={days.includes(d)}
                onChange={() => {
                  setDays(toggleDay(days, d));
                  setState('idle');
                }}
              />
              {weekdayName(d)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        name="reminder-time"
        label={w.time}
        type="time"
        hint={w.timeHint(zone)}
        value={time}
        onInput={(v) => {
          setTime(v);
          setState('idle');
        }}
        error={timeError}
      />
      <button type="submit" class="button primary" disabled={state === 'busy'}>
        {state === 'busy' ? w.saving : w.save}
      </button>
      <p role="status" class="quiet">
        {state === 'saved' && (saved > 0 ? w.saved : w.off)}
      </p>
    </form>
  );
}

export function PracticeReminders() {
  const w = useWords(WORDS);
  const load = useLoad(memberApi.reminders, []);
  return (
    <section aria-labelledby="reminders-title" id="reminders">
      <h2 id="reminders-title">{w.title}</h2>
      <p>{w.lead}</p>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' && <RemindersForm start={load.value} />}
      <p class="quiet">
        {w.calendar} <a href="/appointments#feed-title">{w.calendarLink}</a>
      </p>
    </section>
  );
}
