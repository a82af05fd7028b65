// The words of the visit screen that depend on data: times, durations, what blocked a camera,
// and why the call stopped, in the app's language. Pure, so they are tested without a browser.
import { locale, words, wordsNow } from '../../i18n';

const WORDS = words({
  en: {
    slot: (date: string, from: string, to: string) => `${date}, ${from} to ${to}`,
    lessThanAMinute: 'less than a minute',
    minutes: (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`,
    hours: (n: number) => `${n} ${n === 1 ? 'hour' : 'hours'}`,
    hoursAndMinutes: (h: string, m: string) => `${h} ${m}`,
    blocked:
      'Your browser is blocking the camera and microphone. Allow them for this site (in the address bar, or your phone’s settings), then choose Try again.',
    notFound: 'We could not find a camera or microphone. Check that one is connected, then choose Try again.',
    inUse: 'Another app is using your camera or microphone. Close it, then choose Try again.',
    couldNotStart: 'Your camera and microphone could not start. Choose Try again, or join without them.',
    ended: 'The visit has ended.',
    elsewhere: 'You joined this visit from another window or device, so this one has stopped.',
    timeOver: 'The time for this visit is over.',
    youEnded: 'You ended the visit.',
    otherEnded: 'The other person ended the visit.',
    roomClosed: 'The visit room has closed.',
    notSetUp: 'The call could not be set up.',
  },
  es: {
    slot: (date: string, from: string, to: string) => `${date}, de ${from} a ${to}`,
    lessThanAMinute: 'menos de un minuto',
    minutes: (n: number) => `${n} ${n === 1 ? 'minuto' : 'minutos'}`,
    hours: (n: number) => `${n} ${n === 1 ? 'hora' : 'horas'}`,
    hoursAndMinutes: (h: string, m: string) => `${h} y ${m}`,
    blocked:
      'Tu navegador está bloqueando la cámara y el micrófono. Permítelos para esta página (en la barra de direcciones o en los ajustes de tu móvil) y luego pulsa Intentar de nuevo.',
    notFound: 'No encontramos ninguna cámara ni micrófono. Comprueba que haya uno conectado y luego pulsa Intentar de nuevo.',
    inUse: 'Otra aplicación está usando tu cámara o tu micrófono. Ciérrala y luego pulsa Intentar de nuevo.',
    couldNotStart: 'No se han podido encender tu cámara y tu micrófono. Pulsa Intentar de nuevo, o entra sin ellos.',
    ended: 'La videoconsulta ha terminado.',
    elsewhere: 'Has entrado en esta videoconsulta desde otra ventana u otro dispositivo, así que esta se ha detenido.',
    timeOver: 'Se ha acabado el tiempo de esta videoconsulta.',
    youEnded: 'Has terminado la videoconsulta.',
    otherEnded: 'La otra persona ha terminado la videoconsulta.',
    roomClosed: 'La sala de la videoconsulta se ha cerrado.',
    notSetUp: 'No se ha podido preparar la llamada.',
  },
});

/** The words the call itself says when it stops or fails (call.ts). */
export const callWords = () => wordsNow(WORDS);

const time = (ms: number) => new Date(ms).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit' });

/** "Monday 7 December, 14:00 to 14:30" ("lunes, 7 de diciembre, de 14:00 a 14:30"). */
export function slotWords(startsAt: number, endsAt: number): string {
  const date = new Date(startsAt).toLocaleDateString(locale(), { weekday: 'long', day: 'numeric', month: 'long' });
  return wordsNow(WORDS).slot(date.charAt(0).toUpperCase() + date.slice(1), time(startsAt), time(endsAt));
}

/** "1 minute", "25 minutes", "1 hour 5 minutes"; under a minute: "less than a minute". */
export function durationWords(seconds: number): string {
  const w = wordsNow(WORDS);
  const minutes = Math.floor(seconds / 60);
  if (minutes < 1) return w.lessThanAMinute;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return w.minutes(minutes);
  return rest === 0 ? w.hours(hours) : w.hoursAndMinutes(w.hours(hours), w.minutes(rest));
}

/** What to tell someone whose camera or microphone could not start (a getUserMedia error). */
export function deviceProblemWords(error: unknown): string {
  const w = wordsNow(WORDS);
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return w.blocked;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return w.notFound;
    case 'NotReadableError':
    case 'AbortError':
      return w.inUse;
    default:
      return w.couldNotStart;
  }
}

/**
 * Close codes of the visit room (src/api/visits/signal.cpp) that mean: do not reconnect, with
 * what to say; undefined for any other code.
 */
export function finalCloseWords(code: number): string | undefined {
  const w = wordsNow(WORDS);
  const final: Record<number, string> = { 1000: w.ended, 4001: w.elsewhere, 4003: w.timeOver };
  return final[code];
}

/** Waits before the nth reconnection attempt (0-based): 1, 2, 4, 8 seconds, then 10. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(10_000, 1000 * 2 ** Math.max(0, attempt));
}
