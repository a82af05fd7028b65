// The member's video visits (/appointments): reminders, upcoming visits with "Join video visit",
// the .ics download, moving and cancelling until the cut-off, booking a new time, past visits,
// and the private calendar address. Times are shown in the member's own time zone.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { appointmentsApi, type Slot, type Visit } from '../../api/appointments';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { CalendarFeed } from './CalendarFeed';
import { Notices } from './Notices';
import { SlotPicker } from './SlotPicker';
import { formatNumber, useWords, words, wordsNow } from '../../i18n';
import { firstUpper, reminderText, statusWords, whenLabel } from './visitTimes';

const WORDS = words({
  en: {
    wrong: 'Something went wrong. Please try again.',
    with: (name: string, minutes: string, byTherapist: boolean) =>
      `Video visit with ${name}, ${minutes} minutes${byTherapist ? ' (booked by your therapist)' : ''}.`,
    join: 'Join video visit',
    addToCalendar: 'Add to calendar (.ics)',
    joinFrom: 'You can join from 10 minutes before the start.',
    changeTime: 'Change time',
    cancelVisit: 'Cancel visit',
    changeUntil: 'Visits can be changed until 24 hours before. To change this one,',
    messageTherapist: 'message your therapist',
    booked: (when: string) => `Booked: ${when}.`,
    moved: (when: string) => `Moved to ${when}.`,
    cancelAsk: (when: string) => `Cancel your video visit on ${when}?`,
    cancelled: (when: string) => `Cancelled your visit on ${when}.`,
    title: 'Video visits',
    lead: 'See your physical therapist by video, from this device. No app to install.',
    bookTitle: 'Book a video visit',
    bookConfirm: (when: string) => `Book ${when}`,
    backToVisits: 'Back to your visits',
    moveTitle: (when: string) => `Change the time of your visit on ${when}`,
    moveConfirm: (when: string) => `Move to ${when}`,
    keepTime: 'Keep the current time',
    upcoming: 'Upcoming',
    noneBooked: 'No visits booked.',
    past: 'Past',
    nonePast: 'No past visits yet.',
  },
  es: {
    wrong: 'Algo ha fallado. Inténtalo de nuevo.',
    with: (name: string, minutes: string, byTherapist: boolean) =>
      `Videoconsulta con ${name}, de ${minutes} minutos${byTherapist ? ' (la reservó tu fisioterapeuta)' : ''}.`,
    join: 'Entrar en la videoconsulta',
    addToCalendar: 'Añadir al calendario (.ics)',
    joinFrom: 'Puedes entrar desde 10 minutos antes de la hora.',
    changeTime: 'Cambiar la hora',
    cancelVisit: 'Cancelar la cita',
    changeUntil: 'Las citas se pueden cambiar hasta 24 horas antes. Para cambiar esta,',
    messageTherapist: 'escribe a tu fisioterapeuta',
    booked: (when: string) => `Reservada: ${when}.`,
    moved: (when: string) => `Cambiada al ${when}.`,
    cancelAsk: (when: string) => `¿Cancelar tu videoconsulta del ${when}?`,
    cancelled: (when: string) => `Has cancelado tu cita del ${when}.`,
    title: 'Videoconsultas',
    lead: 'Habla con tu fisioterapeuta por vídeo, desde este dispositivo. No hace falta instalar nada.',
    bookTitle: 'Reservar una videoconsulta',
    bookConfirm: (when: string) => `Reservar el ${when}`,
    backToVisits: 'Volver a tus citas',
    moveTitle: (when: string) => `Cambiar la hora de tu cita del ${when}`,
    moveConfirm: (when: string) => `Cambiar al ${when}`,
    keepTime: 'Mantener la hora actual',
    upcoming: 'Próximas',
    noneBooked: 'No tienes citas reservadas.',
    past: 'Anteriores',
    nonePast: 'Todavía no tienes citas anteriores.',
  },
});

type Mode = { kind: 'list' } | { kind: 'book' } | { kind: 'move'; visit: Visit };

function errorWords(e: unknown): string {
  return e instanceof ApiError ? e.detail : wordsNow(WORDS).wrong;
}

function minutes(v: Visit) {
  return Math.round((v.ends_at - v.starts_at) / 60000);
}

function Upcoming({ visit, move, cancel }: { visit: Visit; move: () => void; cancel: () => void }) {
  const w = useWords(WORDS);
  const reminder = reminderText(visit);
  return (
    <li class="card visit-card">
      <h3 class="card-title">{firstUpper(whenLabel(visit.starts_at))}</h3>
      <p>{w.with(visit.therapist_name ?? '', formatNumber(minutes(visit)), visit.booked_by === 'therapist')}</p>
      {reminder && (
        <p class="visit-reminder" role="status">
          {reminder}
        </p>
      )}
      <p class="link-list visit-actions">
        <a class={`button${visit.join_open ? ' primary' : ''}`} href={visit.visit_path}>
          {w.join}
        </a>
        <a class="button" href={visit.calendar_path} download="motus-visit.ics">
          {w.addToCalendar}
        </a>
      </p>
      {!visit.join_open && <p class="quiet">{w.joinFrom}</p>}
      {visit.can_change ? (
        <p class="link-list">
          <button type="button" class="button" onClick={move}>
            {w.changeTime}
          </button>
          <button type="button" class="button" onClick={cancel}>
            {w.cancelVisit}
          </button>
        </p>
      ) : (
        <p class="quiet">
          {w.changeUntil} <a href="/messages">{w.messageTherapist}</a>.
        </p>
      )}
    </li>
  );
}

export function MemberVisits() {
  const w = useWords(WORDS);
  const [version, setVersion] = useState(0);
  const visits = useLoad(appointmentsApi.mine, [version]);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');

  const act = async (work: () => Promise<Visit>, saying: (v: Visit) => string) => {
    setBusy(true);
    setError('');
    setSaid('');
    try {
      const visit = await work();
      setSaid(saying(visit));
      setMode({ kind: 'list' });
      setVersion((n) => n + 1);
    } catch (e) {
      setError(errorWords(e));
    } finally {
      setBusy(false);
    }
  };
  const book = (slot: Slot) => act(() => appointmentsApi.book(slot), (v) => w.booked(whenLabel(v.starts_at)));
  const move = (visit: Visit) => (slot: Slot) =>
    act(() => appointmentsApi.move(visit.id, slot), (v) => w.moved(whenLabel(v.starts_at)));
  const cancel = (visit: Visit) => {
    if (!window.confirm(w.cancelAsk(whenLabel(visit.starts_at)))) return;
    act(() => appointmentsApi.cancel(visit.id), (v) => w.cancelled(whenLabel(v.starts_at)));
  };

  return (
    <>
      <ScreenTitle title={w.title}>{w.title}</ScreenTitle>
      <p class="lead">{w.lead}</p>
      <Notices said={said} error={error} />
      {mode.kind === 'book' && (
        <section aria-labelledby="book-title">
          <h2 id="book-title">{w.bookTitle}</h2>
          <SlotPicker confirm={w.bookConfirm} busy={busy} choose={book} />
          <p>
            <button type="button" class="button" onClick={() => setMode({ kind: 'list' })}>
              {w.backToVisits}
            </button>
          </p>
        </section>
      )}
      {mode.kind === 'move' && (
        <section aria-labelledby="move-title">
          <h2 id="move-title">{w.moveTitle(whenLabel(mode.visit.starts_at))}</h2>
          <SlotPicker confirm={w.moveConfirm} busy={busy} choose={move(mode.visit)} />
          <p>
            <button type="button" class="button" onClick={() => setMode({ kind: 'list' })}>
              {w.keepTime}
            </button>
          </p>
        </section>
      )}
      {mode.kind === 'list' && (
        <>
          <div class="primary-bar">
            <button type="button" class="button primary big" onClick={() => setMode({ kind: 'book' })}>
              {w.bookTitle}
            </button>
          </div>
          {visits.state === 'loading' && <Loading />}
          {visits.state === 'failed' && <Failure error={visits.error} />}
          {visits.state === 'ready' && (
            <>
              <h2>{w.upcoming}</h2>
              {visits.value.upcoming.length === 0 ? (
                <p class="quiet">{w.noneBooked}</p>
              ) : (
                <ul class="visit-list">
                  {visits.value.upcoming.map((v) => (
                    <Upcoming key={v.id} visit={v} move={() => setMode({ kind: 'move', visit: v })} cancel={() => cancel(v)} />
                  ))}
                </ul>
              )}
              <h2>{w.past}</h2>
              {visits.value.past.length === 0 ? (
                <p class="quiet">{w.nonePast}</p>
              ) : (
                <ul class="visit-list past">
                  {visits.value.past.map((v) => (
                    <li key={v.id} class="card visit-card">
                      <strong>{firstUpper(whenLabel(v.starts_at))}</strong> · {v.therapist_name} ·{' '}
                      <span class={`visit-status status-${v.status}`}>{statusWords(v.status)}</span>
                    </li>
                  ))}
                </ul>
              )}
              <CalendarFeed />
            </>
          )}
        </>
      )}
    </>
  );
}
