// Choosing the chat among a tab's frames: a page may hold several candidates (the provider's own
// help widget, an embedded vendor iframe). A recognised widget beats the generic extractor; then
// the longer chat wins; then the top frame.
import type { ChatMessage, UnassignedLine } from '../../domain/transcript';

export interface FrameChat {
  frameId: number;
  frameUrl: string;
  widget: string;
  messages: ChatMessage[];
  /** Some message units of this frame could not be read. */
  partial: boolean;
  /** Text of this frame's chat that is in no message. */
  unassigned?: UnassignedLine[];
}

export function chooseFrameChat(frames: readonly FrameChat[]): FrameChat | null {
  let best: FrameChat | null = null;
  for (const f of frames) {
    if (!f.messages.length) continue;
    if (!best || rank(f) > rank(best)) best = f;
  }
  return best;
}

function rank(f: FrameChat): number {
  return (f.widget === 'generic' ? 0 : 1e9) + f.messages.length * 2 + (f.frameId === 0 ? 1 : 0);
}
