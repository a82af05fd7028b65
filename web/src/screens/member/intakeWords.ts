// The intake's choices in plain words. The ids are docs/api-contract.md's; only the words are ours.

export interface Choice {
  id: string;
  text: string;
}

export const SEXES: Choice[] = [
  { id: 'female', text: 'Female' },
  { id: 'male', text: 'Male' },
  { id: 'other', text: 'Another way' },
  { id: 'undisclosed', text: 'I would rather not say' },
];

export const PREGNANCY: Choice[] = [
  { id: 'none', text: 'No' },
  { id: 'trimester1', text: 'Yes, in the first 3 months' },
  { id: 'trimester2', text: 'Yes, in months 4 to 6' },
  { id: 'trimester3', text: 'Yes, in months 7 to 9' },
  { id: 'postpartum', text: 'I have had a baby recently' },
];

export const DURATION_UNITS: Choice[] = [
  { id: 'days', text: 'days' },
  { id: 'weeks', text: 'weeks' },
  { id: 'months', text: 'months' },
  { id: 'years', text: 'years' },
];

export const ONSETS: Choice[] = [
  { id: 'sudden', text: 'Suddenly, at one moment' },
  { id: 'gradual', text: 'Slowly, over days or weeks' },
];

export const TRIGGERS: Choice[] = [
  { id: 'fall', text: 'A fall' },
  { id: 'lifting', text: 'Lifting something' },
  { id: 'twist', text: 'A twist or turn' },
  { id: 'sport', text: 'Sport or exercise' },
  { id: 'vehicle', text: 'A car or bike accident' },
  { id: 'overuse', text: 'Doing the same thing a lot' },
  { id: 'childbirth', text: 'Giving birth' },
  { id: 'none', text: 'Nothing I can think of' },
  { id: 'unknown', text: 'I do not know' },
];

export const LEG_SIDES: Choice[] = [
  { id: 'left', text: 'Left leg' },
  { id: 'right', text: 'Right leg' },
  { id: 'both', text: 'Both legs' },
];

export const AGGRAVATING: Choice[] = [
  { id: 'sitting', text: 'Sitting' },
  { id: 'bending_forward', text: 'Bending forward' },
  { id: 'bending_backward', text: 'Bending backward' },
  { id: 'stairs', text: 'Stairs' },
  { id: 'standing_one_leg', text: 'Standing on one leg' },
  { id: 'rolling_in_bed', text: 'Turning over in bed' },
  { id: 'car_transfer', text: 'Getting in or out of a car' },
  { id: 'rising_from_sitting', text: 'Standing up from a chair' },
  { id: 'walking', text: 'Walking' },
  { id: 'running', text: 'Running' },
  { id: 'lifting', text: 'Lifting' },
  { id: 'lying_on_back', text: 'Lying on your back' },
  { id: 'touch_pressure', text: 'Pressing on the sore spot' },
  { id: 'coughing_sneezing', text: 'Coughing or sneezing' },
];

export const EASING: Choice[] = [
  { id: 'movement', text: 'Moving about' },
  { id: 'rest', text: 'Resting' },
  { id: 'heat', text: 'Heat' },
  { id: 'ice', text: 'Ice or cold' },
  { id: 'lying_down', text: 'Lying down' },
  { id: 'changing_position', text: 'Changing position' },
];

export const NIGHT_PAIN: Choice[] = [
  { id: 'none', text: 'No, it does not wake me' },
  { id: 'wakes_second_half', text: 'It wakes me in the second half of the night' },
  { id: 'constant', text: 'It hurts all night, whatever position I lie in' },
];

export const STIFFNESS: Choice[] = [
  { id: '0', text: 'No stiffness' },
  { id: '15', text: 'Less than half an hour' },
  { id: '45', text: 'Half an hour to an hour' },
  { id: '90', text: 'More than an hour' },
];

export const MINUTES: Choice[] = ['5', '10', '15', '20', '30', '45', '60'].map((m) => ({ id: m, text: `${m} minutes` }));

export const EQUIPMENT: Choice[] = [
  { id: 'mat', text: 'An exercise mat' },
  { id: 'band', text: 'A resistance band' },
  { id: 'chair', text: 'A sturdy chair' },
  { id: 'wall', text: 'A free wall' },
  { id: 'pillow', text: 'A pillow or cushion' },
];

/** The both-legs warning sign; the legs step asks it at once when the map marks pain below both knees. */
export const BOTH_LEGS_QUESTION = 'Numbness, tingling or weakness in both legs';
export const BOTH_LEGS_ON_LEGS_STEP = 'You marked pain below both knees. Do you also have numbness, tingling or weakness in both legs?';

export interface RedFlagGroup {
  title: string;
  flags: Choice[];
}

export const RED_FLAG_GROUPS: RedFlagGroup[] = [
  {
    title: 'Nerves, bladder and bowel',
    flags: [
      { id: 'saddle_numbness', text: 'Numbness or tingling around your bottom, between your legs or on your inner thighs (where you would sit on a saddle)' },
      { id: 'bladder_change', text: 'New trouble starting to pee, holding it, or feeling when you pee' },
      { id: 'bowel_incontinence', text: 'New accidents with your bowels (poo), or not feeling when you need to go' },
      { id: 'sexual_dysfunction_new', text: 'New numbness or changes in feeling during sex' },
      { id: 'progressive_weakness', text: 'A leg or foot that is getting weaker' },
      { id: 'bilateral_leg_symptoms', text: BOTH_LEGS_QUESTION },
    ],
  },
  {
    title: 'Your general health',
    flags: [
      { id: 'fever', text: 'A fever (feeling hot and shivery) along with this pain' },
      { id: 'cancer_history', text: 'You have had cancer' },
      { id: 'weight_loss_unexplained', text: 'You have lost weight without trying' },
      { id: 'night_pain_constant', text: 'Pain all night that does not ease whatever position you lie in' },
      { id: 'immunosuppressed', text: 'A weak immune system, for example from medicine after a transplant or from chemotherapy' },
      { id: 'iv_drug_use', text: 'You inject drugs' },
      { id: 'unwell_or_infection', text: 'You feel unwell in yourself, or have had an infection in the last few weeks' },
      { id: 'recent_spinal_procedure', text: 'You have had an injection in your back or an operation on your spine in the last few weeks' },
      { id: 'blood_thinners', text: 'You take medicine that thins your blood (like warfarin, apixaban or rivaroxaban)' },
    ],
  },
  {
    title: 'Your back and belly',
    flags: [
      { id: 'tearing_pain', text: 'A sudden, very bad pain in your back or belly that feels like tearing or ripping' },
      { id: 'pulsing_belly_lump', text: 'A lump in your belly that you can feel beating or pulsing' },
    ],
  },
  {
    title: 'Injuries and bones',
    flags: [
      { id: 'significant_trauma', text: 'The pain started after a bad fall, a car accident or a hard knock' },
      { id: 'osteoporosis', text: 'You have been told your bones are thin or weak (osteoporosis)' },
      { id: 'steroid_use_long_term', text: 'You have taken steroid tablets (like prednisolone) for 3 months or more' },
    ],
  },
];

/** Asked only during a pregnancy: the signs that need the maternity team now. */
export const PREGNANCY_FLAG_GROUP: RedFlagGroup = {
  title: 'Your pregnancy',
  flags: [
    { id: 'pregnancy_bleeding', text: 'Bleeding from your vagina' },
    { id: 'pregnancy_fluid_loss', text: 'Fluid leaking or gushing from your vagina' },
    { id: 'pregnancy_tightenings', text: 'Tightenings of your belly that come regularly, again and again' },
    { id: 'reduced_baby_movements', text: 'Your baby moving less than usual' },
  ],
};

export const RED_FLAGS: string[] = RED_FLAG_GROUPS.flatMap((g) => g.flags.map((f) => f.id));
export const PREGNANCY_FLAGS: string[] = PREGNANCY_FLAG_GROUP.flags.map((f) => f.id);
