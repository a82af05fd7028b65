// One therapist's members, as the platform admin sees them: names only, no health data. Each
// member's line can move them to another therapist (PUT /admin/members/{id}/therapist); the
// member then shows in that therapist's queue, and both caseload counts change.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { consoleApi, type CaseloadMember, type StaffMember } from '../../api/console';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { errorsByField } from './fieldErrors';
import { caseloadWords, moveTargets } from './staffWords';
import { TableScroll } from './TableScroll';

interface Team {
  staff: StaffMember[];
  members: CaseloadMember[];
}

const loadTeam = async (therapistId: string): Promise<Team> => {
  const [staff, members] = await Promise.all([consoleApi.staff(), consoleApi.caseload(therapistId)]);
  return { staff, members };
};

export function StaffCaseload({ id }: { id: string }) {
  const [team, setTeam] = useState<Team | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [moved, setMoved] = useState<{ member: string; to: StaffMember } | null>(null);
  useEffect(() => {
    setTeam(null);
    setMoved(null);
    loadTeam(id).then(setTeam, setError);
  }, [id]);
  const therapist = team?.staff.find((s) => s.id === id && s.role === 'therapist');
  const title = therapist ? `${therapist.name}'s members` : 'Members';

  const afterMove = (member: CaseloadMember, to: StaffMember) => {
    setMoved({ member: member.name, to });
    loadTeam(id).then(setTeam, setError);
  };

  return (
    <>
      <ScreenTitle title={title}>{title}</ScreenTitle>
      <p>
        <a href="/admin/staff">Back to all staff</a>
      </p>
      {error !== null && <Failure error={error} />}
      {team === null && error === null && <Loading />}
      <p role="status" class="created">
        {moved && (
          <>
            {moved.member} now has {moved.to.name} as their therapist.{' '}
            <a href={`/admin/staff/${encodeURIComponent(moved.to.id)}`}>See {moved.to.name}'s members</a>
          </>
        )}
      </p>
      {team !== null && !therapist && (
        <p class="notice">There is no therapist with this link. Choose one from the staff list.</p>
      )}
      {team !== null && therapist && (
        <>
          <p class="lead">
            {caseloadWords(team.members.length)}. Moving someone changes who sees them in their queue, reads their record
            and answers their messages. The move is kept in the audit log.
          </p>
          {team.members.length > 0 && (
            <CaseloadTable members={team.members} targets={moveTargets(team.staff, id)} onMoved={afterMove} />
          )}
        </>
      )}
    </>
  );
}

function CaseloadTable({
  members,
  targets,
  onMoved,
}: {
  members: CaseloadMember[];
  targets: StaffMember[];
  onMoved: (member: CaseloadMember, to: StaffMember) => void;
}) {
  return (
    <TableScroll label="Members">
      <table class="console-table caseload">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Move to another therapist</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <a href={`/care/members/${encodeURIComponent(m.id)}`}>{m.name}</a>
              </th>
              <td>
                {targets.length === 0 ? (
                  <span class="quiet">Add another therapist first.</span>
                ) : (
                  <MoveMember member={m} targets={targets} onMoved={onMoved} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function MoveMember({
  member,
  targets,
  onMoved,
}: {
  member: CaseloadMember;
  targets: StaffMember[];
  onMoved: (member: CaseloadMember, to: StaffMember) => void;
}) {
  const [choice, setChoice] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const selectId = `move-${member.id}`;
  const errorId = `${selectId}-error`;

  const refuse = (message: string) => {
    setProblem(message);
    selectRef.current?.focus();
  };

  const move = async (e: Event) => {
    e.preventDefault();
    const to = targets.find((t) => t.id === choice);
    if (!to) {
      refuse(`Choose who should care for ${member.first_name}.`);
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      await consoleApi.moveMember(member.id, to.id);
      onMoved(member, to);
    } catch (err) {
      if (!(err instanceof ApiError)) {
        refuse('Something went wrong. Try again.');
        return;
      }
      refuse(errorsByField(err.errors).therapist_id ?? err.detail);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="move-member" onSubmit={move} noValidate>
      <label class="sr-text" for={selectId}>
        Move {member.name} to
      </label>
      <select
        id={selectId}
        ref={selectRef}
        value={choice}
        onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? errorId : undefined}
      >
        <option value="">Choose a therapist</option>
        {targets.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <button class="button" type="submit" disabled={busy}>
        {busy ? 'Moving…' : 'Move'}
        <span class="sr-text"> {member.name}</span>
      </button>
      {problem && (
        <p class="field-error" id={errorId}>
          {problem}
        </p>
      )}
    </form>
  );
}
