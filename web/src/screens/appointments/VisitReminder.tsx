// On Today: the member's next video visit when a reminder is due (the day before, 10 minutes
// before, and while it is on), with "Join video visit". Shows nothing otherwise, or on failure,
// and asks nothing offline (a video visit needs the network; Today itself works offline).
import { appointmentsApi } from '../../api/appointments';
import { useLoad } from '../../useLoad';
import { useWords, words } from '../../i18n';
import { reminderText } from './visitTimes';

const WORDS = words({
  en: { reminder: 'Video visit reminder', join: 'Join video visit', yourVisits: 'Your visits' },
  es: { reminder: 'Recordatorio de videoconsulta', join: 'Entrar en la videoconsulta', yourVisits: 'Tus citas' },
});

export function VisitReminder() {
  const w = useWords(WORDS);
  const visits = useLoad(() => (navigator.onLine === false ? Promise.resolve(null) : appointmentsApi.mine()), []);
  if (visits.state !== 'ready' || !visits.value) return null;
  const due = visits.value.upcoming.find((v) => v.reminder);
  if (!due) return null;
  return (
    <aside class="notice visit-reminder-box" aria-label={w.reminder}>
      <p>{reminderText(due)}</p>
      <p class="link-list">
        <a class={`button${due.join_open ? ' primary' : ''}`} href={due.visit_path}>
          {w.join}
        </a>
        <a href="/appointments">{w.yourVisits}</a>
      </p>
    </aside>
  );
}
