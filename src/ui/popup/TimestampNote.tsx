// Under a capture's confirmation, when trusted timestamps are on: that its hash is on its way to the
// authority, that it waits because the authority cannot be reached, or, once the token is in, when.
import { useEffect, useState } from 'preact/hooks';
import { onEvent, request } from '../../messaging/client';
import type { TimestampStatus } from '../../messaging/protocol';
import { formatStampTime, t } from '../shared/i18n';

function noteOf(status: TimestampStatus): string | null {
  if (status.state === 'off') return null;
  if (status.state === 'stamped') return t('timestampedBy', status.authority, formatStampTime(status.genTime));
  return t(status.unreachable ? 'popupStampQueued' : 'popupStampSending', status.authority);
}

export function TimestampNote({ evidenceId }: { evidenceId: string }) {
  const [status, setStatus] = useState<TimestampStatus>({ state: 'off' });
  useEffect(() => {
    let live = true;
    const load = () =>
      void request('timestamps/status', { evidenceId }).then(
        (s) => live && setStatus(s),
        () => undefined,
      );
    load();
    const offs = [onEvent('evidence/changed', load), onEvent('timestamps/changed', load)];
    return () => {
      live = false;
      for (const off of offs) off();
    };
  }, [evidenceId]);
  const note = noteOf(status);
  return note ? (
    <p class="stamp-note" data-testid="timestamp-note" data-state={status.state}>
      {note}
    </p>
  ) : null;
}
