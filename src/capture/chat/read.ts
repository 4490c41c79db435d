// Reads one message unit (a row of the message list) into messages: finds the author name, the
// time and the avatar as separate elements, leaves them out of the text, and splits a sender's
// group of bubbles into one message each.
import type { ChatRole } from '../../domain/transcript';
import { allElements, attrWords, renderedElements } from './dom';
import { roleFromRect, roleFromStyle, roleFromTree } from './roles';
import { isDateOrTime, isTimeText, plainText, visibleText } from './text';
import type { ExtractedMessage } from './types';

const has = (el: Element, list: ReadonlySet<string>): boolean => attrWords(el).some((w) => list.has(w));
const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const AUTHOR = wordSet('author name sender nickname nick username displayname fullname');
const TIME = wordSet('time timestamp date datetime ts clock');
const HIDDEN = wordSet(
  'avatar avatars initials photo portrait status receipt receipts seen delivered actions toolbar typing ' +
    'sronly sr only visually hidden screenreader reactions reaction menu',
);
const STATUS = /^(?:seen|read|delivered|sent|sending|failed|已读|未读|已送达|送达|发送中|发送失败)$/i;
/** Words of classes that split one message into paragraphs (not a group into bubbles). */
const PARAGRAPH = new Set(['paragraph', 'para', 'block', 'blocks', 'line', 'lines', 'text']);
/** What is left of a name·time line once name and time are taken out. */
const SEPARATORS = /^\s*[·•|,:\-–—]+\s*$/;
const BUBBLE_TAGS = /^(DIV|LI|ARTICLE|SECTION)$/;
const KEY_ATTRS = ['data-message-id', 'data-msg-id', 'data-id', 'data-key', 'data-mid'];

export interface ReadOptions {
  /** Container of the list: enables layout-based sides in real browsers. */
  container?: Element;
  styleOf?: (el: Element) => CSSStyleDeclaration | null;
  /** Elements the list-level analysis found to be author names. */
  isAuthor?: (el: Element) => boolean;
}

function isHidden(el: Element): boolean {
  return (
    el.tagName === 'BUTTON' ||
    el.getAttribute('aria-hidden') === 'true' ||
    has(el, HIDDEN) ||
    (el.childElementCount === 0 && STATUS.test(plainText(el)))
  );
}

/** The author-name and time elements of a unit (the first of each, outside hidden parts). */
export function findMeta(unit: Element, options: ReadOptions): { author: Element | null; time: Element | null } {
  let author: Element | null = null;
  let time: Element | null = null;
  allElements(unit, (el) => {
    if (author && time) return;
    if (!time && (el.tagName === 'TIME' || (has(el, TIME) && plainText(el).length <= 40)) && plainText(el)) time = el;
    else if (!time && el.childElementCount === 0 && isTimeText(plainText(el))) time = el;
    else if (
      !author &&
      (options.isAuthor?.(el) || (has(el, AUTHOR) && !has(el, HIDDEN))) &&
      plainText(el).length <= 60 &&
      plainText(el) &&
      !isTimeText(plainText(el))
    )
      author = el;
  });
  return { author, time };
}

export function messageKey(el: Element): string | undefined {
  for (const a of KEY_ATTRS) {
    const v = el.getAttribute(a);
    if (v) return v;
  }
  return undefined;
}

/** Bubbles of a grouped unit: ≥2 same-class block children, each with text. */
function bubblesOf(unit: Element, author: Element | null): Element[] | null {
  let level: Element[] = [unit];
  for (let d = 0; d < 4 && level.length; d++) {
    for (const el of level) {
      if (!mayHoldBubbles(el)) continue;
      const kids = renderedElements(el).filter(
        (k) =>
          !(author && (k === author || k.contains(author) || author.contains(k))) &&
          !isHidden(k) &&
          !isDateOrTime(plainText(k)),
      );
      const cls = kids[0]?.getAttribute('class');
      if (
        kids.length >= 2 &&
        cls &&
        !attrWords(kids[0] as Element).some((w) => PARAGRAPH.has(w)) &&
        kids.every((k) => BUBBLE_TAGS.test(k.tagName) && k.getAttribute('class') === cls && plainText(k))
      )
        return kids;
    }
    level = level.flatMap((e) => renderedElements(e));
  }
  return null;
}

/** Cheap test first: bubbles need two block children sharing a class (most rows have none). */
function mayHoldBubbles(el: Element): boolean {
  const seen = new Set<string>();
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
    const cls = k.getAttribute('class');
    if (!cls || !BUBBLE_TAGS.test(k.tagName)) continue;
    if (seen.has(cls)) return true;
    seen.add(cls);
  }
  return !!el.shadowRoot || el.tagName === 'SLOT';
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

/** Generic reading of a unit; see file comment. */
export function readUnit(unit: Element, options: ReadOptions = {}): ExtractedMessage[] {
  if (attrWords(unit).includes('typing')) return [];
  const { author, time } = findMeta(unit, options);
  const meta = [author, time].filter((e): e is Element => e !== null);
  const skip = (el: Element): boolean => meta.includes(el) || isHidden(el);
  const authorText = author ? visibleText(author, { skip: (el) => el === time }) : '';
  const parts = bubblesOf(unit, author) ?? [unit];
  const out: ExtractedMessage[] = [];
  for (const part of parts) {
    const own = part === unit ? null : findMeta(part, options).time;
    const text = visibleText(part, { skip: (el) => skip(el) || el === own })
      .split('\n')
      .filter((line) => !SEPARATORS.test(line))
      .join('\n');
    if (!text || (!author && parts.length === 1 && isDateOrTime(text))) continue;
    const role = sideOf(part, unit, options) ?? 'unknown';
    const shown = own ?? time;
    out.push({
      role,
      author: authorText,
      text,
      ...(shown ? { time: plainText(shown) } : {}),
      ...keyOf(part),
      el: part,
    });
  }
  return out;
}

function keyOf(part: Element): { key?: string } {
  const key = messageKey(part);
  return key ? { key } : {};
}
