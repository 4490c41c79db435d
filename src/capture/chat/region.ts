// *Pick the chat area*: where the outline moves when the user widens or narrows the choice with the arrow keys.
// Which list in the chosen element holds the messages is worked out when it is read (regionList.ts). The picker
// is its own small script (content/picker.ts, 5 KB budget), so what is shown is asked here directly, not
// through the reader's per-task memos (dom.ts, text.ts): loading those would bring the whole reader along.

const NOT_SHOWN = /^(script|style|template|noscript|head|meta|link|svg)$/i;
const HIDDEN_STYLE = /display:\s*none|visibility:\s*hidden/;

// The nodes as rendered: a shadow host shows its shadow tree, a slot its assigned nodes (else its fallback).
function shownNodes(el: Element): ArrayLike<Node> {
  if (el.shadowRoot) return el.shadowRoot.childNodes;
  const assigned = el.tagName === 'SLOT' ? (el as HTMLSlotElement).assignedNodes() : [];
  return assigned.length ? assigned : el.childNodes;
}

/** The element children as rendered, without scripts, styles and hidden ones. */
export function shownChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (const n of Array.from(shownNodes(el))) {
    const k = n as Element;
    if (n.nodeType === 1 && !NOT_SHOWN.test(k.tagName) && !k.hasAttribute('hidden'))
      if (!HIDDEN_STYLE.test(k.getAttribute('style') ?? '')) out.push(k);
  }
  return out;
}

/** Whether `el` shows any text (its shadow trees and slots included). */
export function showsText(el: Element): boolean {
  for (const n of Array.from(shownNodes(el))) if (n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return true;
  return shownChildren(el).some(showsText);
}

/** The parent element, or the shadow root's host. */
export function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as ShadowRoot | null;
  return root && 'host' in root ? root.host : null;
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
