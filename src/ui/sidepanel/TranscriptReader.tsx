// Reading a chat: search within it (only matching messages shown, with the count), and
// Proofpack's own observation times only when asked for.
import { useState } from 'preact/hooks';
import type { ChatMessage } from '../../domain/transcript';
import { t } from '../shared/i18n';
import { type Quoting, TranscriptMessages } from './TranscriptMessages';

export function TranscriptReader({ messages, quoting }: { messages: readonly ChatMessage[]; quoting?: Quoting }) {
  const [query, setQuery] = useState('');
  const [showSeen, setShowSeen] = useState(false);
  const q = query.trim().toLowerCase();
  const indexes = messages.flatMap((m, i) => (!q || `${m.author} ${m.text}`.toLowerCase().includes(q) ? [i] : []));
  const shown = indexes.flatMap((i) => messages[i] ?? []);
  return (
    <>
      <div class="chat-tools">
        <input
          type="search"
          aria-label={t('chatSearch')}
          placeholder={t('chatSearch')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          data-testid="chat-search"
        />
        <label class="inline">
          <input type="checkbox" checked={showSeen} onChange={(e) => setShowSeen(e.currentTarget.checked)} />
          {t('chatShowSeen')}
        </label>
      </div>
      {q && (
        <p class="muted" role="status" data-testid="chat-search-count">
          {t('chatSearchCount', shown.length, messages.length)}
        </p>
      )}
      <TranscriptMessages messages={shown} indexes={indexes} showSeen={showSeen} quoting={quoting} />
    </>
  );
}
