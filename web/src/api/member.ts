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

/** A question the intake left open that would change the answer (docs/api-contract.md). */
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

/** A dose as the server sends it, with its words ("2 sets of 10, rest 30 seconds"). */
export interface ServedDose {
  sets: number;
  reps: number;
  hold_seconds: number;
  minutes?: number;
  sides: 'both' | 'each';
  rest_seconds: number;
  /** The server's one wording of this dose: the app never words a dose itself. */
  dose_words: string;
}

export interface Prescription extends ServedDose {
  exercise_id: string;
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
export interface FollowedProgram {
  program: Program;
  paused: boolean;
  sessions: number;
  started_on: string;
  program_day: number;
}

export interface TodayExercise extends Prescription {
  name: string;
  keyframes: string;
  /** The lighter dose "This hurts" offers (the server's rule, the program's own step down). */
  lighter?: ServedDose;
}

export interface SessionToday {
  date: string;
  program_day: number;
  strength_day: boolean;
  paused: boolean;
  exercises: TodayExercise[];
  resting: TodayExercise[];
  note: string;
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
  program: Program;
}

export const memberApi = {
  checkEligibility: (who: Identity) => sendJson<Eligibility>('POST', '/api/v1/eligibility/check', who),
  signUp: (who: Identity, password: string) => sendJson<unknown>('POST', '/api/v1/auth/signup', { ...who, password }),
  sendIntake: (intake: object) => sendJson<IntakeAnswer>('POST', '/api/v1/me/intake', intake),
  assessment: () => getJson<StoredAssessment>('/api/v1/me/assessment'),
  program: () => getJson<FollowedProgram>('/api/v1/me/program'),
  sessionToday: () => getJson<SessionToday>('/api/v1/me/session/today'),
  sendSession: (report: SessionReport) => sendJson<SessionAnswer>('POST', '/api/v1/me/sessions', report),
};
