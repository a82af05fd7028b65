// The private calendar address for phone calendars: made on request, shown once with a copy
// button, and stoppable. Anyone with the address sees visit times and practice reminder times
// (nothing else), so it is treated like a password.
import { useState } from 'preact/hooks';
import { appointmentsApi, type Feed } from '../../api/appointments';
import { Failure, Loading } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    stopped: 'Your calendar address is stopped. Calendars that used it no longer get updates.',
    copied: 'Copied. Paste it into your calendar app as a subscription.',
    copyYourself: 'Select the address and copy it yourself.',
    title: 'Your visits in your phone calendar',
    lead: 'Subscribe with this private address and your calendar keeps your visit times up to date, with your practice reminders if you chose days in your account. It shows only "Motus video visit", "Motus practice" and the times.',
    address: 'Your calendar address (shown once; keep it private)',
    copy: 'Copy address',
    haveOne: 'You have a calendar address. For safety it is shown only when made; make a new one to see it again.',
    makeNew: 'Make a new address (the old one stops)',
    make: 'Make a calendar address',
    stop: 'Stop the address',
  },
  es: {
    stopped: 'Tu dirección de calendario se ha desactivado. Los calendarios que la usaban ya no se actualizan.',
    copied: 'Copiada. Pégala en tu aplicación de calendario como suscripción.',
    copyYourself: 'Selecciona la dirección y cópiala tú.',
    title: 'Tus citas en el calendario de tu móvil',
    lead: 'Suscríbete con esta dirección privada y tu calendario tendrá siempre al día las horas de tus citas, y tus recordatorios para practicar si elegiste días en tu cuenta. Solo muestra «Videoconsulta de Motus», «Motus practice» (tu recordatorio) y las horas.',
    address: 'Tu dirección de calendario (se muestra una sola vez; no la compartas)',
    copy: 'Copiar la dirección',
    haveOne: 'Ya tienes una dirección de calendario. Por seguridad solo se muestra al crearla; crea una nueva para volver a verla.',
    makeNew: 'Crear una dirección nueva (la anterior deja de funcionar)',
    make: 'Crear una dirección de calendario',
    stop: 'Desactivar la dirección',
  },
});

export function CalendarFeed() {
  const w = useWords(WORDS);
  const [version, setVersion] = useState(0);
  const feed = useLoad(appointmentsApi.feed, [version]);
  const [made, setMade] = useState<Feed | null>(null);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<unknown>(null);
  const url = made?.path ? `${window.location.origin}${made.path}` : '';
  const make = async () => {
    setError(null);
    try {
      setMade(await appointmentsApi.newFeed());
      setSaid('');
    } catch (e) {
      setError(e);
    }
  };
  const stop = async () => {
    setError(null);
    try {
      await appointmentsApi.stopFeed();
      setMade(null);
      setSaid(w.stopped);
      setVersion(version + 1);
    } catch (e) {
      setError(e);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setSaid(w.copied);
    } catch {
      setSaid(w.copyYourself);
    }
  };
  return (
    <section class="card calendar-feed" aria-labelledby="feed-title">
      <h2 id="feed-title">{w.title}</h2>
      <p>{w.lead}</p>
      {feed.state === 'loading' && <Loading />}
      {feed.state === 'failed' && <Failure error={feed.error} />}
      {url && (
        <>
          <label for="feed-url">{w.address}</label>
          <input id="feed-url" class="feed-url" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <p class="link-list">
            <button type="button" class="button primary" onClick={copy}>
              {w.copy}
            </button>
          </p>
        </>
      )}
      {feed.state === 'ready' && !url && feed.value.active && (
        <p class="quiet">{w.haveOne}</p>
      )}
      {feed.state === 'ready' && (
        <p class="link-list">
          <button type="button" class="button" onClick={make}>
            {feed.value.active || url ? w.makeNew : w.make}
          </button>
          {(feed.value.active || url) && (
            <button type="button" class="button" onClick={stop}>
              {w.stop}
            </button>
          )}
        </p>
      )}
      {said && (
        <p role="status" class="saved">
          {said}
        </p>
      )}
      {error !== null && <Failure error={error} />}
    </section>
  );
}
