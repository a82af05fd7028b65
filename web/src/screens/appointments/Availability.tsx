// The therapist's availability for video visits (/care/availability): time zone, visit length,
// weekly times, days off and one-off changes. Saved as a whole; the server's refusal is shown
// next to the field it names.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { appointmentsApi, type Availability, type OneOffChange, type WeeklyTime } from '../../api/appointments';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { fieldWords, sortedWeek, starterWeek } from './availabilityDraft';
import { ownTimeZone, WEEKDAYS } from './visitTimes';

function zones(): string[] {
  const all = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone');
  const list = all && all.length > 0 ? all : [];
  return list.includes('UTC') ? list : ['UTC', ...list];
}

type Part = 'start' | 'end';

/** From and To, on the quarter hour, marked when the server named them. */
function TimeSpan(props: {
  start: string;
  end: string;
  invalid: (part: Part) => 'true' | undefined;
  change: (part: Part, value: string) => void;
}) {
  return (
    <>
      {(['start', 'end'] as const).map((part) => (
        <label key={part}>
          {part === 'start' ? 'From' : 'To'}{' '}
          <input
            type="time"
            step={900}
            value={props[part]}
            aria-invalid={props.invalid(part)}
            onInput={(e) => props.change(part, e.currentTarget.value)}
          />
        </label>
      ))}
    </>
  );
}

export function AvailabilityEditor() {
  const loaded = useLoad(appointmentsApi.availability, []);
  const [draft, setDraft] = useState<Availability | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  useEffect(() => {
    if (loaded.state === 'ready') setDraft(loaded.value.set ? loaded.value : starterWeek(ownTimeZone()));
  }, [loaded.state]);
  if (loaded.state === 'loading' || (loaded.state === 'ready' && !draft)) return <Loading />;
  if (loaded.state === 'failed') return <Failure error={loaded.error} />;
  if (!draft) return <Loading />;

  const update = (next: Partial<Availability>) => {
    setDraft({ ...draft, ...next });
    setSaid('');
  };
  const setWeekly = (i: number, change: Partial<WeeklyTime>) =>
    update({ weekly: draft.weekly.map((w, k) => (k === i ? { ...w, ...change } : w)) });
  const setChange = (i: number, change: Partial<OneOffChange>) =>
    update({ exceptions: draft.exceptions.map((e, k) => (k === i ? { ...e, ...change } : e)) });
  const invalid = (field: string) => (problem && problem.field.startsWith(field) ? 'true' : undefined);

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    setSaid('');
    try {
      const sent = sortedWeek(draft);
      setDraft(sent);
      const saved = await appointmentsApi.saveAvailability(sent);
      setDraft(saved);
      setSaid('Saved. Members see these times when they book.');
    } catch (error) {
      const first = error instanceof ApiError ? error.errors[0] : undefined;
      setProblem(
        first ?? { field: '', message: error instanceof ApiError ? error.detail : 'Could not save. Please try again.' },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ScreenTitle title="Availability">Your availability for video visits</ScreenTitle>
      <p class="lead">Members book these times with you. Times are in your own time zone, whatever theirs is.</p>
      <form class="availability" onSubmit={save} noValidate>
        <div class="field">
          <label for="time-zone">Your time zone</label>
          <select
            id="time-zone"
            value={draft.time_zone}
            aria-invalid={invalid('time_zone')}
            onChange={(e) => update({ time_zone: e.currentTarget.value })}
          >
            {(zones().includes(draft.time_zone) ? zones() : [draft.time_zone, ...zones()]).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="field">
          <legend>Visit length</legend>
          {[15, 30, 45].map((m) => (
            <label key={m} class="choice">
              <input
                type="radio"
                name="slot-minutes"
                checked={draft.slot_minutes === m}
                onChange={() => update({ slot_minutes: m as 15 | 30 | 45 })}
              />{' '}
              {m} minutes
            </label>
          ))}
        </fieldset>

        <fieldset>
          <legend>Every week</legend>
          {draft.weekly.length === 0 && <p class="quiet">No weekly times: members cannot book you.</p>}
          <ul class="time-rows">
            {draft.weekly.map((w, i) => (
              <li key={i} class="time-row">
                <label>
                  Day{' '}
                  <select
                    value={String(w.weekday)}
                    aria-invalid={invalid(`weekly[${i}].weekday`)}
                    onChange={(e) => setWeekly(i, { weekday: Number(e.currentTarget.value) })}
                  >
                    {WEEKDAYS.map((d, k) => (
                      <option key={d} value={String(k + 1)}>
                        {d}
                      </option>
                    ))}
                  </select>
                </label>
                <TimeSpan
                  start={w.start}
                  end={w.end}
                  invalid={(part) => invalid(`weekly[${i}].${part}`)}
                  change={(part, value) => setWeekly(i, { [part]: value })}
                />
                <button
                  type="button"
                  class="button"
                  aria-label={`Remove ${WEEKDAYS[w.weekday - 1]} ${w.start}–${w.end}`}
                  onClick={() => update({ weekly: draft.weekly.filter((_, k) => k !== i) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="button"
            onClick={() => update({ weekly: [...draft.weekly, { weekday: 1, start: '09:00', end: '12:00' }] })}
          >
            Add a weekly time
          </button>
        </fieldset>

        <fieldset>
          <legend>Days off</legend>
          <ul class="time-rows">
            {draft.days_off.map((d, i) => (
              <li key={i} class="time-row">
                <label>
                  Day off{' '}
                  <input
                    type="date"
                    value={d}
                    aria-invalid={invalid(`days_off[${i}]`)}
                    onInput={(e) =>
                      update({ days_off: draft.days_off.map((x, k) => (k === i ? e.currentTarget.value : x)) })
                    }
                  />
                </label>
                <button
                  type="button"
                  class="button"
                  aria-label={`Remove day off ${d}`}
                  onClick={() => update({ days_off: draft.days_off.filter((_, k) => k !== i) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="button" onClick={() => update({ days_off: [...draft.days_off, ''] })}>
            Add a day off
          </button>
        </fieldset>

        <fieldset>
          <legend>One-off changes</legend>
          <p class="quiet">Extra time on one date, or time off for part of a day.</p>
          <ul class="time-rows">
            {draft.exceptions.map((x, i) => (
              <li key={i} class="time-row">
                <label>
                  Date{' '}
                  <input
                    type="date"
                    value={x.day}
                    aria-invalid={invalid(`exceptions[${i}].day`)}
                    onInput={(e) => setChange(i, { day: e.currentTarget.value })}
                  />
                </label>
                <TimeSpan
                  start={x.start}
                  end={x.end}
                  invalid={(part) => invalid(`exceptions[${i}].${part}`)}
                  change={(part, value) => setChange(i, { [part]: value })}
                />
                <label>
                  Kind{' '}
                  <select
                    value={x.kind}
                    onChange={(e) => setChange(i, { kind: e.currentTarget.value as 'open' | 'closed' })}
                  >
                    <option value="open">Extra time</option>
                    <option value="closed">Time off</option>
                  </select>
                </label>
                <button
                  type="button"
                  class="button"
                  aria-label={`Remove one-off change ${i + 1}`}
                  onClick={() => update({ exceptions: draft.exceptions.filter((_, k) => k !== i) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="button"
            onClick={() =>
              update({ exceptions: [...draft.exceptions, { day: '', start: '09:00', end: '12:00', kind: 'closed' }] })
            }
          >
            Add a one-off change
          </button>
        </fieldset>

        {problem && (
          <p class="failure" role="alert">
            {problem.field ? `${fieldWords(problem.field, draft)}: ` : ''}
            {problem.message}
          </p>
        )}
        {said && (
          <p class="saved" role="status">
            {said}
          </p>
        )}
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            Save availability
          </button>
        </div>
      </form>
    </>
  );
}
