// Before joining: the person sees their own camera, hears nothing back (the preview is muted),
// chooses a camera and a microphone, and learns in plain words what to do when the browser
// blocks them. They may also join without a camera and microphone.
import { useEffect, useRef, useState } from 'preact/hooks';
import { deviceProblemWords } from './visitWords';
import { useWords, words } from '../../i18n';

const WORDS = words({
  en: {
    camera: 'Camera',
    microphone: 'Microphone',
    noCamera: 'This browser cannot use a camera here. Open Motus in an up-to-date browser over a secure (https) address.',
    title: 'Check your camera and microphone',
    preview: 'Your camera, as the other person will see you',
    starting: 'Starting your camera…',
    tryAgain: 'Try again',
    join: 'Join the visit',
    joinWithout: 'Join without camera and microphone',
  },
  es: {
    camera: 'Cámara',
    microphone: 'Micrófono',
    noCamera: 'Este navegador no puede usar una cámara aquí. Abre Motus en un navegador actualizado y con una dirección segura (https).',
    title: 'Comprueba tu cámara y tu micrófono',
    preview: 'Tu cámara, tal como te verá la otra persona',
    starting: 'Encendiendo tu cámara…',
    tryAgain: 'Intentar de nuevo',
    join: 'Entrar en la videoconsulta',
    joinWithout: 'Entrar sin cámara ni micrófono',
  },
});

export interface Devices {
  camera: string;
  microphone: string;
}

async function openDevices(devices: Devices): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: devices.microphone ? { deviceId: { exact: devices.microphone } } : true,
    video: devices.camera ? { deviceId: { exact: devices.camera } } : { width: 640, height: 480 },
  });
}

function DeviceChoice(props: {
  id: string;
  label: string;
  devices: MediaDeviceInfo[];
  value: string;
  onChoose: (deviceId: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChoose((e.target as HTMLSelectElement).value)}>
        {props.devices.map((d, i) => (
          <option key={d.deviceId} value={d.deviceId}>
            {d.label || `${props.label} ${i + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DeviceCheck({
  roomOpen,
  roomWords,
  onJoin,
}: {
  roomOpen: boolean;
  roomWords: string;
  onJoin: (stream: MediaStream | null) => void;
}) {
  const w = useWords(WORDS);
  const [chosen, setChosen] = useState<Devices>({ camera: '', microphone: '' });
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [list, setList] = useState<MediaDeviceInfo[]>([]);
  const [attempt, setAttempt] = useState(0);
  const preview = useRef<HTMLVideoElement>(null);
  const handed = useRef(false);

  useEffect(() => {
    let current = true;
    let opened: MediaStream | null = null;
    setProblem(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(w.noCamera);
      return;
    }
    openDevices(chosen).then(
      async (s) => {
        if (!current) {
          s.getTracks().forEach((t) => t.stop());
          return;
        }
        opened = s;
        setStream(s);
        setList(await navigator.mediaDevices.enumerateDevices());
      },
      (error: unknown) => current && setProblem(deviceProblemWords(error)),
    );
    return () => {
      current = false;
      if (opened && !handed.current) opened.getTracks().forEach((t) => t.stop());
    };
  }, [chosen.camera, chosen.microphone, attempt]);

  useEffect(() => {
    if (preview.current) preview.current.srcObject = stream;
  }, [stream]);

  const cameras = list.filter((d) => d.kind === 'videoinput');
  const microphones = list.filter((d) => d.kind === 'audioinput');
  const current = (kind: 'video' | 'audio') =>
    (kind === 'video' ? stream?.getVideoTracks()[0] : stream?.getAudioTracks()[0])?.getSettings().deviceId ?? '';

  const join = (withDevices: boolean) => {
    handed.current = withDevices;
    if (!withDevices) stream?.getTracks().forEach((t) => t.stop());
    onJoin(withDevices ? stream : null);
  };

  return (
    <section class="device-check" aria-labelledby="check-title">
      <h2 id="check-title">{w.title}</h2>
      <div class="visit-video self-preview">
        <video ref={preview} autoplay playsInline muted aria-label={w.preview} />
        {!stream && !problem && <p class="video-hint">{w.starting}</p>}
      </div>
      {problem && (
        <div class="camera-problem" role="alert">
          <p>{problem}</p>
          <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
            {w.tryAgain}
          </button>
        </div>
      )}
      {stream && (
        <div class="device-choices">
          <DeviceChoice
            id="camera-choice"
            label={w.camera}
            devices={cameras}
            value={current('video')}
            onChoose={(camera) => setChosen({ ...chosen, camera })}
          />
          <DeviceChoice
            id="microphone-choice"
            label={w.microphone}
            devices={microphones}
            value={current('audio')}
            onChoose={(microphone) => setChosen({ ...chosen, microphone })}
          />
        </div>
      )}
      <p class={roomOpen ? 'notice' : 'quiet'} role="status">
        {roomWords}
      </p>
      <div class="primary-bar">
        <button type="button" class="button primary big" disabled={!roomOpen || !stream} onClick={() => join(true)}>
          {w.join}
        </button>
        {problem && roomOpen && (
          <button type="button" class="button" onClick={() => join(false)}>
            {w.joinWithout}
          </button>
        )}
      </div>
    </section>
  );
}
