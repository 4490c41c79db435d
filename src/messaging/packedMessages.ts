// A captured chat as it travels from the page to the service worker: one array per field, and the
// moment Proofpack saw the chat once. Messaging copies every object key and value between processes;
// for 3,000 messages this form takes about half the time of one object per message (see the bench).
import type { ChatMessage, ChatRole } from '../domain/transcript';

export interface PackedMessages {
  observedAt: string;
  roles: ChatRole[];
  authors: string[];
  texts: string[];
  /** '' where the widget shows no time (a read time is never empty). */
  times: string[];
}

/** Messages read at one moment (`observedAt`), packed for the trip to the worker. */
export function packMessages(
  messages: readonly Pick<ChatMessage, 'role' | 'author' | 'text' | 'time'>[],
  observedAt: string,
): PackedMessages {
  const packed: PackedMessages = { observedAt, roles: [], authors: [], texts: [], times: [] };
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] as ChatMessage;
    packed.roles.push(m.role);
    packed.authors.push(m.author);
    packed.texts.push(m.text);
    packed.times.push(m.time ?? '');
  }
  return packed;
}

/** The messages again, field by field in the order ChatMessage declares them. */
export function unpackMessages({ observedAt, roles, authors, texts, times }: PackedMessages): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (let i = 0; i < texts.length; i++) {
    const time = times[i];
    const role = roles[i] as ChatRole;
    const author = authors[i] ?? '';
    const text = texts[i] as string;
    out.push(time ? { role, author, text, time, observedAt } : { role, author, text, observedAt });
  }
  return out;
}
