// "1 session waiting to be sent": shown on the member's screens while finished sessions wait
// for a connection, and a short "sent" line once they have gone.
import { useWaiting } from './sync';

export function QueueNotice() {
  const { count, justSent } = useWaiting();
  if (count === 0 && justSent === 0) return <div role="status" class="queue-status" />;
  return (
    <div role="status" class={count > 0 ? 'queue-status notice waiting' : 'queue-status notice'}>
      {count > 0
        ? `${count} ${count === 1 ? 'session' : 'sessions'} waiting to be sent. We send ${count === 1 ? 'it' : 'them'} as soon as you are online.`
        : `${justSent === 1 ? 'Your session was' : `${justSent} sessions were`} sent. Your program is up to date.`}
    </div>
  );
}
