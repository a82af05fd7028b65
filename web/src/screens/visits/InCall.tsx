// The call itself: the other person's video large, one's own small, the controls (microphone,
// camera, end) at the bottom within thumb reach, and the chat. Status changes (waiting,
// reconnecting) are announced to screen readers.
import { useEffect, useRef, useState } from 'preact/hooks';
import { visitsApi, type VisitPage } from '../../api/visits';
import { VisitCall, type CallPhase, type ChatLine } from './call';

const PHASE_WORDS = (name: string): Record<CallPhase, string> => ({
  connecting: 'Opening the visit room…',
  waiting: `Waiting for ${name} to join. You can stay on this page.`,
  joining: `${name} is here. Connecting…`,
  connected: `You are in the visit with ${name}.`,
  reconnecting: 'The connection dropped. Reconnecting…',
  ended: 'The visit has ended.',
});

function Chat({ lines, name, onSend }: { lines: ChatLine[]; name: string; onSend: (text: string) => boolean }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const end = useRef<HTMLLIElement>(null);
  useEffect(() => end.current?.scrollIntoView?.({ block: 'nearest' }), [lines.length]);
  const send = (e: Event) => {
    e.preventDefault();
    const text = draft.trim();
    if (!text) return;
    if (onSend(text)) {
      setDraft('');
      setProblem(null);
    } else setProblem('Not sent: the visit room is reconnecting. Try again in a moment.');
  };
  return (
    <section class="visit-chat" aria-labelledby="chat-title">
      <h2 id="chat-title">Chat</h2>
      <ol class="chat-lines" aria-live="polite" aria-label="Chat messages, oldest first">
        {lines.length === 0 && <li class="quiet">Messages you write here are seen by {name} during the visit.</li>}
        {lines.map((line, i) => (
          <li key={i} class={line.from === 'you' ? 'chat-line mine' : 'chat-line'}>
            <strong>{line.from === 'you' ? 'You' : name}:</strong> {line.text}
          </li>
        ))}
        <li ref={end} aria-hidden="true" class="chat-end" />
      </ol>
      <form class="chat-form" onSubmit={send}>
        <label for="chat-text" class="sr-text">
          Message to {name}
        </label>
        <input
          id="chat-text"
          type="text"
          maxLength={2000}
          autocomplete="off"
          placeholder={`Message to ${name}`}
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button">
          Send
        </button>
      </form>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

export function InCall({
  page,
  local,
  onEnded,
}: {
  page: VisitPage;
  local: MediaStream | null;
  onEnded: (detail: string) => void;
}) {
  const name = page.other.first_name || (page.you === 'member' ? 'your therapist' : 'the member');
  const [phase, setPhase] = useState<CallPhase>('connecting');
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const [lines, setLines] = useState<ChatLine[]>([]);
  const [media, setMedia] = useState({ audio: !!local?.getAudioTracks().length, video: !!local?.getVideoTracks().length });
  const [theirs, setTheirs] = useState({ audio: true, video: true });
  const [problem, setProblem] = useState<string | null>(null);
  const call = useRef<VisitCall | null>(null);
  const remoteVideo = useRef<HTMLVideoElement>(null);
  const selfVideo = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const id = page.appointment.id;
    const visitCall = new VisitCall({
      roomUrl: visitsApi.roomUrl(id),
      role: page.you,
      local,
      iceServers: () => visitsApi.ice(id).then((a) => a.ice_servers),
      roomOpen: () => visitsApi.visit(id).then((p) => p.room.open),
      events: {
        phase: (p, detail) => {
          setPhase(p);
          if (p === 'ended') onEnded(detail ?? 'The visit has ended.');
        },
        remoteStream: (s) => setRemote(s),
        chat: (line) => setLines((all) => [...all, line]),
        otherMedia: setTheirs,
        problem: setProblem,
      },
    });
    call.current = visitCall;
    visitCall.start();
    const leave = () => visitCall.leave();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      visitCall.leave();
    };
  }, [page.appointment.id]);

  useEffect(() => {
    if (remoteVideo.current) remoteVideo.current.srcObject = remote;
  }, [remote]);
  useEffect(() => {
    if (selfVideo.current) selfVideo.current.srcObject = local;
  }, [local]);

  const toggle = (kind: 'audio' | 'video') => {
    const next = { ...media, [kind]: !media[kind] };
    setMedia(next);
    call.current?.setMedia(next);
  };

  const showRemote = phase === 'connected' || phase === 'joining' || (phase === 'reconnecting' && remote);
  return (
    <section class="in-call" aria-labelledby="call-title">
      <h2 id="call-title" class="sr-text">
        Video
      </h2>
      <p class={`call-status phase-${phase}`} role="status">
        {PHASE_WORDS(name)[phase]}
      </p>
      <div class="call-videos">
        <div class="visit-video remote">
          <video ref={remoteVideo} autoplay playsInline aria-label={`${name}’s video`} hidden={!showRemote} />
          {!showRemote && <p class="video-hint">{phase === 'waiting' ? `${name} has not joined yet.` : 'Connecting…'}</p>}
          {showRemote && !theirs.video && <p class="video-hint">{name} has turned their camera off.</p>}
          {showRemote && !theirs.audio && <p class="tag muted-tag">{name} is muted</p>}
        </div>
        <div class="visit-video self">
          <video ref={selfVideo} autoplay playsInline muted aria-label="Your own video" hidden={!local || !media.video} />
          {(!local || !media.video) && <p class="video-hint">Your camera is off</p>}
        </div>
      </div>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="call-controls">
        <button type="button" class="button" aria-pressed={!media.audio} disabled={!local?.getAudioTracks().length} onClick={() => toggle('audio')}>
          {media.audio ? 'Mute' : 'Unmute'}
        </button>
        <button type="button" class="button" aria-pressed={!media.video} disabled={!local?.getVideoTracks().length} onClick={() => toggle('video')}>
          {media.video ? 'Camera off' : 'Camera on'}
        </button>
        <button type="button" class="button end-call" onClick={() => call.current?.end()}>
          End visit
        </button>
      </div>
      <Chat lines={lines} name={name} onSend={(text) => call.current?.sendChat(text) ?? false} />
    </section>
  );
}
