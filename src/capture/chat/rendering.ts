// What the page renders, asked of the DOM directly: the rules the reader (dom.ts, remembered per task)
// and the picker's own small script (region.ts, which must not load the reader) share.

/** Elements that never show as text. */
export const NOT_RENDERED = new Set('SCRIPT STYLE TEMPLATE NOSCRIPT HEAD META LINK SVG svg'.split(' '));

/** An inline style that hides the element. */
export const HIDDEN_STYLE = /display:\s*none|visibility:\s*hidden/;

/** The child nodes as rendered: a shadow host shows its shadow tree, a slot its assigned nodes. */
export function renderedChildren(node: Node): ArrayLike<Node> {
  const el = node as Element;
  if (el.shadowRoot) return el.shadowRoot.childNodes;
  if (el.tagName === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
    if (assigned.length) return assigned;
  }
  return node.childNodes;
}

/** The parent across a shadow boundary (a shadow root's host). */
export function parentAcross(el: Element): Element | null {
  const parent = el.parentElement;
  if (parent) return parent;
  const root = el.parentNode as ShadowRoot | null;
  return root && 'host' in root ? root.host : null;
}
