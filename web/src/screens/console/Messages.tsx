// The member's conversation with the care team. Opening it marks their messages read.
import { useEffect, useState } from 'preact/hooks';
import { consoleApi, type Message } from '../../api/console';
import { Failure, Loading } from '../../components/Screen';
import { when } from './format';
import { WriteBox } from './WriteBox';

export function Messages({ memberId, firstName }: { memberId: string; firstName: string }) {
  const [messages, setMessages] = useState<Message[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    consoleApi.messages(memberId).then(
      (r) => {
        setMessages(r.messages);
        setUnread(r.unread);
      },
      setError,
    );
  }, [memberId]);
  return (
    <section aria-labelledby="messages-title">
      <h2 id="messages-title">Messages</h2>
      {error !== null && <Failure error={error} />}
      {messages === null && error === null && <Loading />}
      {messages !== null && (
        <>
          {unread > 0 && (
            <p class="notice">
              {unread} new {unread === 1 ? 'message' : 'messages'} from {firstName}.
            </p>
          )}
          {messages.length === 0 ? (
            <p class="quiet">No messages yet.</p>
          ) : (
            <ol class="conversation">
              {messages.map((m) => (
                <li key={m.id} class={`bubble from-${m.from}`}>
                  <p class="bubble-meta">
                    <strong>{m.from === 'member' ? firstName : 'Care team'}</strong> · {when(m.sent_at)}
                  </p>
                  <p class="pre">{m.body}</p>
                </li>
              ))}
            </ol>
          )}
          <WriteBox
            id="new-message"
            label={`Write to ${firstName}`}
            hint={`${firstName} reads this in the app.`}
            button="Send message"
            done="Message sent."
            send={async (text) => {
              const message = await consoleApi.sendMessage(memberId, text);
              setMessages((list) => [...(list ?? []), message]);
            }}
          />
        </>
      )}
    </section>
  );
}
