// The messages of a transcript as chat bubbles, text only: every captured string is a text node.
import type { ChatMessage, ChatRole } from '../../domain/transcript';
import { type MessageKey, t } from '../shared/i18n';
import { QuoteButton } from './QuoteButton';

const ROLE_KEYS: Record<ChatRole, MessageKey> = {
  agent: 'chatRoleAgent',
  customer: 'chatRoleCustomer',
  system: 'chatRoleSystem',
  unknown: 'chatRoleUnknown',
};

function editNotes(m: ChatMessage): string[] {
  if (!m.edit) return [];
  return [
    m.edit.version > 1 ? t('chatEdited', m.edit.version) : '',
    m.edit.replacedAt ? t('chatReplacedAt', m.edit.replacedAt) : '',
    m.edit.deletedAt ? t('chatDeletedAt', m.edit.deletedAt) : '',
  ].filter(Boolean);
}

/** Quoting messages in the letter: which are quoted (by index in the transcript), and the toggle. */
export interface Quoting {
  quoted: ReadonlySet<number>;
  toggle: (message: ChatMessage, index: number) => void;
}

interface Props {
  messages: readonly ChatMessage[];
  /** Each shown message's index in the whole transcript (a search shows some of them). */
  indexes?: readonly number[];
  /** Proofpack's own time of seeing each message, shown on demand (the widget's time always is). */
  showSeen?: boolean;
  quoting?: Quoting;
}

export function TranscriptMessages({ messages, indexes, showSeen = true, quoting }: Props) {
  if (!messages.length) return <p class="muted">{t('chatNoMessages')}</p>;
  return (
    <ol class="chat-log">
      {messages.map((m, i) => {
        const notes = editNotes(m);
        const state = `${m.edit?.deletedAt ? ' deleted' : ''}${m.edit?.replacedAt ? ' replaced' : ''}`;
        const index = indexes?.[i] ?? i;
        return (
          <li key={i} class={`bubble role-${m.role}${state}`} data-testid="chat-message">
            <div class="bubble-head">
              <span class="muted bubble-no">{index + 1}.</span>
              <span class="bubble-author">{m.author || t(ROLE_KEYS[m.role])}</span>
              {m.time && <span class="muted">{t('chatShownTime', m.time)}</span>}
              {quoting && (
                <QuoteButton
                  quoted={quoting.quoted.has(index)}
                  n={index + 1}
                  onClick={() => quoting.toggle(m, index)}
                />
              )}
            </div>
            <div class="bubble-text">{m.text}</div>
            {(showSeen || notes.length > 0) && (
              <div class="bubble-meta muted">
                {showSeen && <time dateTime={m.observedAt}>{t('chatSeenAt', m.observedAt)}</time>}
                {notes.map((n, k) => (
                  <span key={n} class="edit-note">
                    {showSeen || k ? ' · ' : ''}
                    {n}
                  </span>
                ))}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
