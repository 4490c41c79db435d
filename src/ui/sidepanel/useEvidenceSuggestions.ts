// The case's chats and saved selections read once per change of the evidence, and what
// suggestionsFromEvidence finds in them. Redacted copies are left out: the original is the one cited.
import { useEffect, useState } from 'preact/hooks';
import { type Evidence, originalFileOf } from '../../domain/evidence';
import { type EvidenceSuggestion, type SuggestionEvidence, suggestionsFromEvidence } from '../../domain/suggestions';
import { request } from '../../messaging/client';

async function readable(e: Evidence): Promise<SuggestionEvidence | null> {
  if (e.kind === 'selection') return { evidenceId: e.id, capturedAt: e.capturedAt, text: e.text };
  if (e.kind !== 'transcript') return null;
  const transcript = await request('evidence/transcript', { evidenceId: e.id }).catch(() => null);
  return transcript ? { evidenceId: e.id, ...transcript } : null;
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
