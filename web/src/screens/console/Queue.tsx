// The therapist's queue: their members, most in need first, with the reasons in words. Rows
// with a safety reason are marked by a label as well as colour. The order, the reasons and each
// row's band and label are the server's; the screen only shows them.
import { appointmentsApi } from '../../api/appointments';
import { consoleApi, type QueueEntry } from '../../api/console';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { countByPriority } from './queueCounts';
import { TableScroll } from './TableScroll';

/** Per member, the countdown to their next booked visit within a day ("visit in 2 h"). */
function useVisitCountdowns(): Map<string, string> {
  const visits = useLoad(() => appointmentsApi.careList(), []);
  const countdowns = new Map<string, string>();
  if (visits.state !== 'ready') return countdowns;
  for (const v of visits.value) {
    if (v.countdown && v.member_id && !countdowns.has(v.member_id)) countdowns.set(v.member_id, v.countdown);
  }
  return countdowns;
}

function Row({ entry, countdown }: { entry: QueueEntry; countdown?: string }) {
  const priority = entry.priority;
  return (
    <tr class={`queue-row prio-${priority}`}>
      <th scope="row">
        <a href={`/care/members/${encodeURIComponent(entry.member_id)}`}>{entry.name}</a>
        <br />
        <span class={`priority prio-${priority}`}>
          {priority === 'safety' && <span aria-hidden="true">⚠ </span>}
          {entry.priority_words}
        </span>
        {countdown && (
          <>
            <br />
            <a class="visit-countdown" href="/care/appointments">
              {countdown}
            </a>
          </>
        )}
      </th>
      <td>
        {entry.reasons.length === 0 ? (
          <span class="quiet">Nothing needs doing now.</span>
        ) : (
          <ul class="reasons">
            {entry.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

export function Queue() {
  const queue = useLoad(consoleApi.queue, []);
  return (
    <>
      <ScreenTitle title="Queue">Your members</ScreenTitle>
      <p class="lead">Who needs you first, and why. Safety reasons are always at the top.</p>
      {queue.state === 'loading' && <Loading />}
      {queue.state === 'failed' && <Failure error={queue.error} />}
      {queue.state === 'ready' && queue.value.length === 0 && (
        <p class="notice">No members are assigned to you yet.</p>
      )}
      {queue.state === 'ready' && queue.value.length > 0 && <QueueTable entries={queue.value} />}
    </>
  );
}

function QueueTable({ entries }: { entries: QueueEntry[] }) {
  const counts = countByPriority(entries);
  const countdowns = useVisitCountdowns();
  return (
    <>
      <p>
        {counts.safety > 0 && (
          <strong class="safety-count">
            {counts.safety} with a safety reason.{' '}
          </strong>
        )}
        {counts.attention} {counts.attention === 1 ? 'needs' : 'need'} attention, {counts.settled} doing fine.
      </p>
      <TableScroll label="Members, most in need first">
        <table class="console-table queue">
          <caption class="sr-text">Members, most in need first</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <Row key={e.member_id} entry={e} countdown={countdowns.get(e.member_id)} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
