// Plain words for the care flags in a member's record: what was raised and where it came from.
import type { CareFlag } from '../../api/console';

const KINDS: Record<string, string> = {
  self_harm_thoughts:
    'Said they have had thoughts of being better off dead or of hurting themself (PHQ-9, question 9). Call them today to check they are safe.',
  severe_depression: 'Mood questionnaire (PHQ-9) score in the severe range. Talk with them about support this week.',
  emergency: 'Emergency warning signs. Contact them today.',
  urgent: 'Warning signs that need a doctor soon.',
};

const SOURCES: Record<string, string> = {
  intake: 'from the intake',
  session: 'from a flare check after a session',
  instrument: 'from a questionnaire',
};

const plain = (code: string) => code.replace(/_/g, ' ');

export function flagWords(flag: Pick<CareFlag, 'kind' | 'source' | 'reason_codes'>): { what: string; where: string; codes: string } {
  return {
    what: KINDS[flag.kind] ?? `${plain(flag.kind)}.`,
    where: SOURCES[flag.source] ?? `from ${plain(flag.source)}`,
    codes: flag.reason_codes.map(plain).join(', '),
  };
}
