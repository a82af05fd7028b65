// The newest score of each questionnaire the member filled in.
import type { InstrumentScore } from '../../api/console';
import { day } from './format';
import { TableScroll } from './TableScroll';

const NAMES: Record<string, string> = {
  nprs: 'Pain rating (NPRS)',
  psfs: 'Everyday activities (PSFS)',
  phq9: 'Mood (PHQ-9)',
  gad7: 'Worry (GAD-7)',
  odi: 'Back-related disability (ODI)',
  start_back: 'STarT Back',
};

export function InstrumentScores({ scores }: { scores: Record<string, InstrumentScore> }) {
  const ids = Object.keys(scores).sort();
  return (
    <section aria-labelledby="instruments-title">
      <h2 id="instruments-title">Questionnaire scores</h2>
      {ids.length === 0 ? (
        <p class="quiet">No questionnaires filled in yet.</p>
      ) : (
        <TableScroll label="Questionnaire scores">
          <table class="console-table">
            <thead>
              <tr>
                <th scope="col">Questionnaire</th>
                <th scope="col">Newest score</th>
                <th scope="col">Band</th>
                <th scope="col">When</th>
                <th scope="col">Times filled in</th>
              </tr>
            </thead>
            <tbody>
              {ids.map((id) => (
                <tr key={id}>
                  <th scope="row">{NAMES[id] ?? id.toUpperCase()}</th>
                  <td>{scores[id].score}</td>
                  <td>{scores[id].band?.replace(/_/g, ' ') ?? '–'}</td>
                  <td>{day(scores[id].taken_at)}</td>
                  <td>{scores[id].times_taken}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
