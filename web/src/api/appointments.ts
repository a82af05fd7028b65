// Telehealth appointments: the therapist's availability, open slots, booking, the member's and
// the therapist's visits, and the private calendar feed. Shapes follow src/api/visits/*.cpp;
// times are epoch milliseconds (UTC); availability times are "HH:MM" in the therapist's zone.
import { getJson, sendJson, seg } from '../api';

export interface WeeklyTime {
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  start: string;
  end: string;
}

export interface OneOffChange {
  day: string;
  start: string;
  end: string;
  kind: 'open' | 'closed';
}

export interface Availability {
  set?: boolean;
  time_zone: string;
  slot_minutes: 15 | 30 | 45;
  weekly: WeeklyTime[];
  days_off: string[];
  exceptions: OneOffChange[];
}

export interface Slot {
  starts_at: number;
  ends_at: number;
}

export interface Slots {
  from: number;
  to: number;
  slots: Slot[];
  therapist_name: string | null;
  therapist_time_zone: string | null;
  slot_minutes: number;
}

export type VisitStatus = 'booked' | 'cancelled' | 'missed' | 'completed';

export interface Visit {
  id: string;
  starts_at: number;
  ends_at: number;
  status: VisitStatus;
  booked_by: 'member' | 'therapist';
  can_change: boolean;
  change_until: number;
  join_open: boolean;
  /** The video visit screen: /visits/{id}. */
  visit_path: string;
  calendar_path: string;
  cancelled_at?: number;
  /** Member's view */
  therapist_name?: string;
  reminder?: '' | 'day_before' | 'starting_soon' | 'in_progress';
  /** Therapist's view */
  member_id?: string;
  member_name?: string;
  countdown?: string;
}

export interface Feed {
  active: boolean;
  created_at?: number;
  /** Only right after making one: the secret address. */
  path?: string;
}

const q = (n: number | undefined) => (n === undefined ? undefined : String(n));

export const appointmentsApi = {
  availability: () => getJson<Availability>('/api/v1/care/availability'),
  saveAvailability: (a: Availability) => sendJson<Availability>('PUT', '/api/v1/care/availability', a),
  slots: (from?: number, to?: number) => getJson<Slots>('/api/v1/me/appointments/slots', { from: q(from), to: q(to) }),
  mine: () => getJson<{ upcoming: Visit[]; past: Visit[] }>('/api/v1/me/appointments'),
  book: (slot: Slot) =>
    sendJson<{ appointment: Visit }>('POST', '/api/v1/me/appointments', slot).then((r) => r.appointment),
  move: (id: string, slot: Slot) =>
    sendJson<{ appointment: Visit }>('PATCH', `/api/v1/me/appointments/${seg(id)}`, slot).then((r) => r.appointment),
  cancel: (id: string) =>
    sendJson<{ appointment: Visit }>('DELETE', `/api/v1/me/appointments/${seg(id)}`).then((r) => r.appointment),
  careList: (from?: number, to?: number) =>
    getJson<{ appointments: Visit[] }>('/api/v1/care/appointments', { from: q(from), to: q(to) }).then(
      (r) => r.appointments,
    ),
  careBook: (memberId: string, slot: Slot) =>
    sendJson<{ appointment: Visit }>('POST', `/api/v1/care/members/${seg(memberId)}/appointments`, slot).then(
      (r) => r.appointment,
    ),
  careCancel: (id: string) =>
    sendJson<{ appointment: Visit }>('DELETE', `/api/v1/care/appointments/${seg(id)}`).then((r) => r.appointment),
  feed: () => getJson<Feed>('/api/v1/me/calendar-feed'),
  newFeed: () => sendJson<Feed>('POST', '/api/v1/me/calendar-feed'),
  stopFeed: () => sendJson<void>('DELETE', '/api/v1/me/calendar-feed'),
};
