import { ScreenTitle } from '../components/Screen';
import { useWords, words } from '../i18n';

const WORDS = words({
  en: {
    title: 'Welcome',
    heading: 'Move a little, hurt a little less',
    lead:
      'Motus is an exercise program for pain low in your back: around the sacrum, the SI joints (where your spine meets your pelvis), the tailbone and the buttocks. It shows you gentle exercises, step by step, and explains what may be going on in plain words.',
    notAdvice: 'Education and exercise, not medical advice.',
    seeNow:
      'Motus never diagnoses. If you have numbness around your bottom or groin, trouble passing urine, a fever, weak legs, or pain after a bad fall, see a doctor now. Read',
    warningSigns: 'the warning signs',
    whereToStart: 'Where to start',
    library: 'Exercise library',
    libraryText: 'Every exercise with a moving figure, a timer and the words to guide you.',
    patterns: 'Pain patterns',
    patternsText: 'The common kinds of low-back and pelvic pain, how they feel and what helps.',
    articles: 'Articles',
    articlesText: 'Short reads about your sacrum, sleep, flare-ups and more.',
    where: 'Where does it hurt?',
    whereText: 'Point to your pain on a body map.',
    browse: 'Browse exercises',
  },
  es: {
    title: 'Bienvenida',
    heading: 'Muévete un poco, que duela un poco menos',
    lead:
      'Motus es un programa de ejercicios para el dolor en la parte baja de la espalda: alrededor del sacro, las articulaciones sacroilíacas (donde la columna se une a la pelvis), el coxis y las nalgas. Te enseña ejercicios suaves, paso a paso, y te explica con palabras sencillas qué puede estar pasando.',
    notAdvice: 'Educación y ejercicio, no consejo médico.',
    seeNow:
      'Motus nunca da un diagnóstico. Si notas adormecimiento alrededor del ano o de la ingle, te cuesta orinar, tienes fiebre, las piernas débiles o dolor después de una caída fuerte, ve a un médico ya. Lee',
    warningSigns: 'las señales de alarma',
    whereToStart: 'Por dónde empezar',
    library: 'Biblioteca de ejercicios',
    libraryText: 'Cada ejercicio con una figura que se mueve, un temporizador y las indicaciones para guiarte.',
    patterns: 'Tipos de dolor',
    patternsText: 'Los tipos más comunes de dolor en la parte baja de la espalda y la pelvis, cómo se notan y qué ayuda.',
    articles: 'Artículos',
    articlesText: 'Lecturas cortas sobre el sacro, el sueño, las crisis de dolor y más.',
    where: '¿Dónde te duele?',
    whereText: 'Señala tu dolor en un mapa del cuerpo.',
    browse: 'Ver los ejercicios',
  },
});

export function Home() {
  const w = useWords(WORDS);
  return (
    <>
      <ScreenTitle title={w.title}>{w.heading}</ScreenTitle>
      <p class="lead">{w.lead}</p>
      <p class="notice">
        <strong>{w.notAdvice}</strong> {w.seeNow} <a href="/articles/warning-signs">{w.warningSigns}</a>.
      </p>
      <h2>{w.whereToStart}</h2>
      <ul class="cards">
        <li class="card">
          <h3>
            <a href="/exercises">{w.library}</a>
          </h3>
          <p>{w.libraryText}</p>
        </li>
        <li class="card">
          <h3>
            <a href="/patterns">{w.patterns}</a>
          </h3>
          <p>{w.patternsText}</p>
        </li>
        <li class="card">
          <h3>
            <a href="/articles">{w.articles}</a>
          </h3>
          <p>{w.articlesText}</p>
        </li>
        <li class="card">
          <h3>
            <a href="/where-it-hurts">{w.where}</a>
          </h3>
          <p>{w.whereText}</p>
        </li>
      </ul>
      <div class="primary-bar">
        <a class="button primary" href="/exercises">
          {w.browse}
        </a>
      </div>
    </>
  );
}
