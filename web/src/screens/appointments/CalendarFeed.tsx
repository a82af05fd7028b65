// The private calendar address for phone calendars: made on request, shown once with a copy
// button, and stoppable. Anyone with the address sees visit times and practice reminder times
// (nothing else), so it is treated like a password.
import { useState } from 'preact/hooks';
import { appointmentsApi, type Feed } from '../../api/appointments';
import { Failure, Loading } from '../../components/Screen';
import { useLoad } from '../../useLoad';

export function CalendarFeed() {
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
      setSaid('Your calendar address is stopped. Calendars that used it no longer get updates.');
      setVersion(version + 1);
    } catch (e) {
      setError(e);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Copied. Paste it into your calendar app as a subscription.');
    } catch {
      setSaid('Select the address and copy it yourself.');
    }
  };
  return (
    <section class="card calendar-feed" aria-labelledby="feed-title">
      <h2 id="feed-title">Your visits in your phone calendar</h2>
      <p>
        Subscribe with this private address and your calendar keeps your visit times up to date, with your practice
        reminders if you chose days in your account. It shows only "Motus video visit", "Motus practice" and the times.
      </p>
      {feed.state === 'loading' && <Loading />}
      {feed.state === 'failed' && <Failure error={feed.error} />}
      {url && (
        <>
          <label for="feed-url">Your calendar address (shown once; keep it private)</label>
          <input id="feed-url" class="feed-url" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <p class="link-list">
            <button type="button" class="button primary" onClick={copy}>
              Copy address
            </button>
          </p>
        </>
      )}
      {feed.state === 'ready' && !url && feed.value.active && (
        <p class="quiet">You have a calendar address. For safety it is shown only when made; make a new one to see it again.</p>
      )}
      {feed.state === 'ready' && (
        <p class="link-list">
          <button type="button" class="button" onClick={make}>
            {feed.value.active || url ? 'Make a new address (the old one stops)' : 'Make a calendar address'}
          </button>
          {(feed.value.active || url) && (
            <button type="button" class="button" onClick={stop}>
              Stop the address
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
