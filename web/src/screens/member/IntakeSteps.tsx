// What each intake step asks. One topic per step; every question in plain words.
import { BodyMap } from '../../components/BodyMap';
import { BODY_REGIONS } from '../../components/bodyRegions';
import { ChooseMany, ChooseOne, PainScale, YesNoQuestion } from './Choices';
import { Field } from './Field';
import { asksBothLegs, isPostpartum, isPregnant, TRIMESTER_WEEKS, warningFlags, type Answers, type StepId, type YesNo } from './intake';
import * as W from './intakeWords';
import { useWords, words, wordsNow } from '../../i18n';

const TITLES = words({
  en: {
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
  },
  es: {
    about: 'Sobre ti',
    pregnancy: 'Embarazo',
    story: 'Cómo empezó',
    pain: 'Cuánto te duele',
    where: 'Dónde te duele',
    legs: 'Tus piernas',
    worse_better: 'Qué lo empeora y qué lo alivia',
    mornings: 'Mañanas, noches y salud',
    warning: 'Señales de alarma',
    prefs: 'Tu tiempo para el ejercicio',
  },
});

/** A step's title in the current language. */
export const stepTitle = (step: StepId): string => wordsNow(TITLES)[step];

const WORDS = words({
  en: {
    numbness: 'Numbness (less feeling)',
    tingling: 'Tingling or pins and needles',
    weakness: 'Weakness (the leg gives way or the foot drags)',
    legFeel: 'Do you feel any of these in a leg? Tick all that apply, or none.',
    whichLeg: 'Which leg?',
    pregnant: 'Are you pregnant, or have you had a baby recently?',
    weeksPregnant: 'How many weeks pregnant are you?',
    weeksHint: (low: number, high: number) => `A number from ${low} to ${high}. Your best guess is fine.`,
    weeksAgo: 'How many weeks ago was the birth?',
    weeksAgoHint: 'A number. 3 months is about 13 weeks, a year is 52 weeks.',
    warningLead:
      'These questions look for the rare times when back pain needs a doctor soon. Please answer each one. Most people answer no to all of them.',
    age: 'How old are you?',
    ageHint: 'In years.',
    sex: 'What is your sex?',
    sexHint: 'This helps us think about causes that differ between bodies.',
    howLong: 'How long have you had this pain?',
    howLongHint: 'A number, then choose days, weeks, months or years.',
    countedIn: 'Counted in',
    howStart: 'How did it start?',
    trigger: 'Did something set it off?',
    painNow: 'How much does it hurt right now?',
    painWorst: 'How much did it hurt at its worst this past week?',
    tapEvery: 'Tap every place where you feel pain. Tap again to undo.',
    nothingChosen: 'Nothing chosen yet.',
    youChose: (list: string) => `You chose: ${list}.`,
    oneSpot:
      'Can you point with one finger to one spot where it hurts most, just below the bony bump at the back of your pelvis?',
    worse: 'What makes it worse? Tick all that apply.',
    better: 'What makes it better? Tick all that apply.',
    afterExercise: 'Does it feel better after exercise?',
    afterRest: 'Does it feel better after rest?',
    nsaid: 'Do anti-inflammatory pain pills (like ibuprofen or naproxen) help a lot?',
    stiff: 'When you get up, how long are you stiff?',
    night: 'Does the pain wake you at night?',
    family: 'Does anyone in your close family have a kind of arthritis of the spine (like ankylosing spondylitis)?',
    psoriasis: 'Have you had psoriasis (a scaly skin rash) or pain where tendons join the bone, like the heel?',
    bendy: 'Are your joints very bendy (hypermobile)?',
    minutes: 'How many minutes a day can you give to exercise?',
    floor: 'Can you get down onto the floor and back up?',
    kneel: 'Can you kneel comfortably?',
    home: 'What do you have at home? Tick all that apply.',
  },
  es: {
    numbness: 'Adormecimiento (notas menos la piel)',
    tingling: 'Hormigueo, como pinchazos o agujas',
    weakness: 'Debilidad (la pierna te falla o arrastras el pie)',
    legFeel: '¿Notas alguna de estas cosas en una pierna? Marca todas las que tengas, o ninguna.',
    whichLeg: '¿En qué pierna?',
    pregnant: '¿Estás embarazada o has tenido un bebé hace poco?',
    weeksPregnant: '¿De cuántas semanas estás?',
    weeksHint: (low: number, high: number) => `Un número de ${low} a ${high}. Basta con un cálculo aproximado.`,
    weeksAgo: '¿Hace cuántas semanas fue el parto?',
    weeksAgoHint: 'Un número. 3 meses son unas 13 semanas; un año, 52 semanas.',
    warningLead:
      'Estas preguntas buscan los casos poco frecuentes en los que el dolor de espalda necesita un médico pronto. Responde a cada una, por favor. Casi todo el mundo responde que no a todas.',
    age: '¿Cuántos años tienes?',
    ageHint: 'En años.',
    sex: '¿Cuál es tu sexo?',
    sexHint: 'Nos ayuda a pensar en causas que cambian de un cuerpo a otro.',
    howLong: '¿Desde cuándo tienes este dolor?',
    howLongHint: 'Un número, y luego elige días, semanas, meses o años.',
    countedIn: 'Contado en',
    howStart: '¿Cómo empezó?',
    trigger: '¿Hubo algo que lo desencadenara?',
    painNow: '¿Cuánto te duele ahora mismo?',
    painWorst: '¿Cuánto te dolió en el peor momento de esta última semana?',
    tapEvery: 'Toca cada sitio donde notes dolor. Vuelve a tocarlo para quitarlo.',
    nothingChosen: 'Todavía no has elegido nada.',
    youChose: (list: string) => `Has elegido: ${list}.`,
    oneSpot:
      '¿Puedes señalar con un dedo un punto concreto donde te duele más, justo debajo del bulto de hueso de la parte de atrás de la pelvis?',
    worse: '¿Qué lo empeora? Marca todo lo que corresponda.',
    better: '¿Qué lo alivia? Marca todo lo que corresponda.',
    afterExercise: '¿Te sientes mejor después de hacer ejercicio?',
    afterRest: '¿Te sientes mejor después de descansar?',
    nsaid: '¿Te ayudan mucho los antiinflamatorios (como el ibuprofeno o el naproxeno)?',
    stiff: 'Al levantarte, ¿cuánto tiempo notas rigidez?',
    night: '¿El dolor te despierta por la noche?',
    family:
      '¿Alguien de tu familia cercana tiene algún tipo de artritis de la columna (como la espondilitis anquilosante)?',
    psoriasis:
      '¿Has tenido psoriasis (una erupción de la piel con escamas) o dolor donde los tendones se unen al hueso, como en el talón?',
    bendy: '¿Tienes las articulaciones muy flexibles (hiperlaxitud)?',
    minutes: '¿Cuántos minutos al día puedes dedicar al ejercicio?',
    floor: '¿Puedes bajar al suelo y volver a levantarte?',
    kneel: '¿Puedes ponerte de rodillas sin molestias?',
    home: '¿Qué tienes en casa? Marca todo lo que corresponda.',
  },
});

interface Props {
  step: StepId;
  a: Answers;
  set: (change: Partial<Answers>) => void;
  errors: Record<string, string>;
}

function LegsStep({ a, set, errors }: Omit<Props, 'step'>) {
  const w = useWords(WORDS);
  const any = a.leg_numbness || a.leg_tingling || a.leg_weakness;
  const ticks = [
    { key: 'leg_numbness', text: w.numbness },
    { key: 'leg_tingling', text: w.tingling },
    { key: 'leg_weakness', text: w.weakness },
  ] as const;
  return (
    <>
      <fieldset class="question">
        <legend>{w.legFeel}</legend>
        <div class="options">
          {ticks.map((t) => (
            <label key={t.key} class={a[t.key] ? 'choice chosen' : 'choice'}>
              <input type="checkbox" checked={a[t.key]} onChange={() => set({ [t.key]: !a[t.key] })} />
              {t.text}
            </label>
          ))}
        </div>
      </fieldset>
      {any && <ChooseOne name="leg_side" legend={w.whichLeg} choices={W.LEG_SIDES} value={a.leg_side} onChange={(v) => set({ leg_side: v })} error={errors.leg_side} />}
      {asksBothLegs(a) && (
        <YesNoQuestion
          name="red_flags.bilateral_leg_symptoms"
          legend={W.bothLegsOnLegsStep()}
          value={a.red_flags.bilateral_leg_symptoms ?? ''}
          onChange={(v) => set({ red_flags: { ...a.red_flags, bilateral_leg_symptoms: v } })}
          error={errors['red_flags.bilateral_leg_symptoms']}
        />
      )}
    </>
  );
}

function PregnancyStep({ a, set, errors }: Omit<Props, 'step'>) {
  const w = useWords(WORDS);
  const weeks = TRIMESTER_WEEKS[a.pregnancy];
  return (
    <>
      <ChooseOne name="pregnancy"  legend={w.pregnant} choices={W.PREGNANCY} value={a.pregnancy} onChange={(v) => set({ pregnancy: v })} />
      {isPregnant(a) && (
        <Field
          name="pregnancy_weeks"
          label={w.weeksPregnant}
          hint={w.weeksHint(weeks[0], weeks[1])}
          inputMode="numeric"
          value={a.pregnancy_weeks}
          onInput={(v) => set({ pregnancy_weeks: v })}
          error={errors.pregnancy_weeks}
        />
      )}
      {isPostpartum(a) && (
        <Field
          name="weeks_since_birth"
          label={w.weeksAgo}
          hint={w.weeksAgoHint}
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
  const w = useWords(WORDS);
  const answer = (id: string, v: YesNo) => set({ red_flags: { ...a.red_flags, [id]: v } });
  const asked = new Set(warningFlags(a));
  const groups = [...W.RED_FLAG_GROUPS, W.PREGNANCY_FLAG_GROUP]
    .map((g) => ({ title: g.title, flags: g.flags.filter((f) => asked.has(f.id)) }))
    .filter((g) => g.flags.length > 0);
  return (
    <>
      <p class="lead">{w.warningLead}</p>
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
  const w = useWords(WORDS);
  switch (step) {
    case 'about':
      return (
        <>
           <Field name="age" label={w.age} hint={w.ageHint} inputMode="numeric" value={a.age} onInput={(v) => set({ age: v })} error={errors.age} />
          <ChooseOne name="sex" legend={w.sex} hint={w.sexHint} choices={W.SEXES} value={a.sex} onChange={(v) => set({ sex: v })} />
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
              label={w.howLong}
              hint={w.howLongHint}
              inputMode="numeric"
              value={a.duration_amount}
              onInput={(v) => set({ duration_amount: v })}
              error={errors.duration_amount}
            />
            <div class="field">
              <label for="field-duration_unit">{w.countedIn}</label>
              <select id="field-duration_unit" value={a.duration_unit} onChange={(e) => set({ duration_unit: (e.target as HTMLSelectElement).value })}>
                {W.DURATION_UNITS.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.text}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ChooseOne name="onset" legend={w.howStart} choices={W.ONSETS} value={a.onset} onChange={(v) => set({ onset: v })} />
          <ChooseOne name="trigger" legend={w.trigger} choices={W.TRIGGERS} value={a.trigger} onChange={(v) => set({ trigger: v })} />
        </>
      );
    case 'pain':
      return (
        <>
          <PainScale name="pain_now" legend={w.painNow} value={a.pain_now} onChange={(v) => set({ pain_now: v })} error={errors.pain_now} />
          <PainScale name="pain_worst_week" legend={w.painWorst} value={a.pain_worst_week} onChange={(v) => set({ pain_worst_week: v })} />
        </>
      );
    case 'where': {
      const toggle = (id: string) => set({ locations: a.locations.includes(id) ? a.locations.filter((l) => l !== id) : [...a.locations, id] });
      const chosen = BODY_REGIONS.filter((r) => a.locations.includes(r.id));
      return (
        <>
          <p class="lead">{w.tapEvery}</p>
          <BodyMap selected={new Set(a.locations)} onToggle={toggle} />
          <p aria-live="polite" class="quiet">
            {chosen.length === 0 ? w.nothingChosen : w.youChose(chosen.map((r) => r.name.toLowerCase()).join('; '))}
          </p>
          <YesNoQuestion
            name="points_to_one_spot"
            legend={w.oneSpot}
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
          <ChooseMany name="aggravating" legend={w.worse} choices={W.AGGRAVATING} value={a.aggravating} onChange={(v) => set({ aggravating: v })} />
          <ChooseMany name="easing" legend={w.better} choices={W.EASING} value={a.easing} onChange={(v) => set({ easing: v })} />
          <YesNoQuestion name="better_with_exercise" legend={w.afterExercise} value={a.better_with_exercise} onChange={(v) => set({ better_with_exercise: v })} />
          <YesNoQuestion name="better_with_rest" legend={w.afterRest} value={a.better_with_rest} onChange={(v) => set({ better_with_rest: v })} />
          <YesNoQuestion
            name="nsaid_helps"
            legend={w.nsaid}
            value={a.nsaid_helps}
            onChange={(v) => set({ nsaid_helps: v })}
          />
        </>
      );
    case 'mornings':
      return (
        <>
          <ChooseOne name="morning_stiffness_minutes" legend={w.stiff} choices={W.STIFFNESS} value={a.morning_stiffness_minutes} onChange={(v) => set({ morning_stiffness_minutes: v })} />
          <ChooseOne name="night_pain" legend={w.night} choices={W.NIGHT_PAIN} value={a.night_pain} onChange={(v) => set({ night_pain: v })} />
          <YesNoQuestion
            name="family_history_spa"
            legend={w.family}
            value={a.family_history_spa}
            onChange={(v) => set({ family_history_spa: v })}
          />
          <YesNoQuestion
            name="psoriasis_or_enthesitis"
            legend={w.psoriasis}
            value={a.psoriasis_or_enthesitis}
            onChange={(v) => set({ psoriasis_or_enthesitis: v })}
          />
          <YesNoQuestion name="hypermobility" legend={w.bendy} value={a.hypermobility} onChange={(v) => set({ hypermobility: v })} />
        </>
      );
    case 'warning':
      return <WarningStep a={a} set={set} errors={errors} />;
    case 'prefs':
      return (
        <>
          <div class="field">
            <label for="field-minutes_per_day">{w.minutes}</label>
            <select id="field-minutes_per_day" value={a.minutes_per_day} onChange={(e) => set({ minutes_per_day: (e.target as HTMLSelectElement).value })}>
              {W.MINUTES.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.text}
                </option>
              ))}
            </select>
          </div>
          <YesNoQuestion name="floor_ok" legend={w.floor} value={a.floor_ok} onChange={(v) => set({ floor_ok: v })} />
          <YesNoQuestion name="kneeling_ok" legend={w.kneel} value={a.kneeling_ok} onChange={(v) => set({ kneeling_ok: v })} />
          <ChooseMany name="equipment" legend={w.home} choices={W.EQUIPMENT} value={a.equipment} onChange={(v) => set({ equipment: v })} />
        </>
      );
  }
}
