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
  renderedElements,
  rendersOther,
  tagOf,
  textOf,
} from './dom';
import { findMeta, hasTimeLeaf, isAvatarOf, isHidden, isSmall, type MetaOptions } from './meta';
import { roleFromRect, roleFromStyle, roleFromTree } from './roles';
import { isDateOrTime, plainText, visibleText } from './text';
import type { ExtractedMessage } from './types';

// Words of classes that split one message into paragraphs (not a group into bubbles).
const PARAGRAPH = new Set(['paragraph', 'para', 'block', 'blocks', 'line', 'lines', 'text']);
// What is left of a name·time line once name and time are taken out.
const SEPARATORS = /^\s*[·•|,:\-–—]+\s*$/;
const BUBBLE_TAGS = /^(DIV|LI|ARTICLE|SECTION)$/;
const KEY_ATTRS = ['data-message-id', 'data-msg-id', 'data-id', 'data-key', 'data-mid'];

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

// Bubbles of a grouped unit: ≥2 same-class block children, each with text.
function bubblesOf(unit: Element, author: Element | null): Element[] | null {
  let level: Element[] = [unit];
  for (let d = 0; d < 4 && level.length; d++) {
    for (let i = 0; i < level.length; i++) {
      const el = level[i] as Element;
      if (isLeaf(el) || !mayHoldBubbles(el)) continue;
      const kids = childElements(el).filter(
        (k) =>
          !(author && (k === author || k.contains(author) || author.contains(k))) &&
          !isHidden(k) &&
          !isDateOrTime(plainText(k)),
      );
      const cls = kids[0] ? classOf(kids[0]) : null;
      // Paragraph-like words make same-class children parts of one message, unless each shows its own time.
      if (
        kids.length >= 2 &&
        cls &&
        (!attrWords(kids[0] as Element).some((w) => PARAGRAPH.has(w)) || kids.every(hasTimeLeaf)) &&
        kids.every((k) => BUBBLE_TAGS.test(tagOf(k)) && classOf(k) === cls && plainText(k))
      )
        return kids;
    }
    const next: Element[] = [];
    for (let i = 0; i < level.length; i++)
      if (!isLeaf(level[i] as Element)) renderedElements(level[i] as Element, next);
    level = next;
  }
  return null;
}

// Cheap test first: bubbles need two block children sharing a class (most rows have none).
function mayHoldBubbles(el: Element): boolean {
  // Classes seen so far, as a string list: rows have a handful of children.
  const seen: string[] = [];
  const kids = childElements(el);
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i] as Element;
    const cls = classOf(k);
    if (!cls || !BUBBLE_TAGS.test(tagOf(k))) continue;
    if (seen.includes(cls)) return true;
    seen.push(cls);
  }
  return rendersOther(el);
}

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

/** Generic reading of a unit; see file comment. */
export function readUnit(unit: Element, options: ReadOptions = {}): ExtractedMessage[] {
  if (attrWords(unit).includes('typing') && isSmall(unit)) return [];
  const { author, time, authorText, timeText } = findMeta(unit, options, nameText);
  // Never the whole part: an element holding all of a bubble's text is the message, whatever its words.
  const skip = (el: Element, part: Element): boolean =>
    el === author ||
    el === time ||
    (el !== part && (isHidden(el) || isAvatarOf(el, authorText)) && plainText(el) !== plainText(part));
  const parts = bubblesOf(unit, author) ?? [unit];
  const whiteSpaceOf = (el: Element): string => options.styleOf?.(el)?.whiteSpace ?? '';
  const out: ExtractedMessage[] = [];
  for (const part of parts) {
    const own = part === unit ? null : findMeta(part, options, plainText).time;
    const shownText = visibleText(part, { skip: (el) => skip(el, part) || el === own, whiteSpaceOf });
    const text = shownText.includes('\n')
      ? shownText
          .split('\n')
          .filter((line) => !SEPARATORS.test(line))
          .join('\n')
      : SEPARATORS.test(shownText)
        ? ''
        : shownText;
    if (!text || (!author && parts.length === 1 && isDateOrTime(text))) continue;
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
