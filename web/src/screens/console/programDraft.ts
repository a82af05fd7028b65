// The program editor's working copy: the exercises and doses as typed, turned into the body of
// PUT /care/members/{id}/program, and the server's field names (exercises[2].sets) turned into
// the editor's inputs. The server checks the plan against the library; here we only read numbers.
import type { FieldError } from '../../api';
import type { Dose, MemberRecord } from '../../api/console';

export const DOSE_NUMBERS = ['sets', 'reps', 'hold_seconds', 'rest_seconds'] as const;
export type DoseNumber = (typeof DOSE_NUMBERS)[number];

export interface DraftRow {
  exercise_id: string;
  sets: string;
  reps: string;
  hold_seconds: string;
  rest_seconds: string;
  sides: 'both' | 'each';
}

const asRow = (dose: Dose): DraftRow => ({
  exercise_id: dose.exercise_id,
  sets: String(dose.sets),
  reps: String(dose.reps),
  hold_seconds: String(dose.hold_seconds),
  rest_seconds: String(dose.rest_seconds),
  sides: dose.sides,
});

/** The plan in force: the therapist's latest plan if there is one, else the engine's program. */
export function planInForce(record: Pick<MemberRecord, 'program' | 'program_override'>): Dose[] {
  if (record.program_override) return record.program_override.exercises;
  return record.program?.state.exercises.map((e) => e.current) ?? [];
}

export function draftFrom(record: Pick<MemberRecord, 'program' | 'program_override'>): DraftRow[] {
  return planInForce(record).map(asRow);
}

/** A new row for an added exercise, starting from the library's own dose. */
export function addedRow(exercise_id: string, dose?: Partial<Omit<Dose, 'exercise_id'>>): DraftRow {
  return asRow({
    exercise_id,
    sets: dose?.sets ?? 1,
    reps: dose?.reps ?? 0,
    hold_seconds: dose?.hold_seconds ?? 0,
    rest_seconds: dose?.rest_seconds ?? 0,
    sides: dose?.sides ?? 'both',
  });
}

/** The input id for a server field name, so an error lands next to what it is about. */
export function inputId(field: string): string {
  return 'plan-' + field.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}

export function fieldName(index: number, part?: DoseNumber | 'exercise_id' | 'sides'): string {
  return part ? `exercises[${index}].${part}` : `exercises[${index}]`;
}

/** The request body, or the numbers that are not whole numbers (named as the server would). */
export function toPlan(rows: DraftRow[]): { exercises: Dose[]; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const exercises = rows.map((row, i) => {
    const dose: Dose = { exercise_id: row.exercise_id, sides: row.sides, sets: 0, reps: 0, hold_seconds: 0, rest_seconds: 0 };
    for (const key of DOSE_NUMBERS) {
      const text = row[key].trim();
      if (!/^\d+$/.test(text)) problems.push({ field: fieldName(i, key), message: 'Write a whole number, like 0, 2 or 10.' });
      else dose[key] = Number(text);
    }
    return dose;
  });
  return { exercises, problems };
}
