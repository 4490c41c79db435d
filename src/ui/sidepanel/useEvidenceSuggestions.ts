// The case's chats and saved selections read once per change of the evidence, and what
// suggestionsFromEvidence finds in them. Redacted copies are left out: the original is the one cited.
import { useEffect, useState } from 'preact/hooks';
import { type Evidence, originalFileOf } from '../../domain/evidence';
import { type EvidenceSuggestion, type SuggestionEvidence, suggestionsFromEvidence } from '../../domain/suggestions';
import { request } from '../../messaging/client';

/** The last read of each chat with its hash: a recording's save re-reads that chat only, not every chat. */
const lastRead = new Map<string, { sha256: string; read: Promise<SuggestionEvidence | null> }>();

function readable(e: Evidence): Promise<SuggestionEvidence | null> {
  if (e.kind === 'selection') return Promise.resolve({ evidenceId: e.id, capturedAt: e.capturedAt, text: e.text });
  if (e.kind !== 'transcript') return Promise.resolve(null);
  const cached = lastRead.get(e.id);
  if (cached?.sha256 === e.file.sha256) return cached.read;
  const read = request('evidence/transcript', { evidenceId: e.id }).then(
    (transcript) => (transcript ? { evidenceId: e.id, ...transcript } : null),
    () => {
      lastRead.delete(e.id); // a failed read is tried again next time
      return null;
    },
  );
  lastRead.set(e.id, { sha256: e.file.sha256, read });
  return read;
}

export function useEvidenceSuggestions(items: readonly Evidence[]): EvidenceSuggestion[] | null {
  const [found, setFound] = useState<EvidenceSuggestion[] | null>(null);
  const sources = items.filter((e) => e.kind !== 'screenshot' && !e.derivation);
  // A recording's every save changes its hash: the suggestions follow it.
  const key = sources.map((e) => `${e.id}:${originalFileOf(e).sha256}`).join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(sources.map(readable)).then((read) => {
      if (live) setFound(suggestionsFromEvidence(read.filter((r): r is SuggestionEvidence => r !== null)));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return found;
}
