// The member's conversation with their care team. Opening it marks the care team's messages read;
// the ones that were new are marked "New" here. Messages are not for emergencies, and it says so.
import { useRef, useState } from 'preact/hooks';
import { journal, type Conversation, type Message } from '../../api/journal';
import { Failure, Loading, ScreenTitle } from '../../components/Screen';
import { useLoad } from '../../useLoad';
import { initials, newMessageIds, sentWhen } from './conversation';

const LONGEST_MESSAGE = 4000;

function Thread({ messages, fresh }: { messages: Message[]; fresh: Set<string> }) {
  if (messages.length === 0) {
    return <p class="quiet">No messages yet. Write to your care team below: a question, how it is going, anything.</p>;
  }
  return (
    <ol class="thread" aria-label="Your messages, oldest first">
      {messages.map((m) => (
        <li key={m.id} class={m.from === 'member' ? 'msg mine' : 'msg theirs'}>
          <p class="msg-meta">
            {m.from !== 'member' && m.by && (
              <span class="avatar small" aria-hidden="true">
                {initials(m.by)}
              </span>
            )}
            <strong>{m.from === 'member' ? 'You' : (m.by ?? 'Your care team')}</strong>, {sentWhen(m.sent_at)}
            {fresh.has(m.id) && <span class="tag msg-new">New</span>}
          </p>
          <p class="msg-body">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}

function Talk({ conversation }: { conversation: Conversation }) {
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
      setProblem('Please write your message first.');
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
      setProblem(error instanceof Error ? `Your message was not sent. ${error.message}` : 'Your message was not sent.');
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
            Your physical therapist
          </p>
        </div>
      )}
      {conversation.unread > 0 && (
        <p class="notice" role="status">
          {conversation.unread === 1 ? 'You have 1 new message' : `You have ${conversation.unread} new messages`} from your care team.
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
          <label for="message-body">Write to your care team</label>
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
          {sent ? 'Your message was sent.' : ''}
        </p>
        <div class="primary-bar">
          <button type="submit" class="button primary big" disabled={busy}>
            {busy ? 'Sending…' : 'Send'}
          </button>
        </div>
      </form>
    </>
  );
}

export function Messages() {
  const load = useLoad(() => journal.messages(), []);
  return (
    <>
      <ScreenTitle title="Messages">Messages with your care team</ScreenTitle>
      <p class="notice">
        <strong>Messages are not for emergencies.</strong> Your care team answers when they can, which may take a
        day or two. If you need help now, call your local emergency number.
      </p>
      {load.state === 'loading' && <Loading />}
      {load.state === 'failed' && <Failure error={load.error} />}
      {load.state === 'ready' && <Talk conversation={load.value} />}
    </>
  );
}
