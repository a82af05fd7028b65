// The optional phone number and safe time to call, at sign-up and in Account: only the care team
// sees them, to call when something worries them.
import type { Contact } from '../../api/member';
import { Field } from './Field';

export function ContactFields({ contact, onChange, errors }: { contact: Contact; onChange: (c: Contact) => void; errors: Record<string, string> }) {
  return (
    <fieldset class="contact-fields">
      <legend>How your care team can call you (optional)</legend>
      <p class="field-hint">Only your care team sees this, to call you if something in your answers worries them.</p>
      <Field
        name="phone"
        label="Phone number (optional)"
        type="tel"
        inputMode="tel"
        autocomplete="tel"
        value={contact.phone}
        onInput={(phone) => onChange({ ...contact, phone })}
        error={errors.phone}
        hint="With the country code if you are abroad, for example +44 1632 960123."
      />
      <Field
        name="call_time"
        label="When is it safe to call? (optional)"
        value={contact.call_time}
        onInput={(call_time) => onChange({ ...contact, call_time })}
        error={errors.call_time}
        hint="For example: weekdays after 6 pm."
      />
    </fieldset>
  );
}
