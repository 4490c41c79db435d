// *Pick the chat area*: the list in the chosen element whose children are the messages, or null when nothing
// in it looks like a chat. The user may choose the list itself, the whole chat panel or a wider part of the page
// (a form around the chat, a page section): only a list whose rows look like messages is read, and the rest of
// the region is accounted for as lines no message holds (account.ts), never read as messages.
import { allElements, attrWords, childElements, isLeaf } from './dom';
import { styleOfElement } from './generic';
import { hasTimeLeaf } from './meta';
import { roleFromRect, roleFromStyle, roleFromTree } from './roles';
import { mostlyOneTag, sampleRows } from './score';
import { isDateOrTime, isTimeText, plainText } from './text';

// Children that are parts of a page or a form, not messages (a heading that is a date divides a chat's days).
const PAGE_PART = /^(H[1-6]|LABEL|LEGEND|FIELDSET|FORM|NAV|HEADER|FOOTER|SELECT|TEXTAREA|INPUT|BUTTON)$/;
const PAGE_ROLES = /^(heading|navigation|search|form|button|menu)$/;
// Fields to fill in (a box to tick beside each message, as some chats have for reporting, is no form).
const FIELD = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=checkbox]),select,textarea';
const CHAT_WORDS = /^(chat|messages?|msgs?|conversation|messenger|transcript|bubbles?|im)$/;

// A heading, a label, a field or a block of one, a link list, a page landmark.
export function isPagePart(unit: Element): boolean {
  const text = plainText(unit);
  if (PAGE_PART.test(unit.tagName) || PAGE_ROLES.test(unit.getAttribute('role') ?? '')) return !isDateOrTime(text);
  if (unit.querySelector(FIELD)) return true;
  let linked = 0;
  for (const a of Array.from(unit.querySelectorAll('a'))) linked += plainText(a).length;
  return linked > 0 && linked >= text.length * 0.6;
}

// The first text a row shows, when short and not a time: a name, when rows repeat it.
function firstName(unit: Element): string {
  let name = '';
  allElements(unit, (e) => {
    if (!name && isLeaf(e)) name = plainText(e);
  });
  name ||= plainText(unit);
  return name.length <= 40 && !isTimeText(name) ? name : '';
}

// How much `list` looks like a chat from its rows, 0 to 4: times, repeated names, both sides, a chat's markup.
export function chatCues(list: Element, units: Element[]): number {
  const sample = sampleRows(units);
  const firsts = sample.map(firstName);
  const sides = new Set<string | null>();
  let cues = 0;
  sample.forEach((u, i) => {
    if (u.querySelector('time') || hasTimeLeaf(u)) cues++;
    if (firsts[i] && firsts.indexOf(firsts[i] as string) !== firsts.lastIndexOf(firsts[i] as string)) cues++;
    sides.add(roleFromTree(u) ?? roleFromStyle(u, styleOfElement) ?? roleFromRect(u, list));
  });
  const markup =
    list.getAttribute('role') === 'log' ||
    list.hasAttribute('aria-live') ||
    attrWords(list).some((w) => CHAT_WORDS.test(w));
  return cues / sample.length + +(sides.has('customer') && sides.has('agent')) + +markup;
}

// The most chat-like list under `root` (itself included) whose rows look like messages, or null. Each list
// needs half its rows timed or named, or both sides, or a chat's markup; at most a fifth of its rows may be page
// parts (a "Load earlier" button, a bot's rating form) and most rows share one tag.
export function regionList(root: Element): Element | null {
  const candidates: Array<{ el: Element; units: Element[] }> = [];
  const add = (el: Element): void => {
    const units = childElements(el).filter((u) => plainText(u));
    if (units.length) candidates.push({ el, units });
  };
  add(root);
  allElements(root, add);
  // Longest first (stable: an outer list before a group of bubbles in it); those that cannot beat the best (4 cues
  // at most) are skipped unread, except the best's ancestors: a list is kept over a part of it (below).
  candidates.sort((a, b) => b.units.length - a.units.length);
  let best: Scored | null = null;
  for (const { el, units } of candidates) {
    const n = units.length;
    const weight = Math.log2(n + 1);
    if (best && 4 * weight <= best.score && !el.contains(best.el)) continue;
    if (!mostlyOneTag(units) || units.filter(isPagePart).length > n * 0.2) continue;
    const score = chatCues(el, units) * weight;
    if (score < 0.5 * weight) continue;
    if (!best || beats({ el, score, n }, best)) best = { el, score, n };
  }
  return best?.el ?? null;
}

interface Scored {
  el: Element;
  score: number;
  n: number;
}

// Of a list and a part of it (one message, a sender's group), the part wins only with clearly more rows and a
// higher score; otherwise the higher score wins.
function beats(a: Scored, b: Scored): boolean {
  const [outer, inner] = a.el.contains(b.el) ? [a, b] : b.el.contains(a.el) ? [b, a] : [null, null];
  if (!outer || !inner) return a.score > b.score;
  return (inner.n >= outer.n * 1.5 && inner.score > outer.score) === (a === inner);
}
