// The intake's choices in plain words, in English and Spanish. The ids are docs/api-contract.md's;
// only the words are ours. A choice's text is read in the language the screens are shown in.
import { words, wordsNow, type Table } from '../../i18n';

export interface Choice {
  id: string;
  readonly text: string;
}

type Texts = Record<string, string>;

/** The choices of one table, in its order, each text read in the current language. */
function choices<W extends Texts>(table: Table<W>, ids = Object.keys(table.en) as (keyof W & string)[]): Choice[] {
  return ids.map((id) => ({
    id,
    get text() {
      return wordsNow(table)[id];
    },
  }));
}

export const SEXES: Choice[] = choices(
  words({
    en: { female: 'Female', male: 'Male', other: 'Another way', undisclosed: 'I would rather not say' },
    es: { female: 'Mujer', male: 'Hombre', other: 'De otra forma', undisclosed: 'Prefiero no decirlo' },
  }),
);

export const PREGNANCY: Choice[] = choices(
  words({
    en: {
      none: 'No',
      trimester1: 'Yes, in the first 3 months',
      trimester2: 'Yes, in months 4 to 6',
      trimester3: 'Yes, in months 7 to 9',
      postpartum: 'I have had a baby recently',
    },
    es: {
      none: 'No',
      trimester1: 'Sí, en los 3 primeros meses',
      trimester2: 'Sí, entre el mes 4 y el 6',
      trimester3: 'Sí, entre el mes 7 y el 9',
      postpartum: 'He tenido un bebé hace poco',
    },
  }),
);

export const DURATION_UNITS: Choice[] = choices(
  words({
    en: { days: 'days', weeks: 'weeks', months: 'months', years: 'years' },
    es: { days: 'días', weeks: 'semanas', months: 'meses', years: 'años' },
  }),
);

export const ONSETS: Choice[] = choices(
  words({
    en: { sudden: 'Suddenly, at one moment', gradual: 'Slowly, over days or weeks' },
    es: { sudden: 'De repente, en un momento concreto', gradual: 'Poco a poco, a lo largo de días o semanas' },
  }),
);

export const TRIGGERS: Choice[] = choices(
  words({
    en: {
      fall: 'A fall',
      lifting: 'Lifting something',
      twist: 'A twist or turn',
      sport: 'Sport or exercise',
      vehicle: 'A car or bike accident',
      overuse: 'Doing the same thing a lot',
      childbirth: 'Giving birth',
      none: 'Nothing I can think of',
      unknown: 'I do not know',
    },
    es: {
      fall: 'Una caída',
      lifting: 'Levantar algo',
      twist: 'Un giro o una torsión',
      sport: 'Deporte o ejercicio',
      vehicle: 'Un accidente de auto o de bici',
      overuse: 'Hacer mucho lo mismo, una y otra vez',
      childbirth: 'El parto',
      none: 'Nada que se me ocurra',
      unknown: 'No lo sé',
    },
  }),
);

export const LEG_SIDES: Choice[] = choices(
  words({
    en: { left: 'Left leg', right: 'Right leg', both: 'Both legs' },
    es: { left: 'Pierna izquierda', right: 'Pierna derecha', both: 'Las dos piernas' },
  }),
);

export const AGGRAVATING: Choice[] = choices(
  words({
    en: {
      sitting: 'Sitting',
      bending_forward: 'Bending forward',
      bending_backward: 'Bending backward',
      stairs: 'Stairs',
      standing_one_leg: 'Standing on one leg',
      rolling_in_bed: 'Turning over in bed',
      car_transfer: 'Getting in or out of a car',
      rising_from_sitting: 'Standing up from a chair',
      walking: 'Walking',
      running: 'Running',
      lifting: 'Lifting',
      lying_on_back: 'Lying on your back',
      touch_pressure: 'Pressing on the sore spot',
      coughing_sneezing: 'Coughing or sneezing',
    },
    es: {
      sitting: 'Estar sentado',
      bending_forward: 'Inclinarte hacia delante',
      bending_backward: 'Inclinarte hacia atrás',
      stairs: 'Las escaleras',
      standing_one_leg: 'Apoyarte sobre una sola pierna',
      rolling_in_bed: 'Darte la vuelta en la cama',
      car_transfer: 'Subir o bajar del auto',
      rising_from_sitting: 'Levantarte de una silla',
      walking: 'Caminar',
      running: 'Correr',
      lifting: 'Levantar peso',
      lying_on_back: 'Acostarte boca arriba',
      touch_pressure: 'Apretar en la zona que duele',
      coughing_sneezing: 'Toser o estornudar',
    },
  }),
);

export const EASING: Choice[] = choices(
  words({
    en: {
      movement: 'Moving about',
      rest: 'Resting',
      heat: 'Heat',
      ice: 'Ice or cold',
      lying_down: 'Lying down',
      changing_position: 'Changing position',
    },
    es: {
      movement: 'Moverme',
      rest: 'Descansar',
      heat: 'El calor',
      ice: 'El hielo o el frío',
      lying_down: 'Acostarme',
      changing_position: 'Cambiar de postura',
    },
  }),
);

export const NIGHT_PAIN: Choice[] = choices(
  words({
    en: {
      none: 'No, it does not wake me',
      wakes_second_half: 'It wakes me in the second half of the night',
      constant: 'It hurts all night, whatever position I lie in',
    },
    es: {
      none: 'No, no me despierta',
      wakes_second_half: 'Me despierta en la segunda mitad de la noche',
      constant: 'Me duele toda la noche, me ponga como me ponga',
    },
  }),
);

export const STIFFNESS: Choice[] = choices(
  words({
    en: { '0': 'No stiffness', '15': 'Less than half an hour', '45': 'Half an hour to an hour', '90': 'More than an hour' },
    es: { '0': 'No noto rigidez', '15': 'Menos de media hora', '45': 'Entre media hora y una hora', '90': 'Más de una hora' },
  }),
  ['0', '15', '45', '90'],
);

const MINUTE_WORDS = words({
  en: { minutes: (m: string) => `${m} minutes` },
  es: { minutes: (m: string) => `${m} minutos` },
});

export const MINUTES: Choice[] = ['5', '10', '15', '20', '30', '45', '60'].map((m) => ({
  id: m,
  get text() {
    return wordsNow(MINUTE_WORDS).minutes(m);
  },
}));

export const EQUIPMENT: Choice[] = choices(
  words({
    en: {
      mat: 'An exercise mat',
      band: 'A resistance band',
      chair: 'A sturdy chair',
      wall: 'A free wall',
      pillow: 'A pillow or cushion',
    },
    es: {
      mat: 'Una colchoneta',
      band: 'Una banda elástica',
      chair: 'Una silla firme',
      wall: 'Una pared libre',
      pillow: 'Una almohada o un cojín',
    },
  }),
);

const BOTH_LEGS = words({
  en: {
    question: 'Numbness, tingling or weakness in both legs',
    onLegsStep: 'You marked pain below both knees. Do you also have numbness, tingling or weakness in both legs?',
  },
  es: {
    question: 'Adormecimiento, hormigueo o debilidad en las dos piernas',
    onLegsStep: 'Has marcado dolor por debajo de las dos rodillas. ¿Notas también adormecimiento, hormigueo o debilidad en las dos piernas?',
  },
});

/** The both-legs warning sign; the legs step asks it at once when the map marks pain below both knees. */
export const bothLegsOnLegsStep = () => wordsNow(BOTH_LEGS).onLegsStep;

export interface RedFlagGroup {
  readonly title: string;
  flags: Choice[];
}

// The warning signs' words. Each keeps its clinical meaning exactly (docs/clinical-sources.md §3);
// the Spanish follows content/es/articles/warning-signs.md.
const FLAGS = words({
  en: {
    saddle_numbness:
      'Numbness or tingling around your bottom, between your legs or on your inner thighs (where you would sit on a saddle)',
    bladder_change: 'New trouble starting to pee, holding it, or feeling when you pee',
    bowel_incontinence: 'New accidents with your bowels (poo), or not feeling when you need to go',
    sexual_dysfunction_new: 'New numbness or changes in feeling during sex',
    progressive_weakness: 'A leg or foot that is getting weaker',
    bilateral_leg_symptoms: BOTH_LEGS.en.question,
    fever: 'A fever (feeling hot and shivery) along with this pain',
    cancer_history: 'You have had cancer',
    weight_loss_unexplained: 'You have lost weight without trying',
    night_pain_constant: 'Pain all night that does not ease whatever position you lie in',
    immunosuppressed: 'A weak immune system, for example from medicine after a transplant or from chemotherapy',
    iv_drug_use: 'You inject drugs',
    unwell_or_infection: 'You feel unwell in yourself, or have had an infection in the last few weeks',
    recent_spinal_procedure: 'You have had an injection in your back or an operation on your spine in the last few weeks',
    blood_thinners: 'You take medicine that thins your blood (like warfarin, apixaban or rivaroxaban)',
    tearing_pain: 'A sudden, very bad pain in your back or belly that feels like tearing or ripping',
    pulsing_belly_lump: 'A lump in your belly that you can feel beating or pulsing',
    significant_trauma: 'The pain started after a bad fall, a car accident or a hard knock',
    osteoporosis: 'You have been told your bones are thin or weak (osteoporosis)',
    steroid_use_long_term: 'You have taken steroid tablets (like prednisolone) for 3 months or more',
    pregnancy_bleeding: 'Bleeding from your vagina',
    pregnancy_fluid_loss: 'Fluid leaking or gushing from your vagina',
    pregnancy_tightenings: 'Tightenings of your belly that come regularly, again and again',
    reduced_baby_movements: 'Your baby moving less than usual',
  },
  es: {
    saddle_numbness:
      'Adormecimiento u hormigueo alrededor del ano, entre las piernas o en la parte interna de los muslos (las partes que tocarían una silla de montar)',
    bladder_change: 'Problemas nuevos para empezar a orinar, para aguantar la orina o para notar cuándo estás orinando',
    bowel_incontinence: 'Escapes nuevos de heces (caca), o no notar cuándo necesitas ir al baño',
    sexual_dysfunction_new: 'Adormecimiento nuevo o cambios en la sensibilidad durante las relaciones sexuales',
    progressive_weakness: 'Una pierna o un pie que está cada vez más débil',
    bilateral_leg_symptoms: BOTH_LEGS.es.question,
    fever: 'Fiebre (sentirte con calor y escalofríos) junto con este dolor',
    cancer_history: 'Has tenido cáncer',
    weight_loss_unexplained: 'Has perdido peso sin proponértelo',
    night_pain_constant: 'Dolor toda la noche que no se alivia te pongas como te pongas',
    immunosuppressed: 'Las defensas bajas, por ejemplo por la medicación después de un trasplante o por quimioterapia',
    iv_drug_use: 'Te inyectas drogas',
    unwell_or_infection: 'Te encuentras mal en general, o has tenido una infección en las últimas semanas',
    recent_spinal_procedure: 'Te han puesto una inyección en la espalda o te han operado de la columna en las últimas semanas',
    blood_thinners: 'Tomas medicación que hace la sangre más líquida (anticoagulantes como warfarina, apixabán o rivaroxabán)',
    tearing_pain: 'Un dolor repentino y muy fuerte en la espalda o en la barriga, como si algo se rasgara o desgarrara',
    pulsing_belly_lump: 'Un bulto en la barriga que notas latir o palpitar',
    significant_trauma: 'El dolor empezó después de una caída fuerte, un accidente de auto o un golpe fuerte',
    osteoporosis: 'Te han dicho que tienes los huesos frágiles o débiles (osteoporosis)',
    steroid_use_long_term: 'Has tomado pastillas de corticoides (como la prednisolona) durante 3 meses o más',
    pregnancy_bleeding: 'Sangrado por la vagina',
    pregnancy_fluid_loss: 'Pérdida de líquido por la vagina, poco a poco o de golpe',
    pregnancy_tightenings: 'La barriga se te pone dura una y otra vez, de forma regular (contracciones)',
    reduced_baby_movements: 'Tu bebé se mueve menos de lo normal',
  },
});

const GROUPS = words({
  en: {
    nerves: 'Nerves, bladder and bowel',
    health: 'Your general health',
    belly: 'Your back and belly',
    injuries: 'Injuries and bones',
    pregnancy: 'Your pregnancy',
  },
  es: {
    nerves: 'Nervios, vejiga e intestino',
    health: 'Tu salud en general',
    belly: 'Tu espalda y tu barriga',
    injuries: 'Golpes y huesos',
    pregnancy: 'Tu embarazo',
  },
});

function group(title: keyof typeof GROUPS.en, ids: (keyof typeof FLAGS.en)[]): RedFlagGroup {
  return {
    get title() {
      return wordsNow(GROUPS)[title];
    },
    flags: choices(FLAGS, ids),
  };
}

export const RED_FLAG_GROUPS: RedFlagGroup[] = [
  group('nerves', [
    'saddle_numbness',
    'bladder_change',
    'bowel_incontinence',
    'sexual_dysfunction_new',
    'progressive_weakness',
    'bilateral_leg_symptoms',
  ]),
  group('health', [
    'fever',
    'cancer_history',
    'weight_loss_unexplained',
    'night_pain_constant',
    'immunosuppressed',
    'iv_drug_use',
    'unwell_or_infection',
    'recent_spinal_procedure',
    'blood_thinners',
  ]),
  group('belly', ['tearing_pain', 'pulsing_belly_lump']),
  group('injuries', ['significant_trauma', 'osteoporosis', 'steroid_use_long_term']),
];

/** Asked only during a pregnancy: the signs that need the maternity team now. */
export const PREGNANCY_FLAG_GROUP: RedFlagGroup = group('pregnancy', [
  'pregnancy_bleeding',
  'pregnancy_fluid_loss',
  'pregnancy_tightenings',
  'reduced_baby_movements',
]);

export const RED_FLAGS: string[] = RED_FLAG_GROUPS.flatMap((g) => g.flags.map((f) => f.id));
export const PREGNANCY_FLAGS: string[] = PREGNANCY_FLAG_GROUP.flags.map((f) => f.id);
