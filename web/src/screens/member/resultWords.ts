// The first sentence of a self-care or routine result. It must agree with the tier
// (docs/clinical-sources.md §3): a routine result never says nothing needs a doctor, because its advice
// names one to see.
import type { Assessment } from '../../api/member';

export function resultLead(assessment: Pick<Assessment, 'tier' | 'follow_up'>): string {
  const count = (assessment.follow_up ?? []).length;
  const asks = count > 0;
  const below = count === 1 ? 'the question below: it' : 'the questions below: they';
  if (assessment.tier === 'routine') {
    return asks
      ? `Thank you. Please answer ${below} can change what we advise. Until then, a doctor should check your back, not urgently but in the next few weeks.`
      : 'Thank you. You can start gentle exercise. A doctor should also check your back, not urgently but in the next few weeks: below we say why and who to see.';
  }
  return asks
    ? `Thank you. Please answer ${below} can change what we advise.`
    : 'Thank you. None of your answers is a warning sign, so you can start gentle exercise.';
}
