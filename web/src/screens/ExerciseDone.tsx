// The end of one exercise in the public library's player. Nothing is recorded here: a member's
// pain and effort for each exercise reach the server with their session (the session runner).
export function ExerciseDone({ onAgain }: { onAgain: () => void }) {
  return (
    <section class="rating" aria-labelledby="done-title">
      <div role="status">
        <h2 id="done-title">Well done</h2>
      </div>
      <p>
        To keep a record of your pain and see your progress, do your exercises as part of your program:{' '}
        <a href="/signup">sign up</a> or <a href="/login">log in</a>.
      </p>
      <div class="primary-bar">
        <a class="button primary big" href="/exercises">
          Back to the exercises
        </a>
        <button type="button" class="button quiet-button" onClick={onAgain}>
          Do it again
        </button>
      </div>
    </section>
  );
}
