// One member's record for their therapist: what needs attention, the charts, then the
// assessment, the program (with the editor), history, notes and messages.
import { useState } from 'preact/hooks';
import { api, ApiError, type ExerciseSummary, type PatternSummary } from '../../api';
import { consoleApi, type MemberRecord } from '../../api/console';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { AssessmentSummary } from './AssessmentSummary';
import { CareFlags } from './CareFlags';
import { BreakGlassLog, OpenWithReason } from './BreakGlass';
import { day } from './format';
import { History } from './History';
import { InstrumentScores } from './InstrumentScores';
import { MemberCharts } from './MemberCharts';
import { Messages } from './Messages';
import { Notes } from './Notes';
import { ProgramPanel } from './ProgramPanel';

export interface Library {
  exercises: Map<string, ExerciseSummary>;
  patterns: Map<string, PatternSummary>;
}

async function loadLibrary(): Promise<Library> {
  const [exercises, patterns] = await Promise.all([api.exercises(), api.patterns()]);
  return { exercises: new Map(exercises.map((e) => [e.id, e])), patterns: new Map(patterns.map((p) => [p.id, p])) };
}

export function MemberDetail({ id }: { id: string }) {
  const [opened, setOpened] = useState(0);
  const record = useLoad(() => consoleApi.record(id), [id, opened]);
  const library = useLoad(loadLibrary, []);
  if (record.state === 'failed' && record.error instanceof ApiError && record.error.status === 403) {
    return <OpenWithReason id={id} onOpened={() => setOpened(opened + 1)} />;
  }
  if (record.state === 'failed') return <Failure error={record.error} />;
  if (library.state === 'failed') return <Failure error={library.error} />;
  if (record.state === 'loading' || library.state === 'loading') return <Loading />;
  return <Record record={record.value} library={library.value} />;
}

function Record({ record, library }: { record: MemberRecord; library: Library }) {
  const { member, history } = record;
  const name = `${member.first_name} ${member.last_name}`;
  const contact = member.contact;
  return (
    <>
      <p class="back-link">
        <a href="/care">← Back to the queue</a>
      </p>
      <ScreenTitle title={name}>{name}</ScreenTitle>
      <p class="quiet member-facts">
        Born {member.date_of_birth} · {member.email} · joined {day(member.enrolled_at)}
      </p>
      {contact?.phone && contact.tel ? (
        <p class="member-contact">
          Phone: <a href={contact.tel}>{contact.phone}</a>
          {contact.call_time ? ` · safe to call: ${contact.call_time}` : ' · no time to call given'}
        </p>
      ) : (
        <p class="quiet member-contact">No phone number given. Write to them under Messages.</p>
      )}
      <CareFlags key={member.id} memberId={member.id} flags={history.care_flags} />
      {record.opened_by_break_glass && (
        <p class="safety" role="note">
          You opened this record with break-glass access for one hour. It is on the audit log and their therapist sees it.
        </p>
      )}
      <BreakGlassLog entries={record.break_glass ?? []} />
      <MemberCharts history={history} />
      <AssessmentSummary intake={record.intake} library={library} />
      {record.instruments && <InstrumentScores scores={record.instruments} />}
      {!record.opened_by_break_glass && <ProgramPanel record={record} library={library} />}
      <History history={history} />
      {!record.opened_by_break_glass && <Notes memberId={member.id} notes={record.notes ?? []} />}
      {!record.opened_by_break_glass && <Messages memberId={member.id} firstName={member.first_name} />}
    </>
  );
}
