// The words of the visit screen that depend on data: times, durations, what blocked a camera,
// and why the call stopped. Pure, so they are tested without a browser.

const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** "Monday 7 December, 14:00 to 14:30". */
export function slotWords(startsAt: number, endsAt: number): string {
  const date = new Date(startsAt).toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long' });
  return `${date}, ${time(startsAt)} to ${time(endsAt)}`;
}

/** "1 minute", "25 minutes", "1 hour 5 minutes"; under a minute: "less than a minute". */
export function durationWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const m = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;
  if (hours === 0) return m(minutes);
  const h = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return rest === 0 ? h : `${h} ${m(rest)}`;
}

/** What to tell someone whose camera or microphone could not start (a getUserMedia error). */
export function deviceProblemWords(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Your browser is blocking the camera and microphone. Allow them for this site (in the address bar, or your phone’s settings), then choose Try again.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'We could not find a camera or microphone. Check that one is connected, then choose Try again.';
    case 'NotReadableError':
    case 'AbortError':
      return 'Another app is using your camera or microphone. Close it, then choose Try again.';
    default:
      return 'Your camera and microphone could not start. Choose Try again, or join without them.';
  }
}

/** Close codes of the visit room (src/api/visits/signal.cpp) that mean: do not reconnect. */
export const FINAL_CLOSE: Record<number, string> = {
  1000: 'The visit has ended.',
  4001: 'You joined this visit from another window or device, so this one has stopped.',
  4003: 'The time for this visit is over.',
};

/** Waits before the nth reconnection attempt (0-based): 1, 2, 4, 8 seconds, then 10. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(10_000, 1000 * 2 ** Math.max(0, attempt));
}
