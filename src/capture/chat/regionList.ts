// *Pick the chat area*: the list in the chosen element whose children are the messages, or null when nothing
// in it looks like a chat. The user may choose the list itself, the whole chat panel or a wider part of the page
// (a form around the chat, a page section): only a list whose rows look like messages is read, and the rest of
// the region is accounted for as lines no message holds (account.ts), never read as messages.
import { allElements, attrWords, isLeaf, renderedElements } from './dom';
import { styleOfElement } from './generic';
import { hasTimeLeaf } from './meta';
import { roleFromRect, roleFromStyle, roleFromTree } from './roles';
import { isDateOrTime, isTimeText, plainText } from './text';

// Children that are the parts of a page or a form, not messages: a list holding many of them is a wrapper.
const PAGE_PART = /^(LABEL|LEGEND|FIELDSET|FORM|NAV|HEADER|FOOTER|SELECT|TEXTAREA|INPUT|BUTTON)$/;
const PAGE_ROLES = /^(heading|navigation|search|form|banner|contentinfo|button|menu|menubar|tablist)$/;
const HEADING = /^H[1-6]$/;
const FIELD =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="image"]), select, textarea';
const CHAT_WORDS = /^(chat|chats|message|messages|msg|msgs|conversation|messenger|transcript|bubble|bubbles|im)$/;
// Most a list can score (each cue at its maximum): lets the search skip candidates with few units.
const MAX_CUES = 4;
// Cues a list needs at least: half its rows timed, or named, or both sides shown, or a chat's own markup.
const MIN_CUES = 0.5;
// Share of a list's children that may be page parts (a "Load earlier" button, a rating form in a bot's chat).
const MAX_PAGE_PARTS = 0.2;

const unitsOf = (el: Element): Element[] => renderedElements(el).filter((u) => plainText(u));

/** A heading (not a date divider), a label, a field, a link list or a page landmark. */
export function isPagePart(unit: Element): boolean {
  const role = unit.getAttribute('role') ?? '';
  if (PAGE_PART.test(unit.tagName) || PAGE_ROLES.test(role)) return !(role === 'heading' && dateHeading(unit));
  if (HEADING.test(unit.tagName)) return !dateHeading(unit);
  if (unit.querySelector(FIELD)) return true;
  let linked = 0;
  for (const a of Array.from(unit.querySelectorAll('a'))) linked += plainText(a).length;
  return linked > 0 && linked >= plainText(unit).length * 0.6;
}

const dateHeading = (unit: Element): boolean => isDateOrTime(plainText(unit));

// The first short text a row shows that is not a time: a name, when rows repeat it.
function firstName(unit: Element): string {
  let name = '';
  allElements(unit, (e) => {
    if (name || !isLeaf(e)) return;
    const text = plainText(e);
    if (text && !isTimeText(text)) name = text.length <= 40 ? text : ' ';
  });
  // A row that is one element: its own text is the first it shows.
  if (!name && isLeaf(unit)) name = plainText(unit).length <= 40 ? plainText(unit) : '';
  return name.trim();
}

/** How much `list` looks like a chat from its rows (times, repeated names, two sides, chat markup), 0 to 4. */
export function chatCues(list: Element, units: Element[]): number {
  const sample = units.length > 40 ? [...units.slice(0, 10), ...units.slice(-30)] : units;
  const names = new Map<string, number>();
  const firsts = sample.map(firstName);
  for (const n of firsts) if (n) names.set(n, (names.get(n) ?? 0) + 1);
  let timed = 0;
  let named = 0;
  const sides = new Set<string>();
  sample.forEach((u, i) => {
    if (u.querySelector('time') || hasTimeLeaf(u)) timed++;
    if ((names.get(firsts[i] ?? '') ?? 0) >= 2) named++;
    const side = roleFromTree(u) ?? roleFromStyle(u, styleOfElement) ?? roleFromRect(u, list);
    if (side) sides.add(side);
  });
  const markup =
    list.getAttribute('role') === 'log' ||
    list.hasAttribute('aria-live') ||
    attrWords(list).some((w) => CHAT_WORDS.test(w));
  const n = sample.length;
  return timed / n + named / n + (sides.has('customer') && sides.has('agent') ? 1 : 0) + (markup ? 1 : 0);
}

/** The most chat-like list under `root` (itself included) whose rows look like messages, or null. */
export function regionList(root: Element): Element | null {
  const candidates: Array<{ el: Element; units: Element[] }> = [];
  const add = (el: Element): void => {
    const units = unitsOf(el);
    if (units.length) candidates.push({ el, units });
  };
  add(root);
  allElements(root, add);
  // Longest first (stable: an outer list before a group of bubbles in it), until none can beat the best.
  candidates.sort((a, b) => b.units.length - a.units.length);
  let best: { el: Element; score: number } | null = null;
  for (const { el, units } of candidates) {
    const weight = Math.log2(units.length + 1);
    if (best && MAX_CUES * weight <= best.score) break;
    if (units.filter(isPagePart).length > units.length * MAX_PAGE_PARTS || !uniform(units)) continue;
    const cues = chatCues(el, units);
    if (cues >= MIN_CUES && (!best || cues * weight > best.score)) best = { el, score: cues * weight };
  }
  return best?.el ?? null;
}

// Rows of a list repeat one tag (a divider or notice of another tag aside).
function uniform(units: Element[]): boolean {
  const tags = new Map<string, number>();
  for (const u of units) tags.set(u.tagName, (tags.get(u.tagName) ?? 0) + 1);
  return Math.max(...tags.values()) >= units.length * 0.6;
}
