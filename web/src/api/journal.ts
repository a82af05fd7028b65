// The member's own record for the journal screens: progress, check-ins, questionnaires, messages
// and the account. Times from the server are epoch milliseconds.
import { getJson, sendJson, seg } from '../api';
import type { Answer, RequestBody, Schemas } from './contract';

// Shapes are the server's own, generated from its OpenAPI document (./contract.ts).
export type Progress = Answer<'/api/v1/me/progress', 'get'>;
export type CheckinPoint = Progress['pain']['checkins'][number];
export type SessionPoint = Progress['pain']['sessions'][number];
/** planned_days: days so far the program planned exercise; active_days: of those, with a
 * session; streak_days: planned days in a row with a session, counting back from today. */
export type Adherence = Progress['adherence'];
export type LevelPoint = Progress['levels'][number];
/** One filled-in questionnaire's score, as GET /me/progress lists them per instrument id. */
export type ScorePoint = Progress['instruments'][string][number];

/** The server's judgement of the warning-sign answers, the same block a session's flare check gets. */
export type FlareScreen = Schemas['FlareOutcome'];
export type CheckinAnswer = Answer<'/api/v1/me/checkins', 'post', 201>;
/** One warning-sign question a flare-up asks (field: where the answer goes in flare_check). */
export type FlareQuestion = Answer<'/api/v1/flare-questions', 'get'>['questions'][number];

export type Message = Schemas['Message'];
/** unread: how many care-team messages were unread before this fetch marked them read. */
export type Conversation = Schemas['Conversation'];

export type Instrument = Schemas['Instrument'];
export type InstrumentItem = Instrument['items'][number];
export type InstrumentAnswerOption = InstrumentItem['answers'][number];
export type GivenAnswer = RequestBody<'/api/v1/me/instruments/{id}/responses', 'post'>['answers'][number];
export type InstrumentResult = Schemas['InstrumentScore'];
export type Safety = NonNullable<InstrumentResult['safety']>;

export const journal = {
  progress: () => getJson<Progress>('/api/v1/me/progress'),
  flareQuestions: () =>
    getJson<Answer<'/api/v1/flare-questions', 'get'>>('/api/v1/flare-questions').then((r) => r.questions),
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
