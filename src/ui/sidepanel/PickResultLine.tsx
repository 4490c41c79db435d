// How the last *Pick the chat area* ended, said in the panel too: the popup is closed by the time the
// user has clicked the chat, so an open panel is where they look (the notification says it as well).
import { useEffect, useState } from 'preact/hooks';
import { onEvent } from '../../messaging/client';
import { pickedText, pickedTone } from '../../messaging/pickOutcome';
import type { PickOutcome } from '../../messaging/protocol';
import { uiLanguage } from '../shared/i18n';
import { UnassignedLines } from '../shared/UnassignedLines';
import { PickFallbacks } from './PickFallbacks';

export function PickResultLine() {
  const [result, setResult] = useState<PickOutcome | null>(null);
  useEffect(() => onEvent('chat/pick-result', setResult), []);
  return (
    <div role="status" data-testid="pick-result">
      {result && (
        <div class={`status ${pickedTone(result)}`}>
          <p>{pickedText(uiLanguage(), result)}</p>
          {result.kind === 'saved' && <UnassignedLines lines={result.outcome.unassigned} />}
          {(result.kind === 'empty' || result.kind === 'failed') && (
            <PickFallbacks key={result.pick} pickOnly={false} />
          )}
          {result.kind === 'saved' && result.outcome.unassigned.length > 0 && (
            <PickFallbacks key={result.pick} pickOnly={true} />
          )}
        </div>
      )}
    </div>
  );
}
