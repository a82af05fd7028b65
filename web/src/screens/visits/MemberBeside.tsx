// For the therapist, beside the video: the member's record in short (what the intake found, how
// the pain has gone, their program) and the visit note, saved to the member's record.
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { consoleApi, type MemberRecord } from '../../api/console';
import { visitsApi, type VisitPage } from '../../api/visits';
import { Failure, Loading } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { AssessmentSummary } from '../console/AssessmentSummary';
import { day, when } from '../console/format';
import type { Library } from '../console/MemberDetail';

async function loadLibrary(): Promise<Library> {
  const [exercises, patterns] = await Promise.all([api.exercises(), api.patterns()]);
  return { exercises: new Map(exercises.map((e) => [e.id, e])), patterns: new Map(patterns.map((p) => [p.id, p])) };
}

function PainLately({ record }: { record: MemberRecord }) {
  const checkins = [...record.history.checkins].sort((a, b) => b.at - a.at).slice(0, 3);
  const sessions = record.history.sessions.length;
  return (
    <section aria-labelledby="lately-title">
      <h3 id="lately-title">Lately</h3>
      <ul class="plain-list">
        {checkins.length === 0 && <li class="quiet">No check-ins yet.</li>}
        {checkins.map((c) => (
          <li key={c.at}>
            {day(c.at)}: pain {c.pain} of 10{c.flare ? ', a flare' : ''}
          </li>
        ))}
        <li>
          {sessions === 1 ? '1 session done' : `${sessions} sessions done`}
          {record.program ? `, program phase ${record.program.state.phase}` : ', no program yet'}
        </li>
      </ul>
    </section>
  );
}

export function VisitNote({ page }: { page: VisitPage }) {
  const [note, setNote] = useState(page.visit?.note ?? '');
  const [state, setState] = useState<{ saving: boolean; saved: number | null; problem: string | null }>({
    saving: false,
    saved: page.visit?.note_written_at ?? null,
    problem: null,
  });
  const save = async (e: Event) => {
    e.preventDefault();
    setState({ ...state, saving: true, problem: null });
    try {
      const visit = await visitsApi.writeNote(page.appointment.id, note);
      setState({ saving: false, saved: visit.note_written_at ?? Date.now(), problem: null });
    } catch (error) {
      setState({ saving: false, saved: state.saved, problem: error instanceof Error ? error.message : 'Not saved.' });
    }
  };
  return (
    <form class="visit-note" onSubmit={save} aria-labelledby="visit-note-title">
      <h3 id="visit-note-title">Visit note</h3>
      <div class="field">
        <label for="visit-note-text">What you saw and agreed (the care team reads this, the member does not)</label>
        <textarea id="visit-note-text" rows={5} maxLength={8000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </div>
      {state.problem && (
        <p class="form-problem" role="alert">
          {state.problem}
        </p>
      )}
      <p class="sr-status" role="status">
        {state.saved ? `Note saved ${when(state.saved)}.` : ''}
      </p>
      <button type="submit" class="button" disabled={state.saving}>
        {state.saving ? 'Saving…' : 'Save note'}
      </button>
    </form>
  );
}

export function MemberBeside({ page }: { page: VisitPage }) {
  const memberId = page.member_id ?? '';
  const record = useLoad(() => consoleApi.record(memberId), [memberId]);
  const library = useLoad(loadLibrary, []);
  return (
    <aside class="member-beside" aria-labelledby="beside-title">
      <h2 id="beside-title">{page.other.name}</h2>
      {(record.state === 'loading' || library.state === 'loading') && <Loading />}
      {record.state === 'failed' && <Failure error={record.error} />}
      {record.state === 'ready' && (
        <>
          <p class="quiet">
            Born {record.value.member.date_of_birth} · <a href={`/care/members/${encodeURIComponent(memberId)}`} target="_blank" rel="noopener">Full record (new tab)</a>
          </p>
          {library.state === 'ready' && <AssessmentSummary intake={record.value.intake} library={library.value} />}
          <PainLately record={record.value} />
        </>
      )}
      <VisitNote page={page} />
    </aside>
  );
}
