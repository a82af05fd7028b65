// One side of a video visit: the visit room's WebSocket (signalling and chat, relayed by the
// server to the other person only) and the WebRTC connection that carries the media straight
// between the two browsers. The therapist always makes the offers (also the ICE restarts after a
// network drop); the member answers. When the other person leaves or the socket drops, the
// call goes back to waiting and re-joins by itself; a new arrival gets a fresh connection.
import { callWords, finalCloseWords, reconnectDelayMs } from './visitWords';

export type CallPhase = 'connecting' | 'waiting' | 'joining' | 'connected' | 'reconnecting' | 'ended';

export interface ChatLine {
  from: 'you' | 'member' | 'therapist';
  text: string;
  at: number;
}

export interface CallEvents {
  phase(phase: CallPhase, detail?: string): void;
  remoteStream(stream: MediaStream | null): void;
  chat(line: ChatLine): void;
  otherMedia(media: { audio: boolean; video: boolean }): void;
  /** A message the server refused, or a chat line that could not be delivered. */
  problem(detail: string): void;
}

export interface CallOptions {
  roomUrl: string;
  role: 'member' | 'therapist';
  local: MediaStream | null;
  /** Fresh ICE servers for each new connection (TURN credentials expire). */
  iceServers: () => Promise<RTCIceServer[]>;
  /** Whether the room is still open, asked before re-joining after a drop. */
  roomOpen: () => Promise<boolean>;
  events: CallEvents;
  makeSocket?: (url: string) => WebSocket;
  makePeer?: (config: RTCConfiguration) => RTCPeerConnection;
  now?: () => number;
}

type Incoming =
  | { type: 'welcome'; you: string; other_present: boolean; polite: boolean; closes_at: number }
  | { type: 'peer-joined'; role: string }
  | { type: 'peer-left'; role: string; ended: boolean }
  | { type: 'offer' | 'answer'; sdp: string }
  | { type: 'candidate'; candidate: RTCIceCandidateInit | null }
  | { type: 'chat'; text: string; from: 'member' | 'therapist'; at: number }
  | { type: 'media'; audio: boolean; video: boolean }
  | { type: 'bye' }
  | { type: 'error'; detail: string };

export class VisitCall {
  private socket: WebSocket | null = null;
  private peer: RTCPeerConnection | null = null;
  private pendingCandidates: RTCIceCandidateInit[] = [];
  private attempts = 0;
  private finished = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private stalled: ReturnType<typeof setTimeout> | null = null;
  private media = { audio: true, video: true };
  /** Messages are handled one after another: an offer is answered before its candidates land. */
  private queue: Promise<void> = Promise.resolve();
  phase: CallPhase = 'connecting';

  constructor(private readonly options: CallOptions) {}

  start() {
    this.finished = false;
    this.open();
  }

  /** Ends the visit for both: the other person is told, and nobody re-joins. */
  end() {
    this.send({ type: 'bye' });
    this.stop(callWords().youEnded);
  }

  /** Leaves without ending (the page is closed); the other person waits for a re-join. */
  leave() {
    this.finished = true;
    this.clearTimers();
    this.closePeer();
    this.socket?.close(1000);
    this.socket = null;
  }

  sendChat(text: string): boolean {
    if (!this.send({ type: 'chat', text })) return false;
    this.options.events.chat({ from: 'you', text, at: (this.options.now ?? Date.now)() });
    return true;
  }

  setMedia(media: { audio: boolean; video: boolean }) {
    this.media = media;
    for (const track of this.options.local?.getAudioTracks() ?? []) track.enabled = media.audio;
    for (const track of this.options.local?.getVideoTracks() ?? []) track.enabled = media.video;
    this.send({ type: 'media', ...media });
  }

  private send(message: object): boolean {
    if (!this.socket || this.socket.readyState !== 1) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private setPhase(phase: CallPhase, detail?: string) {
    this.phase = phase;
    this.options.events.phase(phase, detail);
  }

  private open() {
    const make = this.options.makeSocket ?? ((url: string) => new WebSocket(url));
    const socket = make(this.options.roomUrl);
    this.socket = socket;
    socket.onmessage = (event) => {
      if (socket !== this.socket) return;
      let message: Incoming;
      try {
        message = JSON.parse(String(event.data)) as Incoming;
      } catch {
        return;
      }
      this.queue = this.queue.then(() => this.handle(message)).catch((error: unknown) => {
        this.options.events.problem(error instanceof Error ? error.message : callWords().notSetUp);
      });
    };
    socket.onclose = (event) => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.closePeer();
      if (this.finished) return;
      const final = finalCloseWords(event.code);
      if (final) {
        this.stop(final);
        return;
      }
      void this.rejoin();
    };
  }

  private async rejoin() {
    this.setPhase('reconnecting');
    const wait = reconnectDelayMs(this.attempts++);
    this.retry = setTimeout(async () => {
      this.retry = null;
      if (this.finished) return;
      let open = true;
      try {
        open = await this.options.roomOpen();
      } catch {
        open = true; // still offline: keep trying
      }
      if (!open) {
        this.stop(callWords().roomClosed);
        return;
      }
      this.open();
    }, wait);
  }

  private stop(detail: string) {
    this.finished = true;
    this.clearTimers();
    this.closePeer();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000);
    this.setPhase('ended', detail);
  }

  private clearTimers() {
    if (this.retry) clearTimeout(this.retry);
    if (this.stalled) clearTimeout(this.stalled);
    this.retry = this.stalled = null;
  }

  private async handle(message: Incoming) {
    const events = this.options.events;
    switch (message.type) {
      case 'welcome':
        this.attempts = 0;
        this.send({ type: 'media', ...this.media });
        if (message.other_present) await this.meet();
        else this.setPhase('waiting');
        return;
      case 'peer-joined':
        this.send({ type: 'media', ...this.media });
        await this.meet();
        return;
      case 'peer-left':
        this.closePeer();
        if (message.ended) this.stop(callWords().otherEnded);
        else this.setPhase('waiting');
        return;
      case 'offer':
        await this.answer(message.sdp);
        return;
      case 'answer':
        await this.peer?.setRemoteDescription({ type: 'answer', sdp: message.sdp });
        await this.flushCandidates();
        return;
      case 'candidate':
        if (!message.candidate) return;
        if (this.peer?.remoteDescription) await this.peer.addIceCandidate(message.candidate).catch(() => {});
        else this.pendingCandidates.push(message.candidate);
        return;
      case 'chat':
        events.chat({ from: message.from, text: message.text, at: message.at });
        return;
      case 'media':
        events.otherMedia({ audio: message.audio, video: message.video });
        return;
      case 'bye':
        this.stop(callWords().otherEnded);
        return;
      case 'error':
        events.problem(message.detail);
        return;
    }
  }

  /** Both are in the room: a fresh connection; the therapist offers, the member waits for it. */
  private async meet() {
    this.closePeer();
    this.setPhase('joining');
    if (this.options.role === 'therapist') {
      const peer = await this.newPeer();
      for (const kind of ['audio', 'video'] as const) {
        const track = this.trackOf(kind);
        if (track) peer.addTransceiver(track, { direction: 'sendrecv', streams: [this.options.local!] });
        else peer.addTransceiver(kind, { direction: 'recvonly' });
      }
      await this.offer(peer, false);
    }
  }

  private trackOf(kind: 'audio' | 'video'): MediaStreamTrack | undefined {
    return kind === 'audio' ? this.options.local?.getAudioTracks()[0] : this.options.local?.getVideoTracks()[0];
  }

  private async newPeer(): Promise<RTCPeerConnection> {
    let iceServers: RTCIceServer[] = [];
    try {
      iceServers = await this.options.iceServers();
    } catch {
      // No ICE servers: browsers on one network still find each other.
    }
    const make = this.options.makePeer ?? ((config: RTCConfiguration) => new RTCPeerConnection(config));
    const peer = make({ iceServers });
    this.peer = peer;
    this.pendingCandidates = [];
    const remote = new MediaStream();
    peer.ontrack = (event) => {
      if (peer !== this.peer) return;
      remote.addTrack(event.track);
      this.options.events.remoteStream(remote);
    };
    peer.onicecandidate = (event) => {
      if (peer !== this.peer) return;
      this.send({ type: 'candidate', candidate: event.candidate ? event.candidate.toJSON() : null });
    };
    peer.onconnectionstatechange = () => {
      if (peer !== this.peer) return;
      const state = peer.connectionState;
      if (state === 'connected') {
        if (this.stalled) clearTimeout(this.stalled);
        this.stalled = null;
        this.setPhase('connected');
      } else if (state === 'disconnected' || state === 'failed') {
        this.setPhase('reconnecting');
        // A network change: the therapist restarts ICE on the same connection (a new offer).
        if (this.options.role === 'therapist' && !this.stalled) {
          this.stalled = setTimeout(
            () => {
              this.stalled = null;
              if (peer === this.peer && peer.connectionState !== 'connected') void this.offer(peer, true);
            },
            state === 'failed' ? 0 : 3000,
          );
        }
      }
    };
    return peer;
  }

  private async offer(peer: RTCPeerConnection, iceRestart: boolean) {
    const offer = await peer.createOffer({ iceRestart });
    if (peer !== this.peer) return;
    await peer.setLocalDescription(offer);
    this.send({ type: 'offer', sdp: peer.localDescription?.sdp ?? offer.sdp });
  }

  private async answer(sdp: string) {
    const peer = this.peer ?? (await this.newPeer());
    await peer.setRemoteDescription({ type: 'offer', sdp });
    // Our tracks ride on the transceivers the offer made.
    for (const transceiver of peer.getTransceivers()) {
      const kind = transceiver.receiver.track?.kind as 'audio' | 'video' | undefined;
      const track = kind ? this.trackOf(kind) : undefined;
      if (track && transceiver.sender.track !== track) {
        await transceiver.sender.replaceTrack(track);
        transceiver.direction = 'sendrecv';
        if (this.options.local) transceiver.sender.setStreams?.(this.options.local);
      }
    }
    await this.flushCandidates();
    const answer = await peer.createAnswer();
    if (peer !== this.peer) return;
    await peer.setLocalDescription(answer);
    this.send({ type: 'answer', sdp: peer.localDescription?.sdp ?? answer.sdp });
  }

  private async flushCandidates() {
    const peer = this.peer;
    if (!peer?.remoteDescription) return;
    const waiting = this.pendingCandidates;
    this.pendingCandidates = [];
    for (const candidate of waiting) await peer.addIceCandidate(candidate).catch(() => {});
  }

  private closePeer() {
    const peer = this.peer;
    this.peer = null;
    this.pendingCandidates = [];
    if (peer) {
      peer.ontrack = peer.onicecandidate = peer.onconnectionstatechange = null;
      peer.close();
      this.options.events.remoteStream(null);
    }
  }
}
