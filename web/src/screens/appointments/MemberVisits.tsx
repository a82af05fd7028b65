// The member's video visits (/appointments): reminders, upcoming visits with "Join video visit",
// the .ics download, moving and cancelling until the cut-off, booking a new time, past visits,
// and the private calendar address. Times are shown in the member's own time zone.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { appointmentsApi, type Slot, type Visit } from '../../api/appointments';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { CalendarFeed } from './CalendarFeed';
import { Notices } from './Notices';
import { SlotPicker } from './SlotPicker';
import { reminderText, STATUS_WORDS, whenLabel } from './visitTimes';

type Mode = { kind: 'list' } | { kind: 'book' } | { kind: 'move'; visit: Visit };

function errorWords(e: unknown): string {
  return e instanceof ApiError ? e.detail : 'Something went wrong. Please try again.';
}

function minutes(v: Visit) {
  return Math.round((v.ends_at - v.starts_at) / 60000);
}

function Upcoming({ visit, move, cancel }: { visit: Visit; move: () => void; cancel: () => void }) {
  const reminder = reminderText(visit);
  return (
    <li class="card visit-card">
      <h3 class="card-title">{whenLabel(visit.starts_at)}</h3>
      <p>
        Video visit with {visit.therapist_name}, {minutes(visit)} minutes
        {visit.booked_by === 'therapist' ? ' (booked by your therapist)' : ''}.
      </p>
      {reminder && (
        <p class="visit-reminder" role="status">
          {reminder}
        </p>
      )}
      <p class="link-list visit-actions">
        <a class={`button${visit.join_open ? ' primary' : ''}`} href={visit.visit_path}>
          Join video visit
        </a>
        <a class="button" href={visit.calendar_path} download="motus-visit.ics">
          Add to calendar (.ics)
        </a>
      </p>
      {!visit.join_open && <p class="quiet">You can join from 10 minutes before the start.</p>}
      {visit.can_change ? (
        <p class="link-list">
          <button type="button" class="button" onClick={move}>
            Change time
          </button>
          <button type="button" class="button" onClick={cancel}>
            Cancel visit
          </button>
        </p>
      ) : (
        <p class="quiet">
          Visits can be changed until 24 hours before. To change this one, <a href="/messages">message your therapist</a>.
        </p>
      )}
    </li>
  );
}

export function MemberVisits() {
  const [version, setVersion] = useState(0);
  const visits = useLoad(appointmentsApi.mine, [version]);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');

  const act = async (work: () => Promise<Visit>, words: (v: Visit) => string) => {
    setBusy(true);
    setError('');
    setSaid('');
    try {
      const visit = await work();
      setSaid(words(visit));
      setMode({ kind: 'list' });
      setVersion((n) => n + 1);
    } catch (e) {
      setError(errorWords(e));
    } finally {
      setBusy(false);
    }
  };
  const book = (slot: Slot) => act(() => appointmentsApi.book(slot), (v) => `Booked: ${whenLabel(v.starts_at)}.`);
  const move = (visit: Visit) => (slot: Slot) =>
    act(() => appointmentsApi.move(visit.id, slot), (v) => `Moved to ${whenLabel(v.starts_at)}.`);
  const cancel = (visit: Visit) => {
    if (!window.confirm(`Cancel your video visit on ${whenLabel(visit.starts_at)}?`)) return;
    act(() => appointmentsApi.cancel(visit.id), (v) => `Cancelled your visit on ${whenLabel(v.starts_at)}.`);
  };

  return (
    <>
      <ScreenTitle title="Video visits">Video visits</ScreenTitle>
      <p class="lead">See your physical therapist by video, from this device. No app to install.</p>
      <Notices said={said} error={error} />
      {mode.kind === 'book' && (
        <section aria-labelledby="book-title">
          <h2 id="book-title">Book a video visit</h2>
          <SlotPicker verb="Book" busy={busy} choose={book} />
          <p>
            <button type="button" class="button" onClick={() => setMode({ kind: 'list' })}>
              Back to your visits
            </button>
          </p>
        </section>
      )}
      {mode.kind === 'move' && (
        <section aria-labelledby="move-title">
          <h2 id="move-title">Change the time of your visit on {whenLabel(mode.visit.starts_at)}</h2>
          <SlotPicker verb="Move to" busy={busy} choose={move(mode.visit)} />
          <p>
            <button type="button" class="button" onClick={() => setMode({ kind: 'list' })}>
              Keep the current time
            </button>
          </p>
        </section>
      )}
      {mode.kind === 'list' && (
        <>
          <div class="primary-bar">
            <button type="button" class="button primary big" onClick={() => setMode({ kind: 'book' })}>
              Book a video visit
            </button>
          </div>
          {visits.state === 'loading' && <Loading />}
          {visits.state === 'failed' && <Failure error={visits.error} />}
          {visits.state === 'ready' && (
            <>
              <h2>Upcoming</h2>
              {visits.value.upcoming.length === 0 ? (
                <p class="quiet">No visits booked.</p>
              ) : (
                <ul class="visit-list">
                  {visits.value.upcoming.map((v) => (
                    <Upcoming key={v.id} visit={v} move={() => setMode({ kind: 'move', visit: v })} cancel={() => cancel(v)} />
                  ))}
                </ul>
              )}
              <h2>Past</h2>
              {visits.value.past.length === 0 ? (
                <p class="quiet">No past visits yet.</p>
              ) : (
                <ul class="visit-list past">
                  {visits.value.past.map((v) => (
                    <li key={v.id} class="card visit-card">
                      <strong>{whenLabel(v.starts_at)}</strong> · {v.therapist_name} ·{' '}
                      <span class={`visit-status status-${v.status}`}>{STATUS_WORDS[v.status]}</span>
                    </li>
                  ))}
                </ul>
              )}
              <CalendarFeed />
            </>
          )}
        </>
      )}
    </>
  );
}
