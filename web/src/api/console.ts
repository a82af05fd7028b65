// The care team's and admins' calls: the therapist queue and member record (src/api/care/), the
// admin's organizations, rosters, staff and audit log, and the organization admin's report.
import { getJson, seg, sendJson } from '../api';
import type { Answer, Schemas } from './contract';

// Shapes are the server's own, generated from its OpenAPI document (./contract.ts), where the
// document describes them in full; the care record's program and intake are still typed here.
export type QueueEntry = Schemas['QueueEntry'];
/** The queue's bands, decided by the server (src/core/care/queue.hpp). */
export type Priority = QueueEntry['priority'];

export interface Dose {
  exercise_id: string;
  sets: number;
  reps: number;
  hold_seconds: number;
  sides: 'both' | 'each';
  rest_seconds: number;
  /** The server's wording of the dose; absent in a draft the therapist is still writing. */
  dose_words?: string;
}

export interface Prescription extends Dose {
  minutes: number;
  pattern: string;
  why: string;
}

export interface PatternScore {
  id: string;
  score: number;
  evidence: string[];
}

export interface Assessment {
  tier: 'emergency' | 'urgent' | 'routine' | 'self_care';
  reasons: { code: string; text: string }[];
  patterns: PatternScore[];
  advice: string[];
  instruments: string[];
}

export interface SessionLog {
  at: number;
  program_day: number;
  pain_before: number;
  pain_after: number;
  next_morning_pain: number | null;
  exercises_done: number;
  exercises_planned: number;
}

export interface Checkin {
  at: number;
  pain: number;
  flare: boolean;
  notes: string | null;
}

export interface CareFlag {
  /** Absent on records from servers before flags could be marked handled. */
  id?: string;
  kind: string;
  source: string;
  reason_codes: string[];
  created_at: number;
  open: boolean;
  /** Once a therapist marked it handled: when, who (null when the account is gone) and what they did. */
  handled?: { at: number; by: string | null; note: string };
}

export type ClinicalNote = Schemas['ClinicalNote'];

export interface ProgramOverride {
  id: string;
  therapist_id?: string;
  exercises: Dose[];
  note: string;
  created_at: number;
  applied: boolean;
}

/** One questionnaire's newest score, and how many times the member has filled it in. */
export interface InstrumentScore {
  score: number;
  band: string | null;
  taken_at: number;
  times_taken: number;
}

export interface MemberRecord {
  member: {
    id: string;
    first_name: string;
    last_name: string;
    email: string;
    date_of_birth: string;
    organization_id: string;
    enrolled_at: number;
    /** The phone number the member gave (with its tel: link) and when it is safe to call. */
    contact?: { phone: string | null; tel: string | null; call_time: string | null };
  };
  therapist_id: string;
  unread_messages: number;
  program_override: ProgramOverride | null;
  intake: { id: string; created_at: number; tier: string; assessment: Assessment } | null;
  program: {
    started_at: number;
    updated_at: number;
    paused: boolean;
    state: { phase: string; exercises: { current: Prescription }[]; paused: boolean; sessions: number };
  } | null;
  history: {
    sessions: SessionLog[];
    checkins: Checkin[];
    program_levels: { at: number; phase: string; steps_up: number; sessions: number; paused: boolean }[];
    care_flags: CareFlag[];
  };
  /** Therapists only. */
  notes?: ClinicalNote[];
  /** By instrument id (e.g. phq9); empty when none was filled in. */
  instruments?: Record<string, InstrumentScore>;
  /** Who opened the record from outside the care team, and why (newest first). */
  break_glass?: BreakGlassEntry[];
  /** This reader holds break-glass access rather than caring for the member. */
  opened_by_break_glass?: boolean;
}

export interface BreakGlassEntry {
  by: string;
  by_role: string;
  reason: string;
  opened_at: number;
  expires_at: number;
}

export type Message = Schemas['Message'];

export interface Organization {
  id: string;
  name: string;
  enrollment_code: string;
  roster_size?: number;
}

export type RosterReport = Answer<'/api/v1/admin/organizations/{id}/roster', 'post'>;

export type StaffRole = 'therapist' | 'org_admin' | 'admin';

export interface NewStaff {
  role: StaffRole;
  first_name: string;
  last_name: string;
  email: string;
  password: string;
  organization_id?: string;
}

export type AuditPage = Answer<'/api/v1/admin/audit', 'get'>;
/** actor_name: the account's name now; "deleted member" once a member erased their data. */
export type AuditRow = AuditPage['entries'][number];

/** One staff account in the admin's list; `caseload` counts a therapist's members (null for others). */
export type StaffMember = Answer<'/api/v1/admin/staff', 'get'>['staff'][number];

/** A member as the admin sees them when moving them between therapists: no health data. */
export type CaseloadMember = Answer<'/api/v1/admin/members', 'get'>['members'][number];

interface Paged {
  next_after: string | null;
}

/** Follows next_after until the last page, so a screen gets the whole list. */
async function everyPage<T>(fetchPage: (after: string) => Promise<Paged & { items: T[] }>): Promise<T[]> {
  const out: T[] = [];
  let after = '';
  for (;;) {
    const page = await fetchPage(after);
    out.push(...page.items);
    if (!page.next_after) return out;
    after = page.next_after;
  }
}

/** A figure of the organization report; null when fewer than 11 people make it up. */
export type Figure = number | null;

export type OrgReport = Answer<'/api/v1/org/report', 'get'>;

const member = (id: string) => `/api/v1/care/members/${seg(id)}`;

export const consoleApi = {
  queue: () => getJson<{ members: QueueEntry[] }>('/api/v1/care/queue').then((r) => r.members),
  record: (id: string) => getJson<MemberRecord>(member(id)),
  breakGlass: (id: string, reason: string) =>
    sendJson<{ member_id: string; expires_at: number }>('POST', `${member(id)}/break-glass`, { reason }),
  changeProgram: (id: string, exercises: Dose[], note: string) =>
    sendJson<{ program_override: ProgramOverride }>('PUT', `${member(id)}/program`, { exercises, note }).then(
      (r) => r.program_override,
    ),
  handleFlag: (id: string, flagId: string, note: string) =>
    sendJson<{ flag: { id: string; handled_at: number; note: string } }>('POST', `${member(id)}/flags/${seg(flagId)}/handled`, { note }).then((r) => r.flag),
  addNote: (id: string, body: string) =>
    sendJson<{ note: ClinicalNote }>('POST', `${member(id)}/notes`, { body }).then((r) => r.note),
  messages: (id: string) => getJson<{ messages: Message[]; unread: number }>(`${member(id)}/messages`),
  sendMessage: (id: string, body: string) =>
    sendJson<{ message: Message }>('POST', `${member(id)}/messages`, { body }).then((r) => r.message),

  organizations: () =>
    getJson<{ organizations: Organization[] }>('/api/v1/admin/organizations').then((r) => r.organizations),
  addOrganization: (name: string, enrollment_code: string) =>
    sendJson<Organization>('POST', '/api/v1/admin/organizations', { name, enrollment_code }),
  uploadRoster: (organizationId: string, csv: string) =>
    sendJson<RosterReport>('POST', `/api/v1/admin/organizations/${seg(organizationId)}/roster`, csv, 'text/csv'),
  addStaff: (staff: NewStaff) =>
    sendJson<{ account: { id: string; email: string; role: StaffRole } }>('POST', '/api/v1/admin/staff', staff).then(
      (r) => r.account,
    ),
  staff: () =>
    everyPage((after) =>
      getJson<Paged & { staff: StaffMember[] }>('/api/v1/admin/staff', { after, limit: '1000' }).then((r) => ({
        next_after: r.next_after,
        items: r.staff,
      })),
    ),
  caseload: (therapistId: string) =>
    everyPage((after) =>
      getJson<Paged & { members: CaseloadMember[] }>('/api/v1/admin/members', {
        therapist_id: therapistId,
        after,
        limit: '1000',
      }).then((r) => ({ next_after: r.next_after, items: r.members })),
    ),
  moveMember: (memberId: string, therapistId: string) =>
    sendJson<{ member_id: string; therapist_id: string }>('PUT', `/api/v1/admin/members/${seg(memberId)}/therapist`, {
      therapist_id: therapistId,
    }),
  audit: (after: number, limit: number) =>
    getJson<AuditPage>('/api/v1/admin/audit', { after: String(after), limit: String(limit) }),

  report: (from?: string, to?: string) =>
    getJson<OrgReport>(`/api/v1/org/report${from && to ? `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` : ''}`),
  reportCsvUrl: (from: string, to: string) => `/api/v1/org/report/csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
  /** Removes a staff member's two-step login (a lost phone); their sessions end, they enrol again. */
  resetSecondFactor: (accountId: string) =>
    sendJson<{ id: string; second_factor: boolean }>('DELETE', `/api/v1/admin/accounts/${seg(accountId)}/second-factor`),
  setDisabled: (accountId: string, disabled: boolean) =>
    sendJson<{ id: string; disabled: boolean }>('POST', `/api/v1/admin/accounts/${seg(accountId)}/${disabled ? 'disable' : 'enable'}`),
  security: () => getJson<{ staff_totp_required: boolean }>('/api/v1/admin/security'),
  setSecurity: (staffTotpRequired: boolean) =>
    sendJson<{ staff_totp_required: boolean }>('PUT', '/api/v1/admin/security', { staff_totp_required: staffTotpRequired }),
};
