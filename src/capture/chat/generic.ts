// The generic extractor: finds the message list of a chat UI it has never seen from structure
// alone (repeated sibling units, sides, times, names, ARIA roles, a composer), so it survives
// widgets renaming their classes. Adapters fall back to it for whatever they cannot read.
import { allElements, renderedElements } from './dom';
import { type ReadOptions, readUnit } from './read';
import { newScoringPass, scoreCeiling, scoreList } from './score';
import { isTimeText, plainText } from './text';
import type { ExtractedMessage, MessageList } from './types';

export function styleOfElement(el: Element): CSSStyleDeclaration | null {
  return el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;
}

/** Short first-leaf texts that repeat across units are names shown above bubbles. */
function repeatedNames(units: Element[]): Set<Element> {
  const firsts = new Map<string, Element[]>();
  for (const u of units.slice(0, 200)) {
    const leaves = Array.from(u.querySelectorAll('*')).filter((e) => e.childElementCount === 0 && plainText(e));
    const first = leaves[0];
    const rest = leaves.slice(1).filter((e) => !isTimeText(plainText(e)));
    if (
      !first ||
      !rest.length ||
      first.tagName === 'TIME' ||
      isTimeText(plainText(first)) ||
      plainText(first).length > 40
    )
      continue;
    const list = firsts.get(plainText(first)) ?? [];
    list.push(first);
    firsts.set(plainText(first), list);
  }
  const names = new Set<Element>();
  for (const els of firsts.values()) if (els.length >= 2) for (const e of els) names.add(e);
  return names;
}

/** When only one side is named, the unnamed messages are the other side. */
export function settleRoles(messages: ExtractedMessage[]): ExtractedMessage[] {
  const sides = new Set(messages.map((m) => m.role));
  const other =
    sides.has('customer') && !sides.has('agent')
      ? 'agent'
      : sides.has('agent') && !sides.has('customer')
        ? 'customer'
        : null;
  if (other) for (const m of messages) if (m.role === 'unknown') m.role = other;
  return messages;
}

/** A message list read generically (used by adapters too, with their own container). */
export function genericList(
  container: Element,
  units: () => Element[] = () => renderedElements(container),
): MessageList {
  const names = repeatedNames(units());
  const options: ReadOptions = { container, styleOf: styleOfElement, isAuthor: (el) => names.has(el) };
  return { container, units, read: (unit) => readUnit(unit, options) };
}

/** The most chat-like list under `root`, or null when there is none. */
export function locateGeneric(root: ParentNode): MessageList | null {
  let best: { score: number; list: Element } | null = null;
  newScoringPass();
  allElements(root, (el) => {
    if (el.childElementCount < 1 && !el.shadowRoot) return;
    // Exact pruning: a list that cannot beat the best so far (e.g. a row of a long chat) is not scored.
    const children = el.shadowRoot || el.tagName === 'SLOT' ? renderedElements(el).length : el.childElementCount;
    if (best && scoreCeiling(children) <= (best as { score: number }).score) return;
    const scored = scoreList(el, styleOfElement);
    if (scored && (!best || scored.score > best.score)) best = { score: scored.score, list: el };
  });
  const found = best as { score: number; list: Element } | null;
  return found ? genericList(found.list) : null;
}
