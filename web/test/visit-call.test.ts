import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VisitCall, type CallPhase, type ChatLine } from '../src/screens/visits/call';
import { deviceProblemWords, durationWords, reconnectDelayMs } from '../src/screens/visits/visitWords';

// A WebSocket and an RTCPeerConnection stand-in, recording what the call does with them.
class FakeSocket {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  closedWith: number | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  close(code: number) {
    this.closedWith = code;
  }
  open() {
    this.readyState = 1;
  }
  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop(code: number) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

class FakePeer {
  transceivers: { kind: string; direction: string }[] = [];
  remoteDescription: RTCSessionDescriptionInit | null = null;
  localDescription: RTCSessionDescriptionInit | null = null;
  candidates: RTCIceCandidateInit[] = [];
  closed = false;
  connectionState = 'new';
  ontrack: unknown = null;
  onicecandidate: unknown = null;
  onconnectionstatechange: (() => void) | null = null;
  constructor(readonly config: RTCConfiguration) {}
  addTransceiver(kind: string, init: { direction: string }) {
    this.transceivers.push({ kind, direction: init.direction });
  }
  getTransceivers() {
    return [];
  }
  async createOffer(options: { iceRestart?: boolean }) {
    return { type: 'offer', sdp: options.iceRestart ? 'offer-restart' : 'offer-1' };
  }
  async createAnswer() {
    return { type: 'answer', sdp: 'answer-1' };
  }
  async setLocalDescription(d: RTCSessionDescriptionInit) {
    this.localDescription = d;
  }
  async setRemoteDescription(d: RTCSessionDescriptionInit) {
    this.remoteDescription = d;
  }
  async addIceCandidate(c: RTCIceCandidateInit) {
    this.candidates.push(c);
  }
  close() {
    this.closed = true;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(role: 'member' | 'therapist', roomOpen = true) {
  const sockets: FakeSocket[] = [];
  const peers: FakePeer[] = [];
  const phases: CallPhase[] = [];
  const chat: ChatLine[] = [];
  const problems: string[] = [];
  let ended = '';
  const call = new VisitCall({
    roomUrl: 'ws://127.0.0.1/api/v1/visits/a1/signal',
    role,
    local: null,
    iceServers: async () => [{ urls: 'stun:stun.clinic.example:3478' }],
    roomOpen: async () => roomOpen,
    events: {
      phase: (p, detail) => {
        phases.push(p);
        if (p === 'ended') ended = detail ?? '';
      },
      remoteStream: () => {},
      chat: (line) => chat.push(line),
      otherMedia: () => {},
      problem: (d) => problems.push(d),
    },
    makeSocket: () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s as unknown as WebSocket;
    },
    makePeer: (config) => {
      const p = new FakePeer(config);
      peers.push(p);
      return p as unknown as RTCPeerConnection;
    },
    now: () => 1000,
  });
  call.start();
  sockets[0].open();
  return { call, sockets, peers, phases, chat, problems, ended: () => ended };
}

beforeEach(() => {
  vi.stubGlobal(
    'MediaStream',
    class {
      addTrack() {}
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('a visit call', () => {
  it('waits alone, then the therapist offers when the member arrives', async () => {
    const t = setUp('therapist');
    t.sockets[0].receive({ type: 'welcome', you: 'therapist', other_present: false, polite: false, closes_at: 0 });
    await settle();
    expect(t.phases.at(-1)).toBe('waiting');
    expect(t.peers).toHaveLength(0);
    t.sockets[0].receive({ type: 'peer-joined', role: 'member' });
    await settle();
    expect(t.peers).toHaveLength(1);
    expect(t.peers[0].config.iceServers).toEqual([{ urls: 'stun:stun.clinic.example:3478' }]);
    // No camera: still asks to receive both.
    expect(t.peers[0].transceivers).toEqual([
      { kind: 'audio', direction: 'recvonly' },
      { kind: 'video', direction: 'recvonly' },
    ]);
    expect(t.sockets[0].sent.filter((m) => m.type === 'offer')).toEqual([{ type: 'offer', sdp: 'offer-1' }]);
    // Candidates that come before the answer wait for it.
    t.sockets[0].receive({ type: 'candidate', candidate: { candidate: 'c1', sdpMid: '0', sdpMLineIndex: 0 } });
    t.sockets[0].receive({ type: 'answer', sdp: 'answer-1' });
    await settle();
    expect(t.peers[0].remoteDescription).toEqual({ type: 'answer', sdp: 'answer-1' });
    expect(t.peers[0].candidates).toEqual([{ candidate: 'c1', sdpMid: '0', sdpMLineIndex: 0 }]);
  });

  it('the member answers the offer and never offers first', async () => {
    const m = setUp('member');
    m.sockets[0].receive({ type: 'welcome', you: 'member', other_present: true, polite: true, closes_at: 0 });
    await settle();
    expect(m.peers).toHaveLength(0);
    expect(m.phases.at(-1)).toBe('joining');
    m.sockets[0].receive({ type: 'offer', sdp: 'offer-1' });
    await settle();
    expect(m.peers).toHaveLength(1);
    expect(m.sockets[0].sent.filter((s) => s.type === 'answer')).toEqual([{ type: 'answer', sdp: 'answer-1' }]);
    expect(m.sockets[0].sent.some((s) => s.type === 'offer')).toBe(false);
  });

  it('chats, and tells the other side when a line could not go', async () => {
    const m = setUp('member');
    expect(m.call.sendChat('Hello')).toBe(true);
    expect(m.sockets[0].sent.at(-1)).toEqual({ type: 'chat', text: 'Hello' });
    expect(m.chat).toEqual([{ from: 'you', text: 'Hello', at: 1000 }]);
    m.sockets[0].receive({ type: 'chat', text: 'Hi Maya', from: 'therapist', at: 2000 });
    m.sockets[0].receive({ type: 'error', detail: 'The other person is not in the room.' });
    await settle();
    expect(m.chat.at(-1)).toEqual({ from: 'therapist', text: 'Hi Maya', at: 2000 });
    expect(m.problems).toEqual(['The other person is not in the room.']);
    m.sockets[0].readyState = 3;
    expect(m.call.sendChat('Are you there?')).toBe(false);
  });

  it('re-joins after a dropped connection, and stops when the room has closed', async () => {
    vi.useFakeTimers();
    const m = setUp('member');
    m.sockets[0].drop(1006);
    expect(m.phases.at(-1)).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(1000);
    expect(m.sockets).toHaveLength(2);
    const closed = setUp('member', false);
    closed.sockets[0].drop(1006);
    await vi.advanceTimersByTimeAsync(1000);
    expect(closed.sockets).toHaveLength(1);
    expect(closed.ended()).toBe('The visit room has closed.');
  });

  it('does not re-join after the end, a re-join elsewhere or the end of the slot', () => {
    for (const [code, words] of [
      [1000, 'The visit has ended.'],
      [4001, 'You joined this visit from another window or device, so this one has stopped.'],
      [4003, 'The time for this visit is over.'],
    ] as const) {
      const t = setUp('therapist');
      t.sockets[0].drop(code);
      expect(t.ended()).toBe(words);
      expect(t.sockets).toHaveLength(1);
    }
  });

  it('ending sends bye and closes; the other person leaving sends it back to waiting', async () => {
    const t = setUp('therapist');
    t.sockets[0].receive({ type: 'peer-joined', role: 'member' });
    await settle();
    t.sockets[0].receive({ type: 'peer-left', role: 'member', ended: false });
    await settle();
    expect(t.peers[0].closed).toBe(true);
    expect(t.phases.at(-1)).toBe('waiting');
    t.call.end();
    expect(t.sockets[0].sent.at(-1)).toEqual({ type: 'bye' });
    expect(t.sockets[0].closedWith).toBe(1000);
    expect(t.ended()).toBe('You ended the visit.');
  });

  it('restarts ICE on the same connection when the network drops (therapist)', async () => {
    vi.useFakeTimers();
    const t = setUp('therapist');
    t.sockets[0].receive({ type: 'peer-joined', role: 'member' });
    await vi.advanceTimersByTimeAsync(0);
    t.peers[0].connectionState = 'disconnected';
    t.peers[0].onconnectionstatechange?.();
    expect(t.phases.at(-1)).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(3000);
    expect(t.peers).toHaveLength(1);
    expect(t.sockets[0].sent.filter((m) => m.type === 'offer').at(-1)).toEqual({ type: 'offer', sdp: 'offer-restart' });
  });
});

describe('visit words', () => {
  it('says how long a visit took', () => {
    expect(durationWords(30)).toBe('less than a minute');
    expect(durationWords(60)).toBe('1 minute');
    expect(durationWords(25 * 60 + 59)).toBe('25 minutes');
    expect(durationWords(65 * 60)).toBe('1 hour 5 minutes');
    expect(durationWords(120 * 60)).toBe('2 hours');
  });

  it('explains a blocked camera in plain words', () => {
    expect(deviceProblemWords(new DOMException('x', 'NotAllowedError'))).toMatch(/blocking the camera/);
    expect(deviceProblemWords(new DOMException('x', 'NotFoundError'))).toMatch(/could not find a camera/);
    expect(deviceProblemWords(new DOMException('x', 'NotReadableError'))).toMatch(/Another app/);
    expect(deviceProblemWords(new Error('?'))).toMatch(/join without them/);
  });

  it('waits longer between re-joins, up to ten seconds', () => {
    expect([0, 1, 2, 3, 4, 9].map(reconnectDelayMs)).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
  });
});
