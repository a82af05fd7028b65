// On Today: the member's next video visit when a reminder is due (the day before, 10 minutes
// before, and while it is on), with "Join video visit". Shows nothing otherwise, or on failure.
import { appointmentsApi } from '../../api/appointments';
import { useLoad } from '../../useLoad';
import { reminderText } from './visitTimes';

export function VisitReminder() {
  const visits = useLoad(appointmentsApi.mine, []);
  if (visits.state !== 'ready') return null;
  const due = visits.value.upcoming.find((v) => v.reminder);
  if (!due) return null;
  return (
    <aside class="notice visit-reminder-box" aria-label="Video visit reminder">
      <p>{reminderText(due)}</p>
      <p class="link-list">
        <a class={`button${due.join_open ? ' primary' : ''}`} href={due.visit_path}>
          Join video visit
        </a>
        <a href="/appointments">Your visits</a>
      </p>
    </aside>
  );
}
