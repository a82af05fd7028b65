// The program editor: no dragging, just a list. Remove an exercise, add one from the library,
// change any dose, and write the note the member will read. The server checks the plan; its
// refusals land next to the field they name.
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, type FieldError } from '../../api';
import { consoleApi, type MemberRecord, type ProgramOverride } from '../../api/console';
import { focusFirstProblem } from './Field';
import { errorsByField } from './fieldErrors';
import type { Library } from './MemberDetail';
import {
  addedRow,
  draftFrom,
  DOSE_NUMBERS,
  fieldName,
  inputId,
  toPlan,
  type DoseNumber,
  type DraftRow,
} from './programDraft';

const NUMBER_LABELS: Record<DoseNumber, string> = {
  sets: 'Sets',
  reps: 'Reps',
  hold_seconds: 'Hold (seconds)',
  rest_seconds: 'Rest (seconds)',
};

interface Props {
  memberId: string;
  start: Pick<MemberRecord, 'program' | 'program_override'>;
  library: Library;
  onCancel: () => void;
  onSaved: (plan: ProgramOverride) => void;
}

function FieldMessage({ field, errors }: { field: string; errors: Record<string, string> }) {
  if (!errors[field]) return null;
  return (
    <p class="field-error" id={`${inputId(field)}-error`}>
      {errors[field]}
    </p>
  );
}

const invalid = (field: string, errors: Record<string, string>) =>
  errors[field] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${inputId(field)}-error`, 'data-problem': '' } : {};

export function ProgramEditor({ memberId, start, library, onCancel, onSaved }: Props) {
  const [rows, setRows] = useState<DraftRow[]>(() => draftFrom(start));
  const [note, setNote] = useState('');
  const [adding, setAdding] = useState('');
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => focusFirstProblem(form.current), [errors]);

  const nameOf = (id: string) => library.exercises.get(id)?.name ?? id;
  const change = (i: number, patch: Partial<DraftRow>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i: number) => {
    setRows((all) => all.filter((_, j) => j !== i));
    setErrors({});
    form.current?.querySelector<HTMLElement>('#plan-add')?.focus();
  };
  const add = async () => {
    if (!adding) return;
    const id = adding;
    let dose;
    try {
      dose = (await api.exercise(id)).dosage;
    } catch {
      dose = undefined;
    }
    setRows((all) => [...all, addedRow(id, dose)]);
    setAdding('');
  };

  const refuse = (problems: FieldError[], headline: string) => {
    setSummary(headline);
    setErrors(errorsByField(problems));
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const plan = toPlan(rows);
    if (plan.problems.length > 0) {
      refuse(plan.problems, 'Some numbers need fixing.');
      return;
    }
    setBusy(true);
    try {
      onSaved(await consoleApi.changeProgram(memberId, plan.exercises, note.trim()));
    } catch (err) {
      if (err instanceof ApiError) refuse(err.errors, err.detail);
      else refuse([], 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const choices = [...library.exercises.values()]
    .filter((e) => !rows.some((r) => r.exercise_id === e.id))
    .sort((a, b) => a.name.localeCompare(b.name));

  return (
    <form class="program-editor" ref={form} onSubmit={save} noValidate aria-labelledby="editor-title">
      <h3 id="editor-title" tabIndex={-1} ref={heading}>
        Change the program
      </h3>
      <p class="quiet">
        Remove or add exercises and change their doses. The list you save is the member's whole program from now on.
      </p>
      {summary && (
        <p class="failure" role="alert">
          {summary}
        </p>
      )}
      <FieldMessage field="exercises" errors={errors} />
      <ol class="plan-rows">
        {rows.map((row, i) => {
          const name = nameOf(row.exercise_id);
          const rowField = fieldName(i);
          return (
            <li key={row.exercise_id}>
              <fieldset
                id={inputId(rowField)}
                aria-describedby={errors[rowField] ? `${inputId(rowField)}-error` : undefined}
                data-problem={errors[rowField] ? '' : undefined}
                tabIndex={errors[rowField] ? -1 : undefined}
              >
                <legend>
                  {i + 1}. {name}
                </legend>
                <FieldMessage field={rowField} errors={errors} />
                <FieldMessage field={fieldName(i, 'exercise_id')} errors={errors} />
                <div class="dose-inputs">
                  {DOSE_NUMBERS.map((key) => {
                    const field = fieldName(i, key);
                    return (
                      <div class="dose-input" key={key}>
                        <label for={inputId(field)}>{NUMBER_LABELS[key]}</label>
                        <input
                          id={inputId(field)}
                          type="number"
                          inputMode="numeric"
                          min={0}
                          step={1}
                          value={row[key]}
                          onInput={(e) => change(i, { [key]: (e.target as HTMLInputElement).value })}
                          {...invalid(field, errors)}
                        />
                        <FieldMessage field={field} errors={errors} />
                      </div>
                    );
                  })}
                  <div class="dose-input">
                    <label for={inputId(fieldName(i, 'sides'))}>Sides</label>
                    <select
                      id={inputId(fieldName(i, 'sides'))}
                      value={row.sides}
                      onChange={(e) => change(i, { sides: (e.target as HTMLSelectElement).value as DraftRow['sides'] })}
                    >
                      <option value="both">Both at once</option>
                      <option value="each">Each side</option>
                    </select>
                  </div>
                </div>
                <button class="button quiet-button" type="button" onClick={() => remove(i)}>
                  Remove {name}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div class="add-row">
        <label for="plan-add">Add an exercise</label>
        <div class="search-row">
          <select id="plan-add" value={adding} onChange={(e) => setAdding((e.target as HTMLSelectElement).value)}>
            <option value="">Choose an exercise…</option>
            {choices.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
          <button class="button" type="button" onClick={add} disabled={!adding}>
            Add
          </button>
        </div>
      </div>
      <label for={inputId('note')}>Note for the member</label>
      <p class="field-hint" id="plan-note-hint">
        They will read this. Say what changed and why, in plain words.
      </p>
      <textarea
        id={inputId('note')}
        rows={4}
        value={note}
        onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
        aria-invalid={errors.note ? 'true' : undefined}
        data-problem={errors.note ? '' : undefined}
        aria-describedby={errors.note ? 'plan-note-hint plan-note-error' : 'plan-note-hint'}
      />
      <FieldMessage field="note" errors={errors} />
      <div class="form-row">
        <button class="button primary" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save program'}
        </button>
        <button class="button quiet-button" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
