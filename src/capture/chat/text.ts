// Text as the user sees it: textContent-like, but block boundaries and <br> become line breaks,
// layout whitespace collapses, emoji images keep their emoji, and markup never leaks.
import {
  childElements,
  holdsTextOnly,
  isSkipped,
  mayHoldShadow,
  renderedChildren,
  rendersOther,
  tagOf,
  taskMemo,
  textOf,
  wordSet,
} from './dom';

const BLOCKS = wordSet(
  'DIV P LI UL OL H1 H2 H3 H4 H5 H6 PRE BLOCKQUOTE TR TABLE SECTION ARTICLE HEADER FOOTER FIGURE FIGCAPTION DL DT DD ' +
    'HR ADDRESS',
);
const NBSP = /\u00a0/g;
const INNER_BREAK = /\S\n+\S/;
const SPACES = /[ \t\n\r\f]+/;
const WHITE = /\s+/g;
const NOT_SPACE = /\S/;
// Layout whitespace other than single spaces: what visibleText must split on, and plainText collapse.
const MESSY = /[\t\n\r\f]| {2}/;
const MESSY_ANY = /[^\S ]|\s\s/;
const AROUND_BREAK = / *\n */g;
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Component}|\u200d|\ufe0f|\s)+$/u;

// Month and weekday names, so that a name before a number ("Lina 09:02", "Order 77") is no date.
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  String.raw`jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?`;
const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  String.raw`mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?`;

// A date before a clock time, a clock time, or a relative time ("5 min ago"); built from parts to stay readable.
const DAY_BEFORE_CLOCK = [
  String.raw`\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?`,
  String.raw`\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?`,
  String.raw`(?:${WEEKDAY},? )?${MONTH},? \d{1,2}(?:,? \d{4})?`,
  String.raw`\d{1,2} ${MONTH}(?: \d{4})?`,
  'today|yesterday|今天|昨天|前天|星期.|周.|mon|tue|wed|thu|fri|sat|sun',
].join('|');
/** A clock time as chats show it (`09:14`, `上午 9:14`, `9:14 PM`): a regex source, reused by the readers. */
export const CLOCK = String.raw`(?:(?:上午|下午|凌晨|中午|晚上|早上)\s*)?\d{1,2}[:：]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?`;
const RELATIVE = String.raw`just now|刚刚|\d+\s*(?:min|mins|minutes?|m|h|hours?|s|seconds?)\s*ago|\d+\s*分钟前`;
export const TIME_TEXT = new RegExp(String.raw`^(?:(?:${DAY_BEFORE_CLOCK})[,\s]*)?${CLOCK}$|^(?:${RELATIVE})$`, 'i');

export function isTimeText(text: string): boolean {
  return text.length <= 32 && TIME_TEXT.test(text.trim());
}

export interface TextOptions {
  /** Elements to leave out (author name, time, avatar…). */
  skip?: (el: Element) => boolean;
  /** Computed style, to keep newlines in `white-space: pre*` text; omitted → only <pre> keeps them. */
  whiteSpaceOf?: (el: Element) => string;
}

/** The visible text of `root` (see file comment). */
export function visibleText(root: Node, options: TextOptions = NO_OPTIONS): string {
  const w: TextWalk = { out: '', nl: false, pending: '', options };
  walk(w, root, false);
  return (w.out.includes('\n') ? w.out.replace(AROUND_BREAK, '\n') : w.out).trim();
}

const NO_OPTIONS: TextOptions = {};

// One walk's state (one object per call, not closures: the reader runs this for every message).
interface TextWalk {
  out: string;
  /** Whether `out` ends with a line break, kept aside: asking the growing string would copy it each time. */
  nl: boolean;
  pending: '' | ' ' | '\n';
  options: TextOptions;
}

function emit(w: TextWalk, s: string): void {
  if (!s) return;
  if (w.out && w.pending && !(w.pending === ' ' && w.nl)) w.out += w.pending;
  w.pending = '';
  w.out += s;
  w.nl = s.endsWith('\n');
}

function brk(w: TextWalk): void {
  if (w.out && !w.nl) w.pending = '\n';
}

// Text as held by `holder` (a text node, or an element holding text nodes alone).
function walkText(w: TextWalk, value: string, holder: Node, pre: boolean): void {
  const raw = value.includes('\u00a0') ? value.replace(NBSP, ' ') : value;
  if (pre || (raw.includes('\n') && INNER_BREAK.test(raw.trim()) && isPre(holderElement(holder), w.options))) {
    const lines = raw.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) {
        w.out += '\n';
        w.nl = true;
      }
      emit(w, lines[i] as string);
    }
    return;
  }
  // Single spaces between words (most text): the words and spaces as they are, without splitting.
  if (!MESSY.test(raw)) {
    const lead = raw.startsWith(' ');
    const trail = raw.endsWith(' ');
    if (lead && w.pending !== '\n') w.pending = ' ';
    emit(w, raw.slice(lead ? 1 : 0, trail ? raw.length - 1 : raw.length));
    if (trail && w.pending !== '\n') w.pending = ' ';
    return;
  }
  const parts = raw.split(SPACES);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0 && w.pending !== '\n') w.pending = ' ';
    emit(w, parts[i] as string);
  }
}

// Each property of a DOM node is a call into the page's DOM: type, tag and shadow root are read once.
function walk(w: TextWalk, node: Node, pre: boolean): void {
  const type = node.nodeType;
  if (type === 3) walkText(w, node.nodeValue ?? '', node, pre);
  else if (type === 1) walkElement(w, node as Element, pre);
  else if (type === 11) for (let k = node.firstChild; k; k = k.nextSibling) walk(w, k, pre);
}

function walkElement(w: TextWalk, el: Element, pre: boolean): void {
  const tag = tagOf(el);
  if (isSkipped(el) || w.options.skip?.(el)) return;
  if (tag === 'BR') {
    w.out += w.pending === '\n' ? '\n\n' : '\n';
    w.nl = true;
    w.pending = '';
    return;
  }
  if (tag === 'IMG') {
    const alt = el.getAttribute('alt') ?? '';
    if (alt && EMOJI.test(alt)) emit(w, alt);
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) brk(w);
  const inPre = pre || tag === 'PRE';
  // An element holding text alone is its (remembered) text; one whose text is all in its elements is walked
  // by them (both ask the page nothing new); else sibling links: a child list object costs more than the walk.
  if (holdsTextOnly(el)) walkText(w, textOf(el), el, inPre);
  else if (rendersOther(el)) {
    const kids = renderedChildren(el);
    for (let i = 0; i < kids.length; i++) walk(w, kids[i] as Node, inPre);
  } else if (textInElements(el)) {
    const kids = childElements(el);
    for (let i = 0; i < kids.length; i++) walkElement(w, kids[i] as Element, inPre);
  } else for (let k = el.firstChild; k; k = k.nextSibling) walk(w, k, inPre);
  if (block) brk(w);
}

// Whether every character of the element's text is in its rendered element children (no text node of its
// own holds any, no skipped child holds any): their texts' lengths add up to its own.
function textInElements(el: Element): boolean {
  const kids = childElements(el);
  let inKids = 0;
  for (let i = 0; i < kids.length; i++) inKids += textOf(kids[i] as Element).length;
  return inKids === textOf(el).length;
}

const holderElement = (holder: Node): Element | null =>
  holder.nodeType === 1 ? (holder as Element) : holder.parentElement;

function isPre(el: Element | null, options: TextOptions): boolean {
  if (!el) return false;
  const ws = options.whiteSpaceOf?.(el) ?? (/white-space:\s*pre/.test(el.getAttribute('style') ?? '') ? 'pre' : '');
  return ws.startsWith('pre') || ws === 'break-spaces';
}

/** Own short text of an element, cheap (no layout), for scoring; rendered text (shadow roots, slots) where they are. */
export const plainText = taskMemo((el: Element): string => collapse(inShadowWorld(el) ? renderedRaw(el) : textOf(el)));

// Whitespace collapsed to single spaces, trimmed; text that needs no collapsing is not copied.
const collapse = (t: string): string => (MESSY_ANY.test(t) ? t.replace(WHITE, ' ') : t).trim();

/** Whether `el` shows any text (plainText(el) !== ''), without building the string in the light DOM. */
export const hasText = (el: Element): boolean => (inShadowWorld(el) ? !!plainText(el) : NOT_SPACE.test(textOf(el)));

// Whether text under `el` may live in shadow trees or slots, where textContent does not see it.
const inShadowWorld = (el: Element): boolean => mayHoldShadow(el);

// The text nodes' text as rendered: shadow trees instead of hosts' children, slots' assigned nodes.
function renderedRaw(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    const kids = renderedChildren(node);
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i] as Node;
      if (k.nodeType === 3) out += ` ${k.nodeValue ?? ''}`;
      else if (k.nodeType === 1 && !isSkipped(k as Element)) walk(k);
    }
  };
  walk(el);
  return out;
}

const DATE_ONLY = new RegExp(
  String.raw`^(?:today|yesterday|今天|昨天|前天|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*星期.)?|` +
    String.raw`(?:${WEEKDAY},? )?(?:${MONTH} \d{1,2}(?:,? \d{4})?|\d{1,2} ${MONTH}(?: \d{4})?))$`,
  'i',
);

// A Chinese clock numeral, a day or a relative time word: what a time shown without digits has.
const TIME_WORD = new RegExp(
  String.raw`[〇零一二三四五六七八九十两]\s*[点時时分]|\b(?:${WEEKDAY}|today|yesterday|ago)(?![a-z])|` +
    '刚刚|今天|昨天|前天|星期|礼拜|周[一二三四五六日天]',
  'i',
);
const DIGIT = /\d/;

/** Whether `text` has what any time shows: a digit, or (in a few words) a day or clock word. */
export const hintsTime = (text: string): boolean =>
  DIGIT.test(text) || (text.length <= 16 && text.split(' ').length <= 3 && TIME_WORD.test(text));

/** A divider's text: a bare date or time. */
export function isDateOrTime(text: string): boolean {
  return isTimeText(text) || (text.length <= 32 && DATE_ONLY.test(text));
}
