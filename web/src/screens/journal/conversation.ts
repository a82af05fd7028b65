// Small, testable pieces of the messages screen.
import type { Conversation } from '../../api/journal';

/**
 * The care team's messages that were unread before this visit: the server marks them read as it
 * answers and says only how many there were, and they are always the newest of theirs.
 */
export function newMessageIds(conversation: Conversation): Set<string> {
  if (conversation.unread <= 0) return new Set();
  const theirs = conversation.messages.filter((m) => m.from === 'care_team');
  return new Set(theirs.slice(-conversation.unread).map((m) => m.id));
}

/** "24 Nov, 09:30": when a message was sent, in the reader's own time zone. */
export function sentWhen(ms: number, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(ms),
  );
}
