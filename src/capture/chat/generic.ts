// The generic extractor: finds the message list of a chat UI it has never seen from structure
// alone (repeated sibling units, sides, times, names, ARIA roles, a composer), so it survives
// widgets renaming their classes. Adapters fall back to it for whatever they cannot read.
import { allElements, indexElements, isSkipped, mayHoldShadow, renderedElements, rendersOther } from './dom';
import { isHidden, isInitials } from './meta';
import { type ReadOptions, readUnit } from './read';
import { newScoringPass, scoreCeiling, scoreList } from './score';
import { CLOCK, isTimeText, plainText } from './text';
import type { MessageList } from './types';

const TRAILING_TIME = new RegExp(String.raw`[\s·•|｜,，\-–—]*${CLOCK}$`, 'i');

export function styleOfElement(el: Element): CSSStyleDeclaration | null {
  return el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;
}

// Leaves of a unit holding text, in order (crossing shadow roots), without avatar initials and hidden parts.
function textLeaves(unit: Element): Element[] {
  const leaves: Element[] = [];
  allElements(unit, (e, kids) => {
    if (!kids.length && plainText(e) && !isInitials(plainText(e)) && !isHidden(e)) leaves.push(e);
    return leaves.length === 8;
  });
  return leaves;
}

// Short first-leaf texts that repeat across units are names shown above bubbles (a trailing time aside).
function repeatedNames(units: Element[]): Set<Element> {
  const firsts = new Map<string, Element[]>();
  for (const u of units.slice(0, 200)) {
    const leaves = textLeaves(u);
    const first = leaves[0];
    const rest = leaves.slice(1).filter((e) => !isTimeText(plainText(e)));
    if (
      !first ||
      !rest.length ||
      first.tagName === 'TIME' ||
      isTimeText(plainText(first)) ||
      plainText(first).length > 60
    )
      continue;
    const name = plainText(first).replace(TRAILING_TIME, '');
    const list = firsts.get(name) ?? [];
    list.push(first);
    firsts.set(name, list);
  }
  const names = new Set<Element>();
  for (const els of firsts.values()) if (els.length >= 2) for (const e of els) names.add(e);
  return names;
}

/** Units in display order (column-reverse, absolutely positioned rows); layout asked once per list. */
export function displayOrder(container: Element): () => Element[] {
  const style = styleOfElement(container);
  const reversed = style?.flexDirection === 'column-reverse';
  const first = firstRendered(container);
  const positioned = !!first && styleOfElement(first)?.position === 'absolute';
  return () => {
    const units = renderedElements(container);
    if (reversed) units.reverse();
    if (positioned && units.length > 1) {
      const tops = new Map(units.map((u) => [u, u.getBoundingClientRect().top]));
      units.sort((a, b) => (tops.get(a) ?? 0) - (tops.get(b) ?? 0));
    }
    return units;
  };
}

function firstRendered(container: Element): Element | undefined {
  if (rendersOther(container)) return renderedElements(container)[0];
  for (let k = container.firstElementChild; k; k = k.nextElementSibling) if (!isSkipped(k)) return k;
  return undefined;
}

/** A message list read generically (used by adapters too, with their own container). */
export function genericList(container: Element, units: () => Element[] = displayOrder(container)): MessageList {
  const names = repeatedNames(units());
  const options: ReadOptions = { container, styleOf: styleOfElement, isAuthor: (el) => names.has(el) };
  return { container, units, read: (unit) => readUnit(unit, options) };
}

/**
 * The most chat-like list under `root`, or null when there is none. Candidates are scored longest first,
 * so the pass stops at the first one that cannot beat the best (10,000 unrelated nodes are never scored).
 */
export function locateGeneric(root: ParentNode): MessageList | null {
  let parents: Element[] = [];
  let counts: number[] = [];
  // Without shadow roots the native list is in the same order; hidden subtrees are left out when scored.
  const light = !mayHoldShadow(root);
  if (light) ({ parents, childCounts: counts } = indexElements(root));
  else
    allElements(root, (el) => {
      if (el.childElementCount < 1 && !el.shadowRoot) return;
      parents.push(el);
      counts.push(rendersOther(el) ? renderedElements(el).length : el.childElementCount);
    });
  let best: { score: number; list: Element; at: number } | null = null;
  newScoringPass();
  // Most children first (the highest ceiling); the sort is stable, so equals stay in document order.
  const order = counts.map((_, i) => i).sort((a, b) => (counts[b] as number) - (counts[a] as number));
  for (const at of order) {
    const el = parents[at] as Element;
    if (best && scoreCeiling(counts[at] as number) < best.score) break;
    if (light && !shown(el, root)) continue;
    const scored = scoreList(el, styleOfElement);
    if (scored && (!best || scored.score > best.score || (scored.score === best.score && at < best.at)))
      best = { score: scored.score, list: el, at };
  }
  return best ? genericList(best.list) : null;
}

// Neither `el` nor an ancestor below `root` is skipped (script, template, hidden).
function shown(el: Element, root: ParentNode): boolean {
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) if (isSkipped(a)) return false;
  return true;
}
