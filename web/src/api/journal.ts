// The member's own record for the journal screens: progress, check-ins, questionnaires, messages
// and the account. Shapes follow the route handlers in src/api/me/ and
// instruments.cpp; times from the server are epoch milliseconds.
import { getJson, sendJson, seg } from '../api';
import type { Reason, Tier } from './member';

export interface CheckinPoint {
  at: number;
  pain: number;
  flare: boolean;
}

export interface SessionPoint {
  at: number;
  pain_before: number;
  pain_after: number;
  next_morning_pain: number | null;
  exercises_done: number;
  exercises_planned: number;
}

export interface Adherence {
  sessions_done: number;
  /** Days so far on which the program planned exercise. */
  planned_days: number;
  /** Planned days on which a session was logged. */
  active_days: number;
  /** Planned days in a row with a session, counting back from today. */
  streak_days: number;
}

export interface LevelPoint {
  at: number;
  phase: string;
  steps_up: number;
  sessions: number;
  paused: boolean;
}

/** One filled-in questionnaire's score, as GET /me/progress lists them per instrument id. */
export interface ScorePoint {
  taken_at: number;
  score: number;
  band: string | null;
}

export interface Progress {
  pain: { checkins: CheckinPoint[]; sessions: SessionPoint[] };
  adherence: Adherence;
  levels: LevelPoint[];
  /** Per instrument id, its scores oldest first (servers before questionnaires had none). */
  instruments?: Record<string, ScorePoint[]>;
}

/** The server's judgement of the warning-sign answers, the same block a session's flare check gets. */
export interface FlareScreen {
  tier: Tier;
  reasons: Reason[];
  advice: string[];
}

export interface CheckinAnswer {
  /** Present when the check-in carried warning-sign answers; the screen shows it first. */
  flare_check?: FlareScreen;
  id: string;
  at: number;
  pain: number;
  flare: boolean;
  /** With flare_check: true when the program is paused now (a warning sign pauses it). */
  paused?: boolean;
  advice: string;
  /** A flare sent without the answers: the questions to ask (older clients). */
  safety_questions?: { field: string; question: string }[];
}

export interface Message {
  id: string;
  from: 'member' | 'care_team';
  body: string;
  sent_at: number;
  read: boolean;
  /** Who on the care team wrote it ("Robin Hale"); absent on the member's own messages. */
  by?: string;
}

export interface Conversation {
  messages: Message[];
  /** How many care-team messages were unread before this fetch marked them read. */
  unread: number;
  /** The member's own therapist (member side only); null while none is assigned. */
  therapist?: { name: string } | null;
}

export interface InstrumentAnswerOption {
  value: number;
  label: string;
}

export interface InstrumentItem {
  id: string;
  text: string;
  /** The person names this item themselves (e.g. an activity that is hard for them). */
  named_by_person: boolean;
  answers: InstrumentAnswerOption[];
}

export interface Instrument {
  id: string;
  title: string;
  instructions: string;
  licence: string;
  items: InstrumentItem[];
  scoring: { kind: string; min_answered: number };
  bands: { code: string; label: string; min: number | null; max: number | null }[];
}

export interface GivenAnswer {
  item: string;
  value: number;
  named?: string;
}

export interface Safety {
  concern: string;
  title: string;
  steps: string[];
  care_team_told: boolean;
}

export interface InstrumentResult {
  id: string;
  instrument: string;
  title: string;
  score: number;
  band: { code: string; label: string } | null;
  interpretation: string;
  taken_at: number;
  care_team_told: boolean;
  safety: Safety | null;
}

export const journal = {
  progress: () => getJson<Progress>('/api/v1/me/progress'),
  checkIn: (pain: number, flare: boolean, notes: string, flareCheck?: Record<string, unknown>) =>
    sendJson<CheckinAnswer>('POST', '/api/v1/me/checkins', {
      pain,
      flare,
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      ...(flareCheck ? { flare_check: flareCheck } : {}),
    }),
  instruments: () => getJson<{ instruments: Instrument[] }>('/api/v1/instruments').then((r) => r.instruments),
  answerInstrument: (id: string, answers: GivenAnswer[], clientId: string) =>
    sendJson<InstrumentResult>('POST', `/api/v1/me/instruments/${seg(id)}/responses`, { answers, client_id: clientId }),
  messages: () => getJson<Conversation>('/api/v1/me/messages'),
  sendMessage: (body: string) => sendJson<{ message: Message }>('POST', '/api/v1/me/messages', { body }).then((r) => r.message),
  changePassword: (current: string, next: string) =>
    sendJson<void>('POST', '/api/v1/me/password', { current_password: current, new_password: next }),
  deleteAccount: (password: string) => sendJson<void>('DELETE', '/api/v1/me', { password }),
  /** The whole record as FHIR JSON text, exactly as the server wrote it. */
  exportRecord: async (): Promise<Blob> => {
    const res = await fetch('/api/v1/me/export', { headers: { Accept: 'application/fhir+json' } });
    if (!res.ok) throw new Error(`The server answered ${res.status}.`);
    return res.blob();
  },
  reportUrl: '/api/v1/me/report',
};
