// What a redacted copy is made from and how it is recorded: the text of a transcript or selection
// as the user reviews it, the boxes of a screenshot, and the derivation log written beside the copy.
import { DERIVATION_LOG_FORMAT, type DerivationLog } from '../bundle/derivation';
import type { RedactionSpan } from './detect';

/** Version of Proofpack's redaction rules, written into every redaction log. */
export const REDACTION_VERSION = 'proofpack-redact/1';

/** A solid box over a screenshot, in the image's pixels. */
export interface RedactionBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Why it is hidden, as the user said (or `manual`). */
  reason: string;
}

/** A transcript's messages as plain lines (`author (time): text`), the text a redacted copy is made of. */
export function transcriptPlainText(json: unknown): string {
  const messages = (json as { messages?: unknown })?.messages;
  if (!Array.isArray(messages)) return '';
  return messages
    .map((m: { author?: unknown; time?: unknown; role?: unknown; text?: unknown }) => {
      const who = typeof m.author === 'string' && m.author ? m.author : String(m.role ?? '');
      const when = typeof m.time === 'string' && m.time ? ` (${m.time})` : '';
      return `${who}${when}: ${typeof m.text === 'string' ? m.text : ''}`;
    })
    .join('\n');
}

/** Boxes clipped to the image; empty boxes dropped. */
export function clipBoxes(boxes: readonly RedactionBox[], size: { width: number; height: number }): RedactionBox[] {
  return boxes.flatMap((b) => {
    const x = Math.max(0, Math.floor(b.x));
    const y = Math.max(0, Math.floor(b.y));
    const width = Math.min(size.width, Math.ceil(b.x + b.width)) - x;
    const height = Math.min(size.height, Math.ceil(b.y + b.height)) - y;
    return width > 0 && height > 0 ? [{ x, y, width, height, reason: b.reason || 'manual' }] : [];
  });
}

export interface RedactionLogInput {
  tool: string;
  createdAt: string;
  source: { sha256: string; bytes: number; evidenceId: string };
  output: { sha256: string; bytes: number; mediaType: string };
  redactions: { kind: 'boxes'; boxes: RedactionBox[] } | { kind: 'spans'; spans: RedactionSpan[] };
}

export function redactionLog(input: RedactionLogInput): DerivationLog {
  return {
    format: DERIVATION_LOG_FORMAT,
    version: 1,
    method: 'redact',
    tool: input.tool,
    createdAt: input.createdAt,
    sources: [{ sha256: input.source.sha256, role: 'original', bytes: input.source.bytes }],
    output: input.output,
    details: {
      version: REDACTION_VERSION,
      sourceEvidenceId: input.source.evidenceId,
      ...(input.redactions.kind === 'boxes'
        ? { method: 'solid boxes, PNG re-encoded without metadata', boxes: input.redactions.boxes }
        : { method: 'text spans replaced by a fixed mark', spans: input.redactions.spans }),
    },
  };
}
