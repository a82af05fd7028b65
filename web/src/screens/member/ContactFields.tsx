// The optional phone number and safe time to call, at sign-up and in Account: only the care team
// sees them, to call when something worries them.
import type { Contact } from '../../api/member';
import { Field } from './Field';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    legend: 'How your care team can call you (optional)',
    hint: 'Only your care team sees this, to call you if something in your answers worries them.',
    phone: 'Phone number (optional)',
    phoneHint: 'With the country code if you are abroad, for example +44 1632 960123.',
    when: 'When is it safe to call? (optional)',
    whenHint: 'For example: weekdays after 6 pm.',
  },
  es: {
    legend: 'Cómo puede llamarte tu equipo de atención (opcional)',
    hint: 'Solo lo ve tu equipo de atención, para llamarte si algo de tus respuestas les preocupa.',
    phone: 'Número de teléfono (opcional)',
    phoneHint: 'Con el prefijo del país si estás en el extranjero, por ejemplo +34 600 123 456.',
    when: '¿Cuándo es seguro llamarte? (opcional)',
    whenHint: 'Por ejemplo: entre semana después de las 18:00.',
  },
});

export function ContactFields({ contact, onChange, errors }: { contact: Contact; onChange: (c: Contact) => void; errors: Record<string, string> }) {
  const w = useWords(WORDS);
  return (
    <fieldset class="contact-fields">
      <legend>{w.legend}</legend>
      <p class="field-hint">{w.hint}</p>
      <Field
        name="phone"
        label={w.phone}
        type="tel"
        inputMode="tel"
        autocomplete="tel"
        value={contact.phone}
        onInput={(phone) => onChange({ ...contact, phone })}
        error={errors.phone}
        hint={w.phoneHint}
      />
      <Field
        name="call_time"
        label={w.when}
        value={contact.call_time}
        onInput={(call_time) => onChange({ ...contact, call_time })}
        error={errors.call_time}
        hint={w.whenHint}
      />
    </fieldset>
  );
}
