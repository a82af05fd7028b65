// Video visits (src/api/visits/): the visit's facts, its ICE servers, the therapist's note, and
// the address of the visit room's WebSocket.
import { getJson, seg, sendJson } from '../api';

export type Participant = 'member' | 'therapist';

export interface VisitRecord {
  started_at: number;
  ended_at: number | null;
  duration_seconds: number;
  /** Therapists only. */
  note?: string;
  note_written_at?: number | null;
}

export interface VisitPage {
  appointment: { id: string; starts_at: number; ends_at: number; status: string };
  you: Participant;
  other: { role: Participant; first_name: string; name: string };
  room: { open: boolean; detail: string; opens_at: number; closes_at: number; other_present: boolean };
  visit: VisitRecord | null;
  /** Therapists only: whose record to show beside the video. */
  member_id?: string;
}

export interface IceAnswer {
  ice_servers: RTCIceServer[];
  expires_at: number;
}

export const visitsApi = {
  visit: (id: string) => getJson<VisitPage>(`/api/v1/visits/${seg(id)}`),
  ice: (id: string) => getJson<IceAnswer>(`/api/v1/visits/${seg(id)}/ice`),
  writeNote: (id: string, note: string) =>
    sendJson<{ visit: VisitRecord }>('PUT', `/api/v1/visits/${seg(id)}/note`, { note }).then((r) => r.visit),
  roomUrl: (id: string, where: Location = window.location) =>
    `${where.protocol === 'https:' ? 'wss:' : 'ws:'}//${where.host}/api/v1/visits/${seg(id)}/signal`,
};
