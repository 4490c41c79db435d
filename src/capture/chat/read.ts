// Reads one message unit (a row of the message list) into messages: finds the author name, the
// time and the avatar as separate elements, leaves them out of the text, and splits a sender's
// group of bubbles into one message each.
import type { ChatRole } from '../../domain/transcript';
import {
  attribute,
  attrWords,
  childElements,
  classOf,
  isLeaf,
  mayHoldShadow,
  rendersOther,
  tagOf,
  textOf,
  wordSet,
} from './dom';
import { findMeta, hasTimeLeaf, isAvatarOf, isHidden, isSmall, type MetaOptions } from './meta';
import { roleFromRect, roleFromStyle, roleFromTree } from './roles';
import { isDateOrTime, plainText, type TextOptions, visibleText } from './text';
import type { ExtractedMessage } from './types';

// Words of classes that split one message into paragraphs (not a group into bubbles).
const PARAGRAPH = wordSet('paragraph para block blocks line lines text');
// What is left of a name·time line once name and time are taken out.
const SEPARATORS = /^\s*[·•|,:\-–—]+\s*$/;
const BUBBLE_TAGS = wordSet('DIV LI ARTICLE SECTION');
const KEY_ATTRS = 'data-message-id data-msg-id data-id data-key data-mid'.split(' ');

export interface ReadOptions extends MetaOptions {
  /** Container of the list: enables layout-based sides in real browsers. */
  container?: Element;
  styleOf?: (el: Element) => CSSStyleDeclaration | null;
}

export function messageKey(el: Element): string | undefined {
  // Asked of the task's attribute names first: most rows have a class and nothing else.
  for (let i = 0; i < KEY_ATTRS.length; i++) {
    const v = attribute(el, KEY_ATTRS[i] as string);
    if (v) return v;
  }
  return undefined;
}

// Bubbles of a grouped unit: ≥2 same-class block children, each with text; the shallowest first (four levels).
function bubblesOf(unit: Element, author: Element | null): Element[] | null {
  for (let depth = 0; depth < 4; depth++) {
    const found = bubblesAt(unit, depth, author);
    if (found) return found;
    if (found === false) return null;
  }
  return null;
}

// The bubbles of the first element `depth` levels below `el` that holds them (document order); null when
// that level holds none, false when it has no element (nothing deeper either).
function bubblesAt(el: Element, depth: number, author: Element | null): Element[] | null | false {
  if (depth === 0) return isLeaf(el) || !mayHoldBubbles(el) ? null : bubblesIn(el, author);
  const kids = childElements(el);
  let reached: null | false = false;
  for (let i = 0; i < kids.length; i++) {
    const found = bubblesAt(kids[i] as Element, depth - 1, author);
    if (found) return found;
    if (found === null) reached = null;
  }
  return reached;
}

function bubblesIn(el: Element, author: Element | null): Element[] | null {
  const kids = childElements(el).filter(
    (k) =>
      !(author && (k === author || k.contains(author) || author.contains(k))) &&
      !isHidden(k) &&
      !isDateOrTime(plainText(k)),
  );
  const cls = kids[0] ? classOf(kids[0]) : null;
  // Paragraph-like words make same-class children parts of one message, unless each shows its own time.
  return kids.length >= 2 &&
    cls &&
    (!attrWords(kids[0] as Element).some((w) => PARAGRAPH.has(w)) || kids.every(hasTimeLeaf)) &&
    kids.every((k) => BUBBLE_TAGS.has(tagOf(k)) && classOf(k) === cls && plainText(k))
    ? kids
    : null;
}

// Cheap test first: bubbles need two block children sharing a class (most rows have none).
function mayHoldBubbles(el: Element): boolean {
  const kids = childElements(el);
  // Each class against those before it (rows have a handful of children: no list of classes is made; a
  // child without a class or of another tag is passed over at once).
  for (let i = 1; i < kids.length; i++) {
    const cls = blockClass(kids[i] as Element);
    if (cls) for (let j = 0; j < i; j++) if (blockClass(kids[j] as Element) === cls) return true;
  }
  return rendersOther(el);
}

const blockClass = (el: Element): string | null => (BUBBLE_TAGS.has(tagOf(el)) ? classOf(el) : null);

export function sideOf(el: Element, unit: Element, options: ReadOptions): ChatRole | null {
  for (let e: Element | null = el; e; e = e === unit ? null : e.parentElement) {
    const role = roleFromTree(e, e === el ? 3 : 0);
    if (role) return role;
  }
  if (options.styleOf) {
    const role = roleFromStyle(unit, options.styleOf);
    if (role) return role;
  }
  return options.container ? roleFromRect(el, options.container) : null;
}

// The name as shown: a plain one-line leaf (most names) is its text; else its visible text without the time.
function nameText(el: Element, shownTime: Element | null): string {
  if (isLeaf(el) && !mayHoldShadow(el) && !textOf(el).includes('\n')) return plainText(el);
  return visibleText(el, { skip: (e) => e === shownTime || (e !== el && isHidden(e)) });
}

// What a unit's text leaves out, for the part being read (one object per unit, not closures per part).
interface PartSkip {
  author: Element | null;
  time: Element | null;
  authorText: string;
  part: Element;
  /** The part's own time, when the unit is a group of bubbles. */
  own: Element | null;
}

// Never the whole part: an element holding all of a bubble's text is the message, whatever its words.
const skipped = (s: PartSkip, el: Element): boolean =>
  el === s.author ||
  el === s.time ||
  el === s.own ||
  (el !== s.part && (isHidden(el) || isAvatarOf(el, s.authorText)) && plainText(el) !== plainText(s.part));

// A bare date or time with no name is a date divider, unless its row shows a time of its own, says whose it is
// by its words (delivery words aside: Quasar's date label has `q-message-received`), or is built like a row near
// it that holds a message: a customer answering "昨天" or "2026-11-22" is a message.
function isMessageRow(unit: Element): boolean {
  const role = roleFromTree(unit, 3, true, true);
  if (role === 'customer' || role === 'agent') return true;
  // A bare line with no element inside is how dividers and notices are drawn (often with the same class).
  if (isLeaf(unit)) return false;
  const shape = shapeOf(unit);
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const)
    for (let near = unit[step], i = 0; near && i < 3; near = near[step], i++)
      if (shapeOf(near) === shape && !isDateOrTime(plainText(near))) return true;
  return false;
}

// The classes of the row and of its children.
const shapeOf = (el: Element): string => [el, ...childElements(el)].map(classOf).join();

/** Generic reading of a unit; see file comment. */
export function readUnit(unit: Element, options: ReadOptions = {}): ExtractedMessage[] {
  if (attrWords(unit).includes('typing') && isSmall(unit)) return [];
  const { author, time, authorText, timeText } = findMeta(unit, options, nameText);
  const bubbles = bubblesOf(unit, author);
  const parts = bubbles ? bubbles.length : 1;
  const leftOut: PartSkip = { author, time, authorText, part: unit, own: null };
  const textOptions: TextOptions = {
    skip: (el) => skipped(leftOut, el),
    whiteSpaceOf: (el) => options.styleOf?.(el)?.whiteSpace ?? '',
  };
  const out: ExtractedMessage[] = [];
  for (let i = 0; i < parts; i++) {
    const part = bubbles ? (bubbles[i] as Element) : unit;
    const own = part === unit ? null : findMeta(part, options, plainText).time;
    leftOut.part = part;
    leftOut.own = own;
    const shownText = visibleText(part, textOptions);
    const text = shownText.includes('\n')
      ? shownText
          .split('\n')
          .filter((line) => !SEPARATORS.test(line))
          .join('\n')
      : SEPARATORS.test(shownText)
        ? ''
        : shownText;
    if (!text || (!author && parts === 1 && !timeText && isDateOrTime(text) && !isMessageRow(unit))) continue;
    const role = sideOf(part, unit, options) ?? 'unknown';
    const shown = own ? plainText(own) : timeText;
    // Fields set one by one (no spread objects per message); the order of role, author, text, time is kept.
    const message: ExtractedMessage = { role, author: authorText, text, el: part };
    if (shown) message.time = shown;
    const key = messageKey(part);
    if (key) message.key = key;
    out.push(message);
  }
  return out;
}
