// The pain-monitoring rule as a member reads it on a screen (src/painRule.ts has the words).
import { PAIN_RULE } from '../painRule';

export function PainRule({ lead }: { lead?: string }) {
  return (
    <p class="pain-rule">
      {lead && <strong>{lead} </strong>}
      {PAIN_RULE} <a href="/articles/why-movement-helps">Why this rule</a>
    </p>
  );
}
