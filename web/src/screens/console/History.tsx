// The member's recent sessions and check-ins, newest first.
import type { MemberRecord } from '../../api/console';
import { when } from './format';
import { TableScroll } from './TableScroll';

const RECENT = 10;
const newestFirst = <T extends { at: number }>(list: T[]) => [...list].sort((a, b) => b.at - a.at).slice(0, RECENT);

export function History({ history }: { history: MemberRecord['history'] }) {
  const sessions = newestFirst(history.sessions);
  const checkins = newestFirst(history.checkins);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Recent activity</h2>
      <h3>Sessions</h3>
      {sessions.length === 0 ? (
        <p class="quiet">No sessions logged yet.</p>
      ) : (
        <TableScroll label="Sessions">
          <table class="console-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Exercises done</th>
                <th scope="col">Pain before → after</th>
                <th scope="col">Next morning</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.at}>
                  <th scope="row">
                    {when(s.at)} (day {s.program_day})
                  </th>
                  <td>
                    {s.exercises_done} of {s.exercises_planned}
                  </td>
                  <td>
                    {s.pain_before} → {s.pain_after}
                  </td>
                  <td>{s.next_morning_pain ?? 'not told'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3>Check-ins</h3>
      {checkins.length === 0 ? (
        <p class="quiet">No check-ins yet.</p>
      ) : (
        <TableScroll label="Check-ins">
          <table class="console-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Pain</th>
                <th scope="col">Flare-up</th>
                <th scope="col">Their words</th>
              </tr>
            </thead>
            <tbody>
              {checkins.map((c) => (
                <tr key={c.at}>
                  <th scope="row">{when(c.at)}</th>
                  <td>{c.pain} of 10</td>
                  <td>{c.flare ? 'Yes' : 'No'}</td>
                  <td>{c.notes ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
