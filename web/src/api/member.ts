// The member's own API calls: joining, the intake and its result, the program, today's session
// and how it went. Shapes follow src/api/auth/eligibility.cpp, auth_signup.cpp, me_intake.cpp,
// me_assessment.cpp, me_program.cpp and me_sessions.cpp.
import { getJson, sendJson } from '../api';

export interface Identity {
  first_name: string;
  last_name: string;
  date_of_birth: string;
  email: string;
  enrollment_code: string;
}

/** What the member can do for their program (the intake's prefs). */
export interface Preferences {
  minutes_per_day?: number;
  floor_ok?: boolean;
  kneeling_ok?: boolean;
  equipment?: string[];
}

/** An optional phone number and when it is safe to call ("" when not given). */
export interface Contact {
  phone: string;
  call_time: string;
}

export interface Eligibility {
  eligible: boolean;
  organization: string;
}

export type Tier = 'emergency' | 'urgent' | 'routine' | 'self_care';

export interface Reason {
  code: string;
  text: string;
}

export interface PatternScore {
  id: string;
  score: number;
  evidence: string[];
}

/** A question the intake left open that would change the answer (INTAKE-V2.md). */
export interface FollowUp {
  /** The intake field the answer goes in, e.g. red_flags.bilateral_leg_symptoms. */
  field: string;
  question: string;
}

export interface Assessment {
  tier: Tier;
  reasons: Reason[];
  patterns: PatternScore[];
  advice: string[];
  instruments: string[];
  follow_up?: FollowUp[];
}

export interface Prescription {
  exercise_id: string;
  sets: number;
  reps: number;
  hold_seconds: number;
  minutes?: number;
  sides: 'both' | 'each';
  rest_seconds: number;
  why: string;
}

export interface Program {
  phase: string;
  minutes: number;
  exercises: Prescription[];
  tips: string[];
}

export interface IntakeAnswer {
  assessment: Assessment;
  program?: Program;
}

/** The latest intake's result as the server keeps it; assessment is null before any intake. */
export interface StoredAssessment {
  assessment: Assessment | null;
  taken_at?: number;
  taken_on?: string;
  has_program: boolean;
}

/** The program the member follows now (their therapist's changes included). */
/** The therapist's newest change to the program, with the note they wrote for the member. */
export interface TherapistChange {
  message: string;
  note: string;
  /** The therapist's name ("Robin Hale"), or "your therapist" when the account is gone. */
  by: string;
  at: number;
  /** The day of the change, YYYY-MM-DD (UTC). */
  on: string;
}

export interface FollowedProgram {
  program: Program;
  paused: boolean;
  sessions: number;
  started_on: string;
  program_day: number;
  therapist_change?: TherapistChange | null;
}

export interface TodayExercise extends Prescription {
  name: string;
  keyframes: string;
}

export interface SessionToday {
  date: string;
  program_day: number;
  strength_day: boolean;
  paused: boolean;
  exercises: TodayExercise[];
  resting: TodayExercise[];
  note: string;
  therapist_change?: TherapistChange | null;
}

export type Difficulty = 'easy' | 'right' | 'hard';

export interface ExerciseReport {
  exercise_id: string;
  done: boolean;
  pain: number;
  difficulty: Difficulty;
}

export interface SessionReport {
  client_id: string;
  pain_before: number;
  pain_after: number;
  exercises: ExerciseReport[];
}

export interface Change {
  exercise_id?: string;
  action: string;
  reason: string;
}

export interface SessionAnswer {
  changes: Change[];
  paused: boolean;
  flare_check?: { tier: Tier; reasons: Reason[]; advice: string[] };
  /** Pain three or more points up and no flare check sent: offer it, and a message to the therapist. */
  pain_rise?: { points: number; offer: string };
  program: Program;
}

export const memberApi = {
  checkEligibility: (who: Identity) => sendJson<Eligibility>('POST', '/api/v1/eligibility/check', who),
  signUp: (who: Identity, password: string, contact: Contact = { phone: '', call_time: '' }) =>
    sendJson<unknown>('POST', '/api/v1/auth/signup', { ...who, password, phone: contact.phone.trim(), call_time: contact.call_time.trim() }),
  changeContact: (contact: Contact) =>
    sendJson<{ account: unknown }>('PUT', '/api/v1/me/contact', { phone: contact.phone.trim(), call_time: contact.call_time.trim() }),
  preferences: () => getJson<{ prefs: Preferences | null }>('/api/v1/me/preferences'),
  changePreferences: (prefs: Preferences) =>
    sendJson<{ changes: string[]; therapist_plan?: string; program: Program }>('PUT', '/api/v1/me/preferences', prefs),
  intakeDraft: () => getJson<{ draft: { answers: Record<string, unknown>; step: string; saved_at: number } | null }>('/api/v1/me/intake/draft'),
  saveIntakeDraft: (answers: object, step: string) => sendJson<{ saved_at: number }>('PUT', '/api/v1/me/intake/draft', { answers, step }),
  sendIntake: (intake: object) => sendJson<IntakeAnswer>('POST', '/api/v1/me/intake', intake),
  assessment: () => getJson<StoredAssessment>('/api/v1/me/assessment'),
  program: () => getJson<FollowedProgram>('/api/v1/me/program'),
  sessionToday: () => getJson<SessionToday>('/api/v1/me/session/today'),
  sendSession: (report: SessionReport) => sendJson<SessionAnswer>('POST', '/api/v1/me/sessions', report),
};
