// What in a message row is not the message: the author's name, the time, avatars, receipts,
// toolbars and screen-reader-only text. Class words only rule out small parts: a row or bubble
// holding readable text is never thrown away for a word in its class.
import { allElements, attribute, attributeNames, attrWords, isLeaf, tagOf, taskMemo, wordSet } from './dom';
import { CLOCK, hintsTime, isDateOrTime, isTimeText, plainText } from './text';

function has(el: Element, list: ReadonlySet<string>): boolean {
  const words = attrWords(el);
  for (let i = 0; i < words.length; i++) if (list.has(words[i] as string)) return true;
  return false;
}
const AUTHOR = wordSet('author name sender nickname nick username displayname fullname');
const TIME = wordSet('time timestamp date datetime ts clock');
const HIDDEN = wordSet(
  'avatar avatars initials photo portrait status receipt receipts seen delivered actions toolbar typing ' +
    'sronly screenreader reactions reaction menu',
);
// Class word pairs of text meant for screen readers only (`sr-only`, `visually-hidden`).
const SCREEN_READER = /(?:^| )(?:sr only|visually hidden|screen reader|a11y hidden|offscreen)(?: |$)/;
const SCREEN_READER_WORDS = wordSet('sr visually screen a11y offscreen');
const STATUS = /^(?:seen|read|delivered|sent|sending|failed|已读|未读|已送达|送达|发送中|发送失败)$/i;
// One CJK character or one or two capitals: what an avatar shows in place of a photo.
const INITIALS = /^(?:\p{Lu}{1,2}|[\u3400-\u9fff])$/u;
// A name and a time in one element: `小林 Lin · 10:02`, `Mia | 9:14 AM`, `Agent Wang 10:02`.
const NAME_TIME = new RegExp(String.raw`^(.*?\S)[\s·•|｜,，:\-–—]+(${CLOCK})$`, 'i');

// The same with a visible separator, so a message such as "See you at 10:02" is not taken for one.
const NAME_SEP_TIME = new RegExp(String.raw`^[^·•|｜]{1,40}\s[·•|｜]\s${CLOCK}$`, 'i');

/** A time alone or after a name and a separator (`10:02`, `小林 · 10:02`). */
export const showsTime = (text: string): boolean => isTimeText(text) || (text.length <= 60 && nameSepTime(text));

// NAME_SEP_TIME, asked only of text that has a separator (most text has none, and the pattern backtracks).
const nameSepTime = (text: string): boolean => SEPARATOR.test(text) && NAME_SEP_TIME.test(text);
const SEPARATOR = /[·•|｜]/;

/** Whether a leaf under `el` shows a time (alone or after a name). */
export function hasTimeLeaf(el: Element): boolean {
  return allElements(el, (e, kids) => !kids.length && showsTime(plainText(e)));
}

// Longest text a leaf-like part (avatar initials, status, toolbar labels) may hold: a message row holds more.
const SMALL = 24;

/** Small: few characters and few elements, so a class word may rule it out without losing a message. */
export function isSmall(el: Element): boolean {
  // The remembered text first: most elements are ruled out without a call into the page.
  return plainText(el).length <= SMALL && el.childElementCount <= 4;
}

// At most two capitals (each maybe a surrogate pair) or one character: longer text is asked nothing more.
export const isInitials = (text: string): boolean => text.length <= 4 && INITIALS.test(text);

/** An avatar's letters for `author`: `王` for 王小明, `MC` or `M` for Mia Chen. */
export function isAvatarOf(el: Element, author: string): boolean {
  const text = plainText(el);
  if (!author || !isInitials(text) || !isLeaf(el)) return false;
  const words = author.split(/\s+/).filter(Boolean);
  const letters = words.map((w) => w[0]?.toUpperCase()).join('');
  return author.startsWith(text) || letters.startsWith(text) || (words.length > 1 && text === letters.slice(0, 2));
}

/** Text only screen readers get (by its class words, or clipped to nothing in its inline style). */
export function isScreenReaderOnly(el: Element): boolean {
  const style = attribute(el, 'style');
  if (style && /clip:\s*rect\(0/.test(style)) return true;
  const words = attrWords(el);
  return words.length > 1 && words.some((w) => SCREEN_READER_WORDS.has(w)) && SCREEN_READER.test(words.join(' '));
}

/**
 * Parts of a row that are not the message: buttons, screen-reader text, aria-hidden decorations, and
 * small elements whose words say avatar/status/toolbar….
 */
// Asked of the same elements while finding names, reading text and accounting: remembered for the task.
export const isHidden = taskMemo(
  (el: Element): boolean =>
    tagOf(el) === 'BUTTON' ||
    isScreenReaderOnly(el) ||
    (attribute(el, 'aria-hidden') === 'true' && isSmall(el)) ||
    (has(el, HIDDEN) && isSmall(el)) ||
    (STATUS.test(plainText(el)) && el.childElementCount === 0),
);

// A time shown in a format the patterns do not know ("下午三点", "3:05 PM EST", "Monday") still has a digit,
// a clock or day word. Words from a data attribute's name (`data-timestamp="…"`, often on the bubble itself)
// say what the element is about, not that it shows a time: then only a time's own patterns count, so a
// bubble saying "退款 50 元" or "Hi there" is no time.
const mayBeTime = (el: Element, text: string): boolean =>
  text.length <= 40 && (isDateOrTime(text) || nameSepTime(text) || (!namesTime(el) && hintsTime(text)));
const namesTime = (el: Element): boolean => attributeNames(el).some((n) => DATA_TIME.test(n));
const DATA_TIME = /^data-(?:.*[-_])?(?:time|timestamp|date|datetime|ts|clock)(?:[-_]|$)/;

export interface UnitMeta {
  author: Element | null;
  time: Element | null;
  /** The name as shown (a name·time element gives only its name part). */
  authorText: string;
  /** The time as shown: an element's text, a name·time element's time part, or a CSS-drawn attribute. */
  timeText?: string;
}

export interface MetaOptions {
  /** Elements the list-level analysis found to be author names. */
  isAuthor?: (el: Element) => boolean;
}

/** The author-name and time of a unit (the first of each, outside hidden parts). */
export function findMeta(
  unit: Element,
  options: MetaOptions,
  nameOf: (el: Element, time: Element | null) => string,
): UnitMeta {
  let author: Element | null = null;
  let time: Element | null = null;
  // The time is a leaf that only looks like one: an element named as the time that shows a time comes first (a
  // customer answering "10:30" in a row whose time element says 10:04).
  let shaped = false;
  allElements(unit, (el, kids) => {
    const text = plainText(el);
    if (!text) return false;
    if ((!time || (shaped && isTimeText(text))) && (tagOf(el) === 'TIME' || (has(el, TIME) && mayBeTime(el, text)))) {
      time = el;
      shaped = false;
      return author !== null;
    }
    const leaf = !time && !kids.length;
    if (leaf && isTimeText(text)) {
      time = el;
      shaped = true;
    } else if (!author && leaf && nameSepTime(text) && text !== plainText(unit)) author = el;
    else if (
      !author &&
      !isInitials(text) &&
      (options.isAuthor?.(el) || (has(el, AUTHOR) && !isHidden(el))) &&
      text.length <= 60 &&
      !isTimeText(text)
    )
      author = el;
    return author !== null && time !== null && !shaped;
  });
  let authorText = author ? nameOf(author, time) : '';
  let timeText = time ? plainText(time) : undefined;
  const split = author && authorText.length <= 60 ? NAME_TIME.exec(authorText) : null;
  if (split) {
    authorText = split[1] as string;
    if (!timeText) {
      time = author;
      timeText = split[2] as string;
    }
  }
  const meta: UnitMeta = { author, time, authorText };
  if (!timeText) timeText = drawnTime(unit);
  if (timeText) meta.timeText = timeText;
  return meta;
}

// A time drawn by CSS from an attribute (`::before { content: attr(data-time) }`): the attribute's value.
function drawnTime(unit: Element): string | undefined {
  let found: string | undefined;
  allElements(unit, (el) => {
    for (const a of Array.from(el.attributes))
      if ((a.name.startsWith('data-') || a.name === 'datetime') && isTimeText(a.value) && drawn(el)) {
        found = a.value.trim();
        return true;
      }
    return false;
  });
  return found;
}

// Whether CSS draws generated content before or after `el` (unknown without a style engine: assumed).
function drawn(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const none = (c: string | undefined): boolean => c === 'none' || c === 'normal';
  return !(none(view.getComputedStyle(el, '::before')?.content) && none(view.getComputedStyle(el, '::after')?.content));
}
