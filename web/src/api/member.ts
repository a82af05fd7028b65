// The member's own API calls: joining, the intake and its result, the program, today's session
// and how it went.
import { getJson, sendJson } from '../api';
import type { Answer, RequestBody, Schemas } from './contract';

// Shapes are the server's own, generated from its OpenAPI document (./contract.ts).
type EligibilityBody = RequestBody<'/api/v1/eligibility/check', 'post'>;
/** The sign-up form's fields: every one the eligibility check takes, as text ("" when not given). */
export type Identity = { [Field in keyof EligibilityBody]-?: NonNullable<EligibilityBody[Field]> };
export type Eligibility = Answer<'/api/v1/eligibility/check', 'post'>;

/** What the member can do for their program (the intake's prefs). */
export type Preferences = Answer<'/api/v1/me/preferences', 'get'>['prefs'];
/** The days (1 = Monday … 7 = Sunday) and time to practise, and the chosen day missed, if any. */
export type Reminders = Schemas['PracticeReminders'];
export type ReminderChoice = RequestBody<'/api/v1/me/reminders', 'put'>;
/** An optional phone number and when it is safe to call, as the form holds them ("" when not given). */
export type Contact = { [K in keyof RequestBody<'/api/v1/me/contact', 'put'>]-?: string };
/** A dose as the server words it (the lighter one "This hurts" offers has the same shape). */
export type ServedDose = Schemas['ServedDose'];
export type Assessment = Schemas['Assessment'];
export type Tier = Assessment['tier'];
export type Reason = Assessment['reasons'][number];
export type PatternScore = Assessment['patterns'][number];
/** A question the intake left open that would change the answer (field: where the answer goes). */
export type FollowUp = Assessment['follow_up'][number];

export type Prescription = Schemas['Prescription'];
export type Program = Schemas['Program'];
export type IntakeAnswer = Answer<'/api/v1/me/intake', 'post', 201>;
/** The latest intake's result as the server keeps it; assessment is null before any intake. */
export type StoredAssessment = Answer<'/api/v1/me/assessment', 'get'>;
/** The program the member follows now (their therapist's changes included). */
/** The therapist's newest change to the program, with the note they wrote for the member. */
export type TherapistChange = Schemas['TherapistChange'];
export type FollowedProgram = Answer<'/api/v1/me/program', 'get'>;
export type TodayExercise = Schemas['TodayExercise'];
export type SessionToday = Answer<'/api/v1/me/session/today', 'get'>;

export type SessionReport = Schemas['SessionReport'];
export type ExerciseReport = SessionReport['exercises'][number];
export type Difficulty = ExerciseReport['difficulty'];
export type Change = Schemas['ProgramChange'];
export type SessionAnswer = Schemas['SessionAnswer'];

export const memberApi = {
  checkEligibility: (who: Identity) => sendJson<Eligibility>('POST', '/api/v1/eligibility/check', who),
  signUp: (who: Identity, password: string, contact: Contact = { phone: '', call_time: '' }) =>
    sendJson<unknown>('POST', '/api/v1/auth/signup', { ...who, password, phone: contact.phone.trim(), call_time: contact.call_time.trim() }),
  changeContact: (contact: Contact) =>
    sendJson<{ account: unknown }>('PUT', '/api/v1/me/contact', { phone: contact.phone.trim(), call_time: contact.call_time.trim() }),
  preferences: () => getJson<{ prefs: Preferences | null }>('/api/v1/me/preferences'),
  changePreferences: (prefs: Preferences) =>
    sendJson<{ changes: string[]; therapist_plan?: string; program: Program }>('PUT', '/api/v1/me/preferences', prefs),
  reminders: () => getJson<Reminders>('/api/v1/me/reminders'),
  saveReminders: (choice: ReminderChoice) => sendJson<Reminders>('PUT', '/api/v1/me/reminders', choice),
  intakeDraft: () => getJson<{ draft: { answers: Record<string, unknown>; step: string; saved_at: number } | null }>('/api/v1/me/intake/draft'),
  saveIntakeDraft: (answers: object, step: string) => sendJson<{ saved_at: number }>('PUT', '/api/v1/me/intake/draft', { answers, step }),
  sendIntake: (intake: object) => sendJson<IntakeAnswer>('POST', '/api/v1/me/intake', intake),
  assessment: () => getJson<StoredAssessment>('/api/v1/me/assessment'),
  program: () => getJson<FollowedProgram>('/api/v1/me/program'),
  sessionToday: () => getJson<SessionToday>('/api/v1/me/session/today'),
  sendSession: (report: SessionReport) => sendJson<SessionAnswer>('POST', '/api/v1/me/sessions', report),
};
