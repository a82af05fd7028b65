// What a flare re-screen found, first on the screen that asked (the check-in, a session): see a
// doctor today or in the next few days in the safety panel, or in the next few weeks (routine)
// in a calm one that says the exercises can go on. Nothing when no doctor is needed.
import type { FlareScreen } from '../../api/journal';
import { useWords, words } from '../../i18n';
import { doctorWhen } from './flareCheck';

const WORDS = words({
  en: {
    weeksTitle: 'Please see your doctor in the next few weeks',
    notUrgentPaused: 'This is not urgent. Your exercises are paused for now. ',
    notUrgent: 'This is not urgent, and you can keep doing your exercises. ',
    soonerIfWorse: 'If things get worse, see a doctor sooner.',
    todayTitle: 'Please see a doctor today',
    soonTitle: 'Please see a doctor in the next few days',
    pausedUntilSeen: 'Your exercises are paused until a doctor has seen you. ',
    toldAndEmergency:
      'Your care team has been told. If things get worse, go to an emergency department or call your local emergency number.',
  },
  es: {
    weeksTitle: 'Por favor, ve a tu médico en las próximas semanas',
    notUrgentPaused: 'No es urgente. Tus ejercicios quedan en pausa por ahora. ',
    notUrgent: 'No es urgente, y puedes seguir con tus ejercicios. ',
    soonerIfWorse: 'Si empeoras, ve al médico antes.',
    todayTitle: 'Por favor, ve a un médico hoy mismo',
    soonTitle: 'Por favor, ve a un médico en los próximos días',
    pausedUntilSeen: 'Tus ejercicios quedan en pausa hasta que te vea un médico. ',
    toldAndEmergency:
      'Ya hemos avisado a tu equipo de atención. Si empeoras, ve a urgencias o llama al número de emergencias de tu zona.',
  },
});

export function FlareAdvice({ screen, paused }: { screen: FlareScreen; paused: boolean }) {
  const w = useWords(WORDS);
  const when = doctorWhen(screen);
  if (!when) return null;
  if (when === 'weeks') {
    return (
      <section class="notice" aria-labelledby="safety-title">
        <h2 id="safety-title">{w.weeksTitle}</h2>
        <ul>
          {screen.reasons.map((r) => (
            <li key={r.code}>{r.text}</li>
          ))}
          {screen.advice.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
        <p>
          {paused ? w.notUrgentPaused : w.notUrgent}
          {w.soonerIfWorse}
        </p>
      </section>
    );
  }
  return (
    <section class={when === 'today' ? 'alert-now' : 'alert-soon'} role="alert" aria-labelledby="safety-title">
      <h2 id="safety-title">{when === 'today' ? w.todayTitle : w.soonTitle}</h2>
      <ul>
        {screen.reasons.map((r) => (
          <li key={r.code}>{r.text}</li>
        ))}
        {screen.advice.map((a, i) => (
          <li key={i}>{a}</li>
        ))}
      </ul>
      <p>
        {paused ? w.pausedUntilSeen : ''}
        {w.toldAndEmergency}
      </p>
    </section>
  );
}
