// The end of one exercise in the public library's player. Nothing is recorded here: a member's
// pain and effort for each exercise reach the server with their session (the session runner).
import { useWords, words } from '../i18n';

const WORDS = words({
  en: {
    wellDone: 'Well done',
    keepRecord: 'To keep a record of your pain and see your progress, do your exercises as part of your program:',
    signUp: 'sign up',
    or: 'or',
    logIn: 'log in',
    back: 'Back to the exercises',
    again: 'Do it again',
  },
  es: {
    wellDone: '¡Bien hecho!',
    keepRecord: 'Para llevar un registro de tu dolor y ver cómo avanzas, haz los ejercicios dentro de tu programa:',
    signUp: 'regístrate',
    or: 'o',
    logIn: 'inicia sesión',
    back: 'Volver a los ejercicios',
    again: 'Hacerlo otra vez',
  },
});

export function ExerciseDone({ onAgain }: { onAgain: () => void }) {
  const w = useWords(WORDS);
  return (
    <section class="rating" aria-labelledby="done-title">
      <div role="status">
        <h2 id="done-title">{w.wellDone}</h2>
      </div>
      <p>
        {w.keepRecord} <a href="/signup">{w.signUp}</a> {w.or} <a href="/login">{w.logIn}</a>.
      </p>
      <div class="primary-bar">
        <a class="button primary big" href="/exercises">
          {w.back}
        </a>
        <button type="button" class="button quiet-button" onClick={onAgain}>
          {w.again}
        </button>
      </div>
    </section>
  );
}
