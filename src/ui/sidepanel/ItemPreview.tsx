// What a row shows in place of a picture: the screenshot's thumbnail, the excerpt's first words,
// or a chat's first messages (read from its original only when the row is on screen).
import { useEffect, useState } from 'preact/hooks';
import type { Evidence } from '../../domain/evidence';
import { parseTranscript } from '../../domain/transcript';
import { request } from '../../messaging/client';
import { decodeTextDataUrl } from './textOriginal';

const SNIPPET_CHARS = 160;

function useAsync<T>(load: () => Promise<T | null>, key: string): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then(
      (v) => live && setValue(v),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return value;
}

async function chatSnippet(evidenceId: string): Promise<string | null> {
  const url = await request('evidence/original', { evidenceId });
  if (!url) return null;
  const transcript = parseTranscript(decodeTextDataUrl(url));
  if (!transcript) return null;
  return transcript.messages
    .slice(0, 3)
    .map((m) => (m.author ? `${m.author}: ${m.text}` : m.text))
    .join('\n')
    .slice(0, SNIPPET_CHARS);
}

export function ItemPreview({ item }: { item: Evidence }) {
  const thumbnail = useAsync(
    () => (item.kind === 'screenshot' ? request('evidence/thumbnail', { evidenceId: item.id }) : Promise.resolve(null)),
    item.id,
  );
  const chat = useAsync(
    () => (item.kind === 'transcript' ? chatSnippet(item.id) : Promise.resolve(null)),
    `${item.id}:${item.kind === 'transcript' ? item.file.sha256 : ''}`,
  );
  if (item.kind === 'screenshot') return thumbnail ? <img src={thumbnail} alt="" /> : null;
  const text = item.kind === 'selection' ? item.text.slice(0, SNIPPET_CHARS) : chat;
  return <span class="snippet">{text}</span>;
}
