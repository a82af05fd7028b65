// The pain-monitoring rule as a member reads it on a screen (src/painRule.ts has the words).
import { useWords, words } from '../i18n';
import { painRule } from '../painRule';

const WORDS = words({
  en: { why: 'Why this rule' },
  es: { why: 'Por qué esta regla' },
});

export function PainRule({ lead }: { lead?: string }) {
  const w = useWords(WORDS);
  return (
    <p class="pain-rule">
      {lead && <strong>{lead} </strong>}
      {painRule()} <a href="/articles/why-movement-helps">{w.why}</a>
    </p>
  );
}
