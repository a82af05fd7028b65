// Small, testable pieces of the messages screen.
import type { Conversation } from '../../api/journal';
import { locale as appLocale } from '../../i18n';

/**
 * The care team's messages that were unread before this visit: the server marks them read as it
 * answers and says only how many there were, and they are always the newest of theirs.
 */
export function newMessageIds(conversation: Conversation): Set<string> {
  if (conversation.unread <= 0) return new Set();
  const theirs = conversation.messages.filter((m) => m.from === 'care_team');
  return new Set(theirs.slice(-conversation.unread).map((m) => m.id));
}

/** "24 Nov, 09:30": when a message was sent, in the reader's own time zone and the app's language. */
export function sentWhen(ms: number, locale: string = appLocale(), timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(ms),
  );
}

/** "RH" for Robin Hale: the photo-free avatar's letters (first letters of the first and last word). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]][0] ?? '') : '';
  return (first + last).toUpperCase();
}
