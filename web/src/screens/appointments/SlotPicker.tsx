// Open times to book, grouped by day in the member's own time zone: one button per time, then a
// confirm button that says exactly what will be booked.
import { useState } from 'preact/hooks';
import { appointmentsApi, type Slot } from '../../api/appointments';
import { Failure, Loading } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { useWords, words } from '../../i18n';
import { clockLabel, ownTimeZone, slotsByDay, whenLabel } from './visitTimes';

const WORDS = words({
  en: {
    noTherapist: 'You can book a video visit once a therapist is looking after you.',
    noTimes: (name: string) => `${name} has no open times in the next two weeks. Send them a message to find a time.`,
    timesWith: (name: string, zone: string, minutes: number) =>
      `Times with ${name}, shown in your time zone (${zone}). Each visit is ${minutes} minutes.`,
    chooseAbove: 'Choose a time above',
  },
  es: {
    noTherapist: 'Podrás reservar una videoconsulta cuando un fisioterapeuta te esté atendiendo.',
    noTimes: (name: string) =>
      `${name} no tiene horas libres en las próximas dos semanas. Envíale un mensaje para buscar un momento.`,
    timesWith: (name: string, zone: string, minutes: number) =>
      `Horas con ${name}, en tu zona horaria (${zone}). Cada consulta dura ${minutes} minutos.`,
    chooseAbove: 'Elige una hora arriba',
  },
});

interface Props {
  /** What the confirm button says for the chosen time, e.g. "Book Friday 12 March, 15:00". */
  confirm: (when: string) => string;
  busy: boolean;
  choose: (slot: Slot) => void;
}

export function SlotPicker({ confirm, busy, choose }: Props) {
  const w = useWords(WORDS);
  const slots = useLoad(() => appointmentsApi.slots(), []);
  const [picked, setPicked] = useState<Slot | null>(null);
  if (slots.state === 'loading') return <Loading />;
  if (slots.state === 'failed') return <Failure error={slots.error} />;
  const { value } = slots;
  if (!value.therapist_name) {
    return <p class="notice">{w.noTherapist}</p>;
  }
  const days = slotsByDay(value.slots);
  if (days.length === 0) {
    return (
      <p class="notice">{w.noTimes(value.therapist_name)}</p>
    );
  }
  return (
    <div class="slot-picker">
      <p class="quiet">{w.timesWith(value.therapist_name, ownTimeZone(), value.slot_minutes)}</p>
      {days.map((day) => (
        <fieldset key={day.key} class="slot-day">
          <legend>{day.label}</legend>
          <div class="slot-times">
            {day.slots.map((slot) => (
              <button
                key={slot.starts_at}
                type="button"
                class={`button slot${picked?.starts_at === slot.starts_at ? ' primary' : ''}`}
                aria-pressed={picked?.starts_at === slot.starts_at}
                aria-label={whenLabel(slot.starts_at)}
                onClick={() => setPicked(slot)}
              >
                {clockLabel(slot.starts_at)}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <div class="primary-bar">
        <button
          type="button"
          class="button primary big"
          disabled={!picked || busy}
          onClick={() => picked && choose(picked)}
        >
          {picked ? confirm(whenLabel(picked.starts_at)) : w.chooseAbove}
        </button>
      </div>
    </div>
  );
}
