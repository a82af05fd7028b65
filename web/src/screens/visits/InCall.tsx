// The call itself: the other person's video large, one's own small, the controls (microphone,
// camera, end) at the bottom within thumb reach, and the chat. Status changes (waiting,
// reconnecting) are announced to screen readers.
import { useEffect, useRef, useState } from 'preact/hooks';
import { visitsApi, type VisitPage } from '../../api/visits';
import { VisitCall, type CallPhase, type ChatLine } from './call';
import { useWords, words } from '../../i18n';
import { callWords } from './visitWords';

const WORDS = words({
  en: {
    connecting: 'Opening the visit room…',
    waiting: (name: string) => `Waiting for ${name} to join. You can stay on this page.`,
    joining: (name: string) => `${name} is here. Connecting…`,
    connected: (name: string) => `You are in the visit with ${name}.`,
    reconnecting: 'The connection dropped. Reconnecting…',
    ended: 'The visit has ended.',
    notSent: 'Not sent: the visit room is reconnecting. Try again in a moment.',
    chat: 'Chat',
    chatLines: 'Chat messages, oldest first',
    seenBy: (name: string) => `Messages you write here are seen by ${name} during the visit.`,
    you: 'You',
    messageTo: (name: string) => `Message to ${name}`,
    send: 'Send',
    yourTherapist: 'your therapist',
    theMember: 'the member',
    video: 'Video',
    theirVideo: (name: string) => `${name}’s video`,
    notJoined: (name: string) => `${name} has not joined yet.`,
    connectingShort: 'Connecting…',
    cameraOffTheirs: (name: string) => `${name} has turned their camera off.`,
    muted: (name: string) => `${name} is muted`,
    ownVideo: 'Your own video',
    cameraOffYours: 'Your camera is off',
    mute: 'Mute',
    unmute: 'Unmute',
    cameraOff: 'Camera off',
    cameraOn: 'Camera on',
    end: 'End visit',
  },
  es: {
    connecting: 'Abriendo la sala de la videoconsulta…',
    waiting: (name: string) => `Esperando a que entre ${name}. Puedes quedarte en esta página.`,
    joining: (name: string) => `${name} ya está aquí. Conectando…`,
    connected: (name: string) => `Estás en la videoconsulta con ${name}.`,
    reconnecting: 'Se ha cortado la conexión. Volviendo a conectar…',
    ended: 'La videoconsulta ha terminado.',
    notSent: 'No se ha enviado: la sala está volviendo a conectar. Inténtalo de nuevo en un momento.',
    chat: 'Chat de la consulta',
    chatLines: 'Mensajes del chat, del más antiguo al más reciente',
    seenBy: (name: string) => `Lo que escribas aquí lo verá ${name} durante la videoconsulta.`,
    you: 'Tú',
    messageTo: (name: string) => `Mensaje para ${name}`,
    send: 'Enviar',
    yourTherapist: 'tu fisioterapeuta',
    theMember: 'el paciente',
    video: 'Vídeo',
    theirVideo: (name: string) => `Vídeo de ${name}`,
    notJoined: (name: string) => `${name} todavía no ha entrado.`,
    connectingShort: 'Conectando…',
    cameraOffTheirs: (name: string) => `${name} ha apagado su cámara.`,
    muted: (name: string) => `${name} tiene el micrófono silenciado`,
    ownVideo: 'Tu propio vídeo',
    cameraOffYours: 'Tu cámara está apagada',
    mute: 'Silenciar',
    unmute: 'Activar micrófono',
    cameraOff: 'Apagar cámara',
    cameraOn: 'Encender cámara',
    end: 'Terminar la videoconsulta',
  },
});

function phaseWords(w: typeof WORDS.en, phase: CallPhase, name: string): string {
  switch (phase) {
    case 'waiting':
    case 'joining':
    case 'connected':
      return w[phase](name);
    default:
      return w[phase];
  }
}

function Chat({ lines, name, onSend }: { lines: ChatLine[]; name: string; onSend: (text: string) => boolean }) {
  const w = useWords(WORDS);
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
    } else setProblem(w.notSent);
  };
  return (
    <section class="visit-chat" aria-labelledby="chat-title">
      <h2 id="chat-title">{w.chat}</h2>
      <ol class="chat-lines" aria-live="polite" aria-label={w.chatLines}>
        {lines.length === 0 && <li class="quiet">{w.seenBy(name)}</li>}
        {lines.map((line, i) => (
          <li key={i} class={line.from === 'you' ? 'chat-line mine' : 'chat-line'}>
            <strong>{line.from === 'you' ? w.you : name}:</strong> {line.text}
          </li>
        ))}
        <li ref={end} aria-hidden="true" class="chat-end" />
      </ol>
      <form class="chat-form" onSubmit={send}>
        <label for="chat-text" class="sr-text">
          {w.messageTo(name)}
        </label>
        <input
          id="chat-text"
          type="text"
          maxLength={2000}
          autocomplete="off"
          placeholder={w.messageTo(name)}
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button">
          {w.send}
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
  const w = useWords(WORDS);
  const name = page.other.first_name || (page.you === 'member' ? w.yourTherapist : w.theMember);
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
          if (p === 'ended') onEnded(detail ?? callWords().ended);
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
        {w.video}
      </h2>
      <p class={`call-status phase-${phase}`} role="status">
        {phaseWords(w, phase, name)}
      </p>
      <div class="call-videos">
        <div class="visit-video remote">
          <video ref={remoteVideo} autoplay playsInline aria-label={w.theirVideo(name)} hidden={!showRemote} />
          {!showRemote && <p class="video-hint">{phase === 'waiting' ? w.notJoined(name) : w.connectingShort}</p>}
          {showRemote && !theirs.video && <p class="video-hint">{w.cameraOffTheirs(name)}</p>}
          {showRemote && !theirs.audio && <p class="tag muted-tag">{w.muted(name)}</p>}
        </div>
        <div class="visit-video self">
          <video ref={selfVideo} autoplay playsInline muted aria-label={w.ownVideo} hidden={!local || !media.video} />
          {(!local || !media.video) && <p class="video-hint">{w.cameraOffYours}</p>}
        </div>
      </div>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="call-controls">
        <button type="button" class="button" aria-pressed={!media.audio} disabled={!local?.getAudioTracks().length} onClick={() => toggle('audio')}>
          {media.audio ? w.mute : w.unmute}
        </button>
        <button type="button" class="button" aria-pressed={!media.video} disabled={!local?.getVideoTracks().length} onClick={() => toggle('video')}>
          {media.video ? w.cameraOff : w.cameraOn}
        </button>
        <button type="button" class="button end-call" onClick={() => call.current?.end()}>
          {w.end}
        </button>
      </div>
      <Chat lines={lines} name={name} onSend={(text) => call.current?.sendChat(text) ?? false} />
    </section>
  );
}
