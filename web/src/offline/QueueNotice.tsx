// "1 session waiting to be sent": shown on the member's screens while finished sessions wait
// for a connection, and a short "sent" line once they have gone, which clears itself after a
// few seconds (the status region stays, so a screen reader hears each change).
import { useEffect, useState } from 'preact/hooks';
import { useWords, words } from '../i18n';
import { useWaiting } from './sync';

const WORDS = words({
  en: {
    waiting: (count: number) =>
      `${count} ${count === 1 ? 'session' : 'sessions'} waiting to be sent. We send ${count === 1 ? 'it' : 'them'} as soon as you are online.`,
    sent: (count: number) => `${count === 1 ? 'Your session was' : `${count} sessions were`} sent. Your program is up to date.`,
  },
  es: {
    waiting: (count: number) =>
      count === 1
        ? '1 sesión pendiente de enviar. La enviamos en cuanto tengas conexión.'
        : `${count} sesiones pendientes de enviar. Las enviamos en cuanto tengas conexión.`,
    sent: (count: number) =>
      `${count === 1 ? 'Tu sesión se ha enviado' : `Se han enviado ${count} sesiones`}. Tu programa está al día.`,
  },
});

/** How long "Your session was sent" stays on screen. */
export const SENT_NOTICE_MS = 6000;

export function QueueNotice() {
  const w = useWords(WORDS);
  const { count, justSent } = useWaiting();
  const [seen, setSeen] = useState(0);
  useEffect(() => {
    if (justSent === 0) return;
    const timer = setTimeout(() => setSeen(justSent), SENT_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [justSent]);
  if (count === 0 && (justSent === 0 || justSent === seen)) return <div role="status" class="queue-status" />;
  return (
    <div role="status" class={count > 0 ? 'queue-status notice waiting' : 'queue-status notice'}>
      {count > 0 ? w.waiting(count) : w.sent(justSent)}
    </div>
  );
}
