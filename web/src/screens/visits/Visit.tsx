// /visits/{appointment id}: a video visit between a member and their therapist. First a device
// check (and the room's opening time when it is early), then the call with its chat, then a
// short summary. The therapist has the member's record and the visit note beside the video.
import { useEffect, useState } from 'preact/hooks';
import { visitsApi, type VisitPage } from '../../api/visits';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { DeviceCheck } from './DeviceCheck';
import { InCall } from './InCall';
import { MemberBeside } from './MemberBeside';
import { durationWords, slotWords } from './visitWords';
import { useWords, words, wordsNow } from '../../i18n';

const WORDS = words({
  en: {
    otherHere: (name: string) => `${name} is already in the visit room.`,
    roomOpen: 'The visit room is open.',
    roomClosed: 'The visit room is closed.',
    backToQueue: 'Back to the queue',
    backToToday: 'Back to today',
    lasted: (d: string) => `The visit lasted ${d}.`,
    title: 'Video visit',
    withWhom: (name: string) => `Video visit with ${name}`,
    aMember: 'a member',
    yourTherapist: 'your therapist',
  },
  es: {
    otherHere: (name: string) => `${name} ya está en la sala de la videoconsulta.`,
    roomOpen: 'La sala de la videoconsulta está abierta.',
    roomClosed: 'La sala de la videoconsulta está cerrada.',
    backToQueue: 'Volver a la cola',
    backToToday: 'Volver a Hoy',
    lasted: (d: string) => `La videoconsulta duró ${d}.`,
    title: 'Videoconsulta',
    withWhom: (name: string) => `Videoconsulta con ${name}`,
    aMember: 'un paciente',
    yourTherapist: 'tu fisioterapeuta',
  },
});

type Stage = { at: 'check' } | { at: 'call'; local: MediaStream | null } | { at: 'ended'; detail: string };

function roomWords(page: VisitPage): string {
  const w = wordsNow(WORDS);
  if (page.room.open) return page.room.other_present ? w.otherHere(page.other.first_name) : w.roomOpen;
  if (page.room.detail) return page.room.detail;
  return w.roomClosed;
}

function Ended({ page, detail }: { page: VisitPage; detail: string }) {
  const w = useWords(WORDS);
  const back = page.you === 'therapist' ? { href: '/care', text: w.backToQueue } : { href: '/', text: w.backToToday };
  return (
    <section aria-labelledby="ended-title">
      <h2 id="ended-title">{detail}</h2>
      {page.visit && page.visit.ended_at && (
        <p>{w.lasted(durationWords(page.visit.duration_seconds))}</p>
      )}
      <p class="primary-bar">
        <a class="button primary big" href={back.href}>
          {back.text}
        </a>
      </p>
    </section>
  );
}

export function Visit({ id }: { id: string }) {
  const w = useWords(WORDS);
  const [page, setPage] = useState<VisitPage | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [stage, setStage] = useState<Stage>({ at: 'check' });

  const refresh = () =>
    visitsApi.visit(id).then(
      (p) => {
        setPage(p);
        setFailure(null);
      },
      (error: unknown) => setFailure(error),
    );

  useEffect(() => {
    void refresh();
  }, [id]);
  // While waiting to join, the room's state (open yet? the other person there?) is kept fresh.
  useEffect(() => {
    if (stage.at !== 'check') return;
    const timer = setInterval(() => void refresh(), 20_000);
    return () => clearInterval(timer);
  }, [id, stage.at]);
  // Whatever ends the page stops the camera.
  useEffect(() => {
    if (stage.at !== 'call' || !stage.local) return;
    const local = stage.local;
    return () => local.getTracks().forEach((t) => t.stop());
  }, [stage]);

  if (failure && !page) return <Failure error={failure} />;
  if (!page) return <Loading />;
  const therapist = page.you === 'therapist';
  const title = w.withWhom(page.other.name || (therapist ? w.aMember : w.yourTherapist));
  return (
    <div class={therapist ? 'visit with-record' : 'visit'}>
      <div class="visit-main">
        <ScreenTitle title={w.title}>{title}</ScreenTitle>
        <p class="quiet">{slotWords(page.appointment.starts_at, page.appointment.ends_at)}</p>
        {stage.at === 'check' && (
          <DeviceCheck roomOpen={page.room.open} roomWords={roomWords(page)} onJoin={(local) => setStage({ at: 'call', local })} />
        )}
        {stage.at === 'call' && (
          <InCall
            page={page}
            local={stage.local}
            onEnded={(detail) => {
              setStage({ at: 'ended', detail });
              void refresh();
            }}
          />
        )}
        {stage.at === 'ended' && <Ended page={page} detail={stage.detail} />}
      </div>
      {therapist && <MemberBeside page={page} />}
    </div>
  );
}
