import { ScreenTitle } from '../components/Screen';

export function Home() {
  return (
    <>
      <ScreenTitle title="Welcome">Move a little, hurt a little less</ScreenTitle>
      <p class="lead">
        Motus is an exercise program for pain low in your back: around the sacrum, the SI joints (where your spine
        meets your pelvis), the tailbone and the buttocks. It shows you gentle exercises, step by step, and explains
        what may be going on in plain words.
      </p>
      <p class="notice">
        <strong>Education and exercise, not medical advice.</strong> Motus never diagnoses. If you have numbness
        around your bottom or groin, trouble passing urine, a fever, weak legs, or pain after a bad fall, see a
        doctor now. Read <a href="/articles/warning-signs">the warning signs</a>.
      </p>
      <h2>Where to start</h2>
      <ul class="cards">
        <li class="card">
          <h3>
            <a href="/exercises">Exercise library</a>
          </h3>
          <p>Every exercise with a moving figure, a timer and the words to guide you.</p>
        </li>
        <li class="card">
          <h3>
            <a href="/patterns">Pain patterns</a>
          </h3>
          <p>The common kinds of low-back and pelvic pain, how they feel and what helps.</p>
        </li>
        <li class="card">
          <h3>
            <a href="/articles">Articles</a>
          </h3>
          <p>Short reads about your sacrum, sleep, flare-ups and more.</p>
        </li>
        <li class="card">
          <h3>
            <a href="/where-it-hurts">Where does it hurt?</a>
          </h3>
          <p>Point to your pain on a body map.</p>
        </li>
      </ul>
      <div class="primary-bar">
        <a class="button primary" href="/exercises">
          Browse exercises
        </a>
      </div>
    </>
  );
}
