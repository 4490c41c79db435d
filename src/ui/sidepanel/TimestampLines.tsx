// "Timestamped by … at …" for one item, from the tokens of the case the evidence tab loaded.
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { TimestampSummary } from '../../messaging/protocol';
import { request } from '../../messaging/client';
import { formatStampTime, t } from '../shared/i18n';

export const TimestampsContext = createContext<ReadonlyMap<string, TimestampSummary[]>>(new Map());

/** The case's tokens by evidence id, reloaded whenever the list of items changes. */
export function useCaseTimestamps(caseId: string, version: unknown): Map<string, TimestampSummary[]> {
  const [byItem, setByItem] = useState(new Map<string, TimestampSummary[]>());
  useEffect(() => {
    let live = true;
    void request('timestamps/list', { caseId }).then(
      (list) => {
        const map = new Map<string, TimestampSummary[]>();
        for (const s of list) map.set(s.evidenceId, [...(map.get(s.evidenceId) ?? []), s]);
        if (live) setByItem(map);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [caseId, version]);
  return byItem;
}

export function TimestampLines({ evidenceId, sha256 }: { evidenceId: string; sha256: string }) {
  const stamps = useContext(TimestampsContext).get(evidenceId) ?? [];
  // A recording's earlier saves had other hashes: show the tokens over what the item holds now.
  const shown = stamps.filter((s) => s.subject === 'log-head' || s.sha256 === sha256);
  if (shown.length === 0) return null;
  return (
    <ul class="timestamps" data-testid="timestamp-lines">
      {shown.map((s) => (
        <li key={`${s.subject}${s.sha256}`}>
          {t(s.subject === 'original' ? 'timestampedBy' : 'logTimestampedBy', s.authority, formatStampTime(s.genTime))}
        </li>
      ))}
    </ul>
  );
}
