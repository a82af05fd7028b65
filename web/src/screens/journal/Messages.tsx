// The member's conversation with their care team. Opening it marks the care team's messages read;
// the ones that were new are marked "New" here. Messages are not for emergencies, and it says so.
import { useRef, useState } from 'preact/hooks';
import { journal, type Conversation, type Message } from '../../api/journal';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { useWords, words } from '../../i18n';
import { initials, newMessageIds, sentWhen } from './conversation';

const LONGEST_MESSAGE = 4000;

const WORDS = words({
  en: {
    none: 'No messages yet. Write to your care team below: a question, how it is going, anything.',
    thread: 'Your messages, oldest first',
    you: 'You',
    careTeam: 'Your care team',
    fresh: 'New',
    writeFirst: 'Please write your message first.',
    notSent: 'Your message was not sent.',
    yourTherapist: 'Your physical therapist',
    unread: (n: number) => `${n === 1 ? 'You have 1 new message' : `You have ${n} new messages`} from your care team.`,
    writeTo: 'Write to your care team',
    sent: 'Your message was sent.',
    sending: 'Sending…',
    send: 'Send',
    title: 'Messages',
    heading: 'Messages with your care team',
    notEmergency: 'Messages are not for emergencies.',
    notEmergencyMore:
      'Your care team answers when they can, which may take a day or two. If you need help now, call your local emergency number.',
  },
  es: {
    none: 'Todavía no hay mensajes. Escribe a tu equipo de atención aquí abajo: una pregunta, cómo te va, lo que quieras.',
    thread: 'Tus mensajes, del más antiguo al más reciente',
    you: 'Tú',
    careTeam: 'Tu equipo de atención',
    fresh: 'Nuevo',
    writeFirst: 'Escribe primero tu mensaje, por favor.',
    notSent: 'No se ha enviado tu mensaje.',
    yourTherapist: 'Tu fisioterapeuta',
    unread: (n: number) =>
      n === 1 ? 'Tienes 1 mensaje nuevo de tu equipo de atención.' : `Tienes ${n} mensajes nuevos de tu equipo de atención.`,
    writeTo: 'Escribe a tu equipo de atención',
    sent: 'Tu mensaje se ha enviado.',
    sending: 'Enviando…',
    send: 'Enviar',
    title: 'Mensajes',
    heading: 'Mensajes con tu equipo de atención',
    notEmergency: 'Los mensajes no son para emergencias.',
    notEmergencyMore:
      'Tu equipo de atención responde en cuanto puede, y puede tardar un día o dos. Si necesitas ayuda ahora, llama al número de emergencias de tu zona.',
  },
});

function Thread({ messages, fresh }: { messages: Message[]; fresh: Set<string> }) {
  const w = useWords(WORDS);
  if (messages.length === 0) {
    return <p class="quiet">{w.none}</p>;
  }
  return (
    <ol class="thread" aria-label={w.thread}>
      {messages.map((m) => (
        <li key={m.id} class={m.from === 'member' ? 'msg mine' : 'msg theirs'}>
          <p class="msg-meta">
            {m.from !== 'member' && m.by && (
              <span class="avatar small" aria-hidden="true">
                {initials(m.by)}
              </span>
            )}
            <strong>{m.from === 'member' ? w.you : (m.by ?? w.careTeam)}</strong>, {sentWhen(m.sent_at)}
            {fresh.has(m.id) && <span class="tag msg-new">{w.fresh}</span>}
          </p>
          <p class="msg-body">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}

function Talk({ conversation }: { conversation: Conversation }) {
  const w = useWords(WORDS);
  const [messages, setMessages] = useState(conversation.messages);
  // `/messages?draft=…`: a screen that suggests writing (a session whose pain rose) starts the text.
  const [draft, setDraft] = useState(() => (new URLSearchParams(window.location.search).get('draft') ?? '').slice(0, LONGEST_MESSAGE));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const fresh = newMessageIds(conversation);

  const send = async (e: Event) => {
    e.preventDefault();
    if (!draft.trim()) {
      setProblem(w.writeFirst);
      box.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const message = await journal.sendMessage(draft.trim());
      setMessages((all) => [...all, message]);
      setDraft('');
      setSent(true);
    } catch (error) {
      setProblem(error instanceof Error ? `${w.notSent} ${error.message}` : w.notSent);
    } finally {
      setBusy(false);
    }
  };

  const therapist = conversation.therapist;
  return (
    <>
      {therapist && (
        <div class="care-team-head">
          <span class="avatar" aria-hidden="true">
            {initials(therapist.name)}
          </span>
          <p>
            <strong>{therapist.name}</strong>
            <br />
            {w.yourTherapist}
          </p>
        </div>
      )}
      {conversation.unread > 0 && (
        <p class="notice" role="status">
          {w.unread(conversation.unread)}
        </p>
      )}
      <Thread messages={messages} fresh={fresh} />
      <form class="compose" onSubmit={send} noValidate>
        {problem && (
          <p class="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div class="field">
          <label for="message-body">{w.writeTo}</label>
          <textarea
            id="message-body"
            ref={box}
            rows={4}
            maxLength={LONGEST_MESSAGE}
            value={draft}
            onInput={(e) => {
              setDraft((e.target as HTMLTextAreaElement).value);
              setSent(false);
            }}
          />
        </div>
        <p class="sr-status" role="status">
          {sent ? w.sent : ''}
        </p>
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? w.sending : w.send}
          </button>
        </div>
      </form>
    </>
  );
}

export function Messages() {
  const w = useWords(WORDS);
  const load = useLoad(() => journal.messages(), []);
  return (
    <>
      <ScreenTitle title={w.title}>{w.heading}</ScreenTitle>
      <p class="notice">
        <strong>{w.notEmergency}</strong> {w.notEmergencyMore}
      </p>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' && <Talk conversation={load.value} />}
    </>
  );
}
