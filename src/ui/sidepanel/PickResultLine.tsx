// How the last *Pick the chat area* ended, said in the panel too: the popup is closed by the time the
// user has clicked the chat, so an open panel is where they look (the notification says it as well).
import { useEffect, useState } from 'preact/hooks';
import { onEvent } from '../../messaging/client';
import { pickedText } from '../../messaging/pickOutcome';
import type { PickOutcome } from '../../messaging/protocol';
import { uiLanguage } from '../shared/i18n';
import { UnassignedLines } from '../shared/UnassignedLines';

export function PickResultLine() {
  const [result, setResult] = useState<PickOutcome | null>(null);
  useEffect(() => onEvent('chat/pick-result', setResult), []);
  return (
    <div role="status" data-testid="pick-result">
      {result && (
        <div class={`status ${result.kind === 'saved' && !result.outcome.unassigned.length ? 'ok' : 'error'}`}>
          {pickedText(uiLanguage(), result)}
          {result.kind === 'saved' && <UnassignedLines lines={result.outcome.unassigned} />}
        </div>
      )}
    </div>
  );
}
