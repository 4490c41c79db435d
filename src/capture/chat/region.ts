// *Pick the chat area*: where the outline moves when the user widens or narrows the choice with the arrow keys.
// Which list in the chosen element holds the messages is worked out when it is read (regionList.ts). The picker
// is its own small script (content/picker.ts, 5 KB budget), so what is shown is asked here directly (the
// rules in rendering.ts), not through the reader's per-task memos (dom.ts, text.ts), which bring the reader along.
import { HIDDEN_STYLE, NOT_RENDERED, parentAcross, renderedChildren } from './rendering';

/** The element children as rendered, without scripts, styles and hidden ones. */
export function shownChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (const n of Array.from(renderedChildren(el))) {
    const k = n as Element;
    if (n.nodeType === 1 && !NOT_RENDERED.has(k.tagName) && !k.hasAttribute('hidden'))
      if (!HIDDEN_STYLE.test(k.getAttribute('style') ?? '')) out.push(k);
  }
  return out;
}

/** Whether `el` shows any text (its shadow trees and slots included). */
export function showsText(el: Element): boolean {
  for (const n of Array.from(renderedChildren(el))) if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return true;
  return shownChildren(el).some(showsText);
}

/** The highlighted element, and the narrower ones the user widened from (ArrowDown goes back to them). */
export interface PickPath {
  current: Element;
  narrower: Element[];
}

/** ArrowUp: the parent (across shadow roots), never the document's root element. */
export function widen(path: PickPath): PickPath {
  const parent = parentAcross(path.current);
  if (!parent || parent === path.current.ownerDocument.documentElement) return path;
  return { current: parent, narrower: [path.current, ...path.narrower] };
}

/** ArrowDown: back to where the user widened from, else the first child that shows text. */
export function narrow(path: PickPath): PickPath {
  const [back, ...rest] = path.narrower;
  if (back) return { current: back, narrower: rest };
  const child = shownChildren(path.current).find(showsText);
  return child ? { current: child, narrower: [] } : path;
}
