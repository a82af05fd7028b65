// The latest intake's result: the safety tier, the likely patterns with the evidence for each,
// and what the member was told.
import type { MemberRecord } from '../../api/console';
import { day } from './format';
import type { Library } from './MemberDetail';

const TIER_WORDS: Record<string, string> = {
  emergency: 'Emergency: warning signs that need a hospital today',
  urgent: 'Urgent: needs to see a doctor within a day or two',
  routine: 'Routine: safe to exercise, with care-team follow-up',
  self_care: 'Self-care: safe to exercise with the program',
};

export function AssessmentSummary({ intake, library }: { intake: MemberRecord['intake']; library: Library }) {
  if (!intake) {
    return (
      <section aria-labelledby="assessment-title">
        <h2 id="assessment-title">Assessment</h2>
        <p class="quiet">They have not answered the intake yet.</p>
      </section>
    );
  }
  const { assessment } = intake;
  const likely = assessment.patterns.filter((p) => p.score > 0);
  const warning = assessment.tier === 'emergency' || assessment.tier === 'urgent';
  return (
    <section aria-labelledby="assessment-title">
      <h2 id="assessment-title">Assessment</h2>
      <p class="quiet">From the intake on {day(intake.created_at)}.</p>
      <p class={warning ? 'tier tier-warning' : 'tier'}>
        <strong>{TIER_WORDS[assessment.tier] ?? assessment.tier}</strong>
      </p>
      {assessment.reasons.length > 0 && (
        <ul>
          {assessment.reasons.map((r) => (
            <li key={r.code}>{r.text}</li>
          ))}
        </ul>
      )}
      {likely.length > 0 && (
        <>
          <h3>Likely patterns, best fit first</h3>
          <ol class="patterns">
            {likely.map((p) => (
              <li key={p.id}>
                <strong>{library.patterns.get(p.id)?.name ?? p.id}</strong> — fit {Math.round(p.score * 100)}%
                {p.evidence.length > 0 && (
                  <ul class="evidence">
                    {p.evidence.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {assessment.instruments.length > 0 && (
        <p>
          Questionnaires to collect: {assessment.instruments.map((i) => i.toUpperCase().replace(/_/g, ' ')).join(', ')}.
        </p>
      )}
    </section>
  );
}
