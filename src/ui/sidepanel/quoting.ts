// Quote in letter, from the transcript viewer: each press adds the message to the letter's
// quotations or takes it out again (stored with the case's facts, cited at draft time).
import { toggleQuotation } from '../../domain/letter';
import type { Quoting } from './TranscriptMessages';
import type { Workspace } from './useWorkspace';

export function quotingFor(workspace: Workspace | undefined, evidenceId: string): Quoting | undefined {
  if (!workspace?.loaded) return undefined;
  const quoted = new Set(
    (workspace.facts.quotations ?? []).filter((q) => q.evidenceId === evidenceId).map((q) => q.messageIndex),
  );
  return {
    quoted,
    toggle: (message, index) =>
      workspace.updateFacts((f) => toggleQuotation(f, evidenceId, index, message, () => crypto.randomUUID())),
  };
}
