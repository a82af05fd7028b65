// What a flare re-screen found, first on the screen that asked (the check-in, a session): see a
// doctor today or in the next few days in the safety panel, or in the next few weeks (routine)
// in a calm one that says the exercises can go on. Nothing when no doctor is needed.
import type { FlareScreen } from '../../api/journal';
import { doctorWhen } from './flareCheck';

export function FlareAdvice({ screen, paused }: { screen: FlareScreen; paused: boolean }) {
  const when = doctorWhen(screen);
  if (!when) return null;
  if (when === 'weeks') {
    return (
      <section class="notice" aria-labelledby="safety-title">
        <h2 id="safety-title">Please see your doctor in the next few weeks</h2>
        <ul>
          {screen.reasons.map((r) => (
            <li key={r.code}>{r.text}</li>
          ))}
          {screen.advice.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
        <p>
          {paused ? 'This is not urgent. Your exercises are paused for now. ' : 'This is not urgent, and you can keep doing your exercises. '}
          If things get worse, see a doctor sooner.
        </p>
      </section>
    );
  }
  return (
    <section class={when === 'today' ? 'alert-now' : 'alert-soon'} role="alert" aria-labelledby="safety-title">
      <h2 id="safety-title">{when === 'today' ? 'Please see a doctor today' : 'Please see a doctor in the next few days'}</h2>
      <ul>
        {screen.reasons.map((r) => (
          <li key={r.code}>{r.text}</li>
        ))}
        {screen.advice.map((a, i) => (
          <li key={i}>{a}</li>
        ))}
      </ul>
      <p>
        {paused ? 'Your exercises are paused until a doctor has seen you. ' : ''}Your care team has been told. If things get
        worse, go to an emergency department or call your local emergency number.
      </p>
    </section>
  );
}

