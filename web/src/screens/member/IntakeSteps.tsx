// What each intake step asks. One topic per step; every question in plain words.
import { BodyMap } from '../../components/BodyMap';
import { BODY_REGIONS } from '../../components/bodyRegions';
import { ChooseMany, ChooseOne, PainScale, YesNoQuestion } from './Choices';
import { Field } from './Field';
import { asksBothLegs, isPostpartum, isPregnant, TRIMESTER_WEEKS, warningFlags, type Answers, type StepId, type YesNo } from './intake';
import * as W from './intakeWords';

export const STEP_TITLES: Record<StepId, string> = {
  about: 'About you',
  pregnancy: 'Pregnancy',
  story: 'How it started',
  pain: 'How much it hurts',
  where: 'Where it hurts',
  legs: 'Your legs',
  worse_better: 'What makes it worse or better',
  mornings: 'Mornings, nights and health',
  warning: 'Warning signs',
  prefs: 'Your exercise time',
};

interface Props {
  step: StepId;
  a: Answers;
  set: (change: Partial<Answers>) => void;
  errors: Record<string, string>;
}

function LegsStep({ a, set, errors }: Omit<Props, 'step'>) {
  const any = a.leg_numbness || a.leg_tingling || a.leg_weakness;
  const ticks = [
    { key: 'leg_numbness', text: 'Numbness (less feeling)' },
    { key: 'leg_tingling', text: 'Tingling or pins and needles' },
    { key: 'leg_weakness', text: 'Weakness (the leg gives way or the foot drags)' },
  ] as const;
  return (
    <>
      <fieldset class="question">
        <legend>Do you feel any of these in a leg? Tick all that apply, or none.</legend>
        <div class="options">
          {ticks.map((t) => (
            <label key={t.key} class={a[t.key] ? 'choice chosen' : 'choice'}>
              <input type="checkbox" checked={a[t.key]} onChange={() => set({ [t.key]: !a[t.key] })} />
              {t.text}
            </label>
          ))}
        </div>
      </fieldset>
      {any && <ChooseOne name="leg_side" legend="Which leg?" choices={W.LEG_SIDES} value={a.leg_side} onChange={(v) => set({ leg_side: v })} error={errors.leg_side} />}
      {asksBothLegs(a) && (
        <YesNoQuestion
          name="red_flags.bilateral_leg_symptoms"
          legend={W.BOTH_LEGS_ON_LEGS_STEP}
          value={a.red_flags.bilateral_leg_symptoms ?? ''}
          onChange={(v) => set({ red_flags: { ...a.red_flags, bilateral_leg_symptoms: v } })}
          error={errors['red_flags.bilateral_leg_symptoms']}
        />
      )}
    </>
  );
}

function PregnancyStep({ a, set, errors }: Omit<Props, 'step'>) {
  const weeks = TRIMESTER_WEEKS[a.pregnancy];
  return (
    <>
      <ChooseOne name="pregnancy" legend="Are you pregnant, or have you had a baby recently?" choices={W.PREGNANCY} value={a.pregnancy} onChange={(v) => set({ pregnancy: v })} />
      {isPregnant(a) && (
        <Field
          name="pregnancy_weeks"
          label="How many weeks pregnant are you?"
          hint={`A number from ${weeks[0]} to ${weeks[1]}. Your best guess is fine.`}
          inputMode="numeric"
          value={a.pregnancy_weeks}
          onInput={(v) => set({ pregnancy_weeks: v })}
          error={errors.pregnancy_weeks}
        />
      )}
      {isPostpartum(a) && (
        <Field
          name="weeks_since_birth"
          label="How many weeks ago was the birth?"
          hint="A number. 3 months is about 13 weeks, a year is 52 weeks."
          inputMode="numeric"
          value={a.weeks_since_birth}
          onInput={(v) => set({ weeks_since_birth: v })}
          error={errors.weeks_since_birth}
        />
      )}
    </>
  );
}

function WarningStep({ a, set, errors }: Omit<Props, 'step'>) {
  const answer = (id: string, v: YesNo) => set({ red_flags: { ...a.red_flags, [id]: v } });
  const asked = new Set(warningFlags(a));
  const groups = [...W.RED_FLAG_GROUPS, W.PREGNANCY_FLAG_GROUP]
    .map((g) => ({ ...g, flags: g.flags.filter((f) => asked.has(f.id)) }))
    .filter((g) => g.flags.length > 0);
  return (
    <>
      <p class="lead">
        These questions look for the rare times when back pain needs a doctor soon. Please answer each one. Most people
        answer no to all of them.
      </p>
      {groups.map((g) => (
        <section key={g.title} class="flag-group" aria-labelledby={`group-${g.flags[0].id}`}>
          <h3 id={`group-${g.flags[0].id}`}>{g.title}</h3>
          {g.flags.map((f) => (
            <YesNoQuestion
              key={f.id}
              name={`red_flags.${f.id}`}
              legend={f.text}
              value={a.red_flags[f.id] ?? ''}
              onChange={(v) => answer(f.id, v)}
              error={errors[`red_flags.${f.id}`]}
            />
          ))}
        </section>
      ))}
    </>
  );
}

export function StepBody({ step, a, set, errors }: Props) {
  switch (step) {
    case 'about':
      return (
        <>
          <Field name="age" label="How old are you?" hint="In years." inputMode="numeric" value={a.age} onInput={(v) => set({ age: v })} error={errors.age} />
          <ChooseOne name="sex" legend="What is your sex?" hint="This helps us think about causes that differ between bodies." choices={W.SEXES} value={a.sex} onChange={(v) => set({ sex: v })} />
        </>
      );
    case 'pregnancy':
      return <PregnancyStep a={a} set={set} errors={errors} />;
    case 'story':
      return (
        <>
          <div class="duration">
            <Field
              name="duration_amount"
              label="How long have you had this pain?"
              hint="A number, then choose days, weeks, months or years."
              inputMode="numeric"
              value={a.duration_amount}
              onInput={(v) => set({ duration_amount: v })}
              error={errors.duration_amount}
            />
            <div class="field">
              <label for="field-duration_unit">Counted in</label>
              <select id="field-duration_unit" value={a.duration_unit} onChange={(e) => set({ duration_unit: (e.target as HTMLSelectElement).value })}>
                {W.DURATION_UNITS.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.text}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ChooseOne name="onset" legend="How did it start?" choices={W.ONSETS} value={a.onset} onChange={(v) => set({ onset: v })} />
          <ChooseOne name="trigger" legend="Did something set it off?" choices={W.TRIGGERS} value={a.trigger} onChange={(v) => set({ trigger: v })} />
        </>
      );
    case 'pain':
      return (
        <>
          <PainScale name="pain_now" legend="How much does it hurt right now?" value={a.pain_now} onChange={(v) => set({ pain_now: v })} error={errors.pain_now} />
          <PainScale name="pain_worst_week" legend="How much did it hurt at its worst this past week?" value={a.pain_worst_week} onChange={(v) => set({ pain_worst_week: v })} />
        </>
      );
    case 'where': {
      const toggle = (id: string) => set({ locations: a.locations.includes(id) ? a.locations.filter((l) => l !== id) : [...a.locations, id] });
      const chosen = BODY_REGIONS.filter((r) => a.locations.includes(r.id));
      return (
        <>
          <p class="lead">Tap every place where you feel pain. Tap again to undo.</p>
          <BodyMap selected={new Set(a.locations)} onToggle={toggle} />
          <p aria-live="polite" class="quiet">
            {chosen.length === 0 ? 'Nothing chosen yet.' : `You chose: ${chosen.map((r) => r.name.toLowerCase()).join('; ')}.`}
          </p>
          <YesNoQuestion
            name="points_to_one_spot"
            legend="Can you point with one finger to one spot where it hurts most, just below the bony bump at the back of your pelvis?"
            value={a.points_to_one_spot}
            onChange={(v) => set({ points_to_one_spot: v })}
          />
        </>
      );
    }
    case 'legs':
      return <LegsStep a={a} set={set} errors={errors} />;
    case 'worse_better':
      return (
        <>
          <ChooseMany name="aggravating" legend="What makes it worse? Tick all that apply." choices={W.AGGRAVATING} value={a.aggravating} onChange={(v) => set({ aggravating: v })} />
          <ChooseMany name="easing" legend="What makes it better? Tick all that apply." choices={W.EASING} value={a.easing} onChange={(v) => set({ easing: v })} />
          <YesNoQuestion name="better_with_exercise" legend="Does it feel better after exercise?" value={a.better_with_exercise} onChange={(v) => set({ better_with_exercise: v })} />
          <YesNoQuestion name="better_with_rest" legend="Does it feel better after rest?" value={a.better_with_rest} onChange={(v) => set({ better_with_rest: v })} />
          <YesNoQuestion
            name="nsaid_helps"
            legend="Do anti-inflammatory pain pills (like ibuprofen or naproxen) help a lot?"
            value={a.nsaid_helps}
            onChange={(v) => set({ nsaid_helps: v })}
          />
        </>
      );
    case 'mornings':
      return (
        <>
          <ChooseOne name="morning_stiffness_minutes" legend="When you get up, how long are you stiff?" choices={W.STIFFNESS} value={a.morning_stiffness_minutes} onChange={(v) => set({ morning_stiffness_minutes: v })} />
          <ChooseOne name="night_pain" legend="Does the pain wake you at night?" choices={W.NIGHT_PAIN} value={a.night_pain} onChange={(v) => set({ night_pain: v })} />
          <YesNoQuestion
            name="family_history_spa"
            legend="Does anyone in your close family have a kind of arthritis of the spine (like ankylosing spondylitis)?"
            value={a.family_history_spa}
            onChange={(v) => set({ family_history_spa: v })}
          />
          <YesNoQuestion
            name="psoriasis_or_enthesitis"
            legend="Have you had psoriasis (a scaly skin rash) or pain where tendons join the bone, like the heel?"
            value={a.psoriasis_or_enthesitis}
            onChange={(v) => set({ psoriasis_or_enthesitis: v })}
          />
          <YesNoQuestion name="hypermobility" legend="Are your joints very bendy (hypermobile)?" value={a.hypermobility} onChange={(v) => set({ hypermobility: v })} />
        </>
      );
    case 'warning':
      return <WarningStep a={a} set={set} errors={errors} />;
    case 'prefs':
      return (
        <>
          <div class="field">
            <label for="field-minutes_per_day">How many minutes a day can you give to exercise?</label>
            <select id="field-minutes_per_day" value={a.minutes_per_day} onChange={(e) => set({ minutes_per_day: (e.target as HTMLSelectElement).value })}>
              {W.MINUTES.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.text}
                </option>
              ))}
            </select>
          </div>
          <YesNoQuestion name="floor_ok" legend="Can you get down onto the floor and back up?" value={a.floor_ok} onChange={(v) => set({ floor_ok: v })} />
          <YesNoQuestion name="kneeling_ok" legend="Can you kneel comfortably?" value={a.kneeling_ok} onChange={(v) => set({ kneeling_ok: v })} />
          <ChooseMany name="equipment" legend="What do you have at home? Tick all that apply." choices={W.EQUIPMENT} value={a.equipment} onChange={(v) => set({ equipment: v })} />
        </>
      );
  }
}
