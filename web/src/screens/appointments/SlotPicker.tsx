// Open times to book, grouped by day in the member's own time zone: one button per time, then a
// confirm button that says exactly what will be booked.
import { useState } from 'preact/hooks';
import { appointmentsApi, type Slot } from '../../api/appointments';
import { Failure, Loading } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { clockLabel, ownTimeZone, slotsByDay, whenLabel } from './visitTimes';

interface Props {
  /** What the confirm button does, e.g. "Book" or "Move to". */
  verb: string;
  busy: boolean;
  choose: (slot: Slot) => void;
}

export function SlotPicker({ verb, busy, choose }: Props) {
  const slots = useLoad(() => appointmentsApi.slots(), []);
  const [picked, setPicked] = useState<Slot | null>(null);
  if (slots.state === 'loading') return <Loading />;
  if (slots.state === 'failed') return <Failure error={slots.error} />;
  const { value } = slots;
  if (!value.therapist_name) {
    return <p class="notice">You can book a video visit once a therapist is looking after you.</p>;
  }
  const days = slotsByDay(value.slots);
  if (days.length === 0) {
    return (
      <p class="notice">
        {value.therapist_name} has no open times in the next two weeks. Send them a message to find a time.
      </p>
    );
  }
  return (
    <div class="slot-picker">
      <p class="quiet">
        Times with {value.therapist_name}, shown in your time zone ({ownTimeZone()}). Each visit is{' '}
        {value.slot_minutes} minutes.
      </p>
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
          {picked ? `${verb} ${whenLabel(picked.starts_at)}` : 'Choose a time above'}
        </button>
      </div>
    </div>
  );
}
