// The therapist's video visits (/care/appointments): the coming month and the past week, each
// with its member, countdown, "Join video visit", the .ics file and cancelling; and booking a
// visit on a member's behalf. Times are in the therapist's own time zone (this browser's).
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { appointmentsApi, type Visit } from '../../api/appointments';
import { consoleApi } from '../../api/console';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { Notices } from './Notices';
import { ownTimeZone, STATUS_WORDS, whenLabel } from './visitTimes';

function VisitRow({ visit, cancel }: { visit: Visit; cancel: () => void }) {
  return (
    <li class="card visit-card">
      <h3 class="card-title">
        {whenLabel(visit.starts_at)} · <a href={`/care/members/${encodeURIComponent(visit.member_id ?? '')}`}>{visit.member_name}</a>
      </h3>
      <p>
        <span class={`visit-status status-${visit.status}`}>{STATUS_WORDS[visit.status]}</span>
        {visit.countdown && <strong class="visit-countdown"> · {visit.countdown}</strong>}
      </p>
      {visit.status === 'booked' && (
        <p class="link-list visit-actions">
          <a class={`button${visit.join_open ? ' primary' : ''}`} href={visit.visit_path}>
            Join video visit
          </a>
          <a class="button" href={visit.calendar_path} download="motus-visit.ics">
            Add to calendar (.ics)
          </a>
          {visit.can_change && (
            <button type="button" class="button" onClick={cancel}>
              Cancel visit
            </button>
          )}
        </p>
      )}
    </li>
  );
}

function BookForMember({ booked }: { booked: (v: Visit) => void }) {
  const members = useLoad(consoleApi.queue, []);
  const [member, setMember] = useState('');
  const [when, setWhen] = useState('');
  const [length, setLength] = useState(30);
  const [error, setError] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    setError('');
    const starts = new Date(when).getTime();
    if (!member || Number.isNaN(starts)) {
      setError('Choose a member and a start time.');
      return;
    }
    try {
      booked(await appointmentsApi.careBook(member, { starts_at: starts, ends_at: starts + length * 60000 }));
    } catch (x) {
      setError(x instanceof ApiError ? x.detail : 'Could not book. Please try again.');
    }
  };
  if (members.state !== 'ready') return null;
  return (
    <form class="card book-for-member" onSubmit={submit} noValidate>
      <h2>Book a visit for a member</h2>
      <div class="field">
        <label for="book-member">Member</label>
        <select id="book-member" value={member} onChange={(e) => setMember(e.currentTarget.value)}>
          <option value="">Choose…</option>
          {members.value.map((m) => (
            <option key={m.member_id} value={m.member_id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="book-when">Starts ({ownTimeZone()}; on the quarter hour)</label>
        <input id="book-when" type="datetime-local" step={900} value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="book-length">Length</label>
        <select id="book-length" value={String(length)} onChange={(e) => setLength(Number(e.currentTarget.value))}>
          {[15, 30, 45].map((m) => (
            <option key={m} value={String(m)}>
              {m} minutes
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p class="failure" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button primary">
        Book visit
      </button>
    </form>
  );
}

export function CareVisits() {
  const [version, setVersion] = useState(0);
  const visits = useLoad(() => appointmentsApi.careList(), [version]);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const cancel = async (v: Visit) => {
    if (!window.confirm(`Cancel the visit with ${v.member_name} on ${whenLabel(v.starts_at)}?`)) return;
    setError('');
    try {
      await appointmentsApi.careCancel(v.id);
      setSaid(`Cancelled the visit with ${v.member_name}.`);
      setVersion((n) => n + 1);
    } catch (x) {
      setError(x instanceof ApiError ? x.detail : 'Could not cancel. Please try again.');
    }
  };
  return (
    <>
      <ScreenTitle title="Video visits">Your video visits</ScreenTitle>
      <p class="lead">
        The past week and the month ahead. <a href="/care/availability">Set your availability</a>.
      </p>
      <Notices said={said} error={error} />
      <h2>Visits</h2>
      {visits.state === 'loading' && <Loading />}
      {visits.state === 'failed' && <Failure error={visits.error} />}
      {visits.state === 'ready' &&
        (visits.value.length === 0 ? (
          <p class="notice">No visits in this time.</p>
        ) : (
          <ul class="visit-list">
            {visits.value.map((v) => (
              <VisitRow key={v.id} visit={v} cancel={() => cancel(v)} />
            ))}
          </ul>
        ))}
      <BookForMember
        booked={(v) => {
          setSaid(`Booked ${v.member_name} for ${whenLabel(v.starts_at)}.`);
          setVersion((n) => n + 1);
        }}
      />
    </>
  );
}
