// On Today: a kind nudge when a day the member chose to practise went by without a session. The
// server decides (GET /me/reminders answers `missed` only for a member with a program to follow);
// nothing shows otherwise, when offline, or when the answer cannot be had.
import { memberApi } from '../../api/member';
import { useWords, words } from '../../i18n';
import { useLoad } from '../../useLoad';
import { weekdayName } from '../journal/reminders';

const WORDS = words({
  en: {
    label: 'Practice reminder',
    missed: (day: string) => `You planned to practise on ${day}, and the day slipped by. That is all right: today's session is a good way back in.`,
    change: 'Change your practice days',
  },
  es: {
    label: 'Recordatorio de práctica',
    missed: (day: string) => `Tenías pensado practicar el ${day} y se te pasó el día. No pasa nada: la sesión de hoy es una buena forma de retomarlo.`,
    change: 'Cambiar tus días de práctica',
  },
});

export function MissedPractice() {
  const w = useWords(WORDS);
  // Offline there is nothing to ask (and Today must not fail a request it cannot send).
  const load = useLoad(() => (navigator.onLine === false ? Promise.resolve(null) : memberApi.reminders()), []);
  if (load.state !== 'ready' || !load.value?.missed) return null;
  return (
    <aside class="notice practice-nudge" aria-label={w.label}>
      <p>{w.missed(weekdayName(load.value.missed.weekday, false))}</p>
      <p>
        <a href="/account#reminders-title">{w.change}</a>
      </p>
    </aside>
  );
}
