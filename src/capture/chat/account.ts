// Completeness: every visible line of the list is in a message, metadata (name, time, date, receipt,
// avatar letters) or a control; what is left is returned as unassigned lines with their position.
import type { UnassignedLine } from '../../domain/transcript';
import { allElements, attribute, mayHoldShadow, parentAcross, renderedChildren, textOf } from './dom';
import { isHidden, isInitials } from './meta';
import { isDateOrTime, visibleText } from './text';
import type { ExtractedMessage } from './types';

export interface UnitReading {
  unit: Element;
  messages: ExtractedMessage[];
}

// Status lines, receipts, typing indicators and "new messages" dividers: shown, but not messages.
const META = new RegExp(
  '^(?:seen|read|delivered|sent|sending|failed|edited|new messages?|unread messages?|' +
    'load (?:more|earlier)(?: messages)?|已读|未读|已送达|送达|发送中|发送失败|已编辑|新消息|以下为新消息|' +
    '查看更多(?:消息)?|.{0,24}(?:is typing|are typing|正在输入)[.…]*)$',
  'i',
);
// Letters, digits or emoji: a line with none of them (separators, bullets) holds nothing to lose.
const READABLE = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;
const CONTROLS = /^(BUTTON|INPUT|TEXTAREA|SELECT|OPTION)$/;

const isControl = (el: Element): boolean =>
  CONTROLS.test(el.tagName) || attribute(el, 'role') === 'button' || attribute(el, 'contenteditable') === 'true';
// Characters other than whitespace. Asked once per row whose claimed texts do not fill its text, so it runs
// cold: the regex engine counts the spaces faster than a loop of ours does before it is optimised (3,000
// rows: 5.8 ms against 1.5 ms, measured).
const SPACE = /\s/g;
function count(s: string | undefined): number {
  if (!s) return 0;
  return s.length - (s.match(SPACE)?.length ?? 0);
}

/** The unassigned lines of `container`, whose message units were read into `readings` (in order). */
export function accountFor(container: Element, readings: readonly UnitReading[]): UnassignedLine[] {
  // Elements between the container and its units, and the names and times read: asked only when the
  // walk meets something that is not a unit (most lists hold units alone).
  let holders: Set<Element> | null = null;
  const holdsUnits = (el: Element): boolean => {
    holders ??= holdersOf(container, readings);
    return holders.has(el);
  };
  let known: string[] | null = null;
  const knownTexts = (): string[] => {
    if (!known) {
      const texts = new Set<string>();
      for (let i = 0; i < readings.length; i++)
        for (const m of (readings[i] as UnitReading).messages) {
          if (m.author) texts.add(m.author);
          if (m.time) texts.add(m.time);
        }
      known = [...texts];
    }
    return known;
  };
  // Units come in the page's order (most lists): the next one is matched first, a map made only if not.
  let next = 0;
  let byUnit: Map<Element, UnitReading> | null = null;
  const readingOf = (el: Element): UnitReading | undefined => {
    const expected = readings[next];
    if (expected?.unit === el) {
      next++;
      return expected;
    }
    byUnit ??= new Map(readings.map((r) => [r.unit, r]));
    return byUnit.get(el);
  };
  const out: UnassignedLine[] = [];
  let index = -1;
  const walk = (node: Node): void => {
    const kids = renderedChildren(node);
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i] as Node;
      const type = k.nodeType;
      const reading = type === 1 ? readingOf(k as Element) : undefined;
      if (reading) {
        const lines = unitLeftOver(reading);
        const at = reading.messages.length ? index + reading.messages.length : index;
        for (let j = 0; j < lines.length; j++) out.push({ text: lines[j] as string, after: at });
        index += reading.messages.length;
      } else if (type === 1 && holdsUnits(k as Element)) walk(k);
      else if (type === 3 ? NOT_SPACE.test(k.nodeValue ?? '') : type === 1)
        for (const line of leftOver(k, knownTexts())) out.push({ text: line, after: index });
    }
  };
  walk(container);
  return out;
}

const NOT_SPACE = /\S/;

// The elements between `container` and the units read in it.
function holdersOf(container: Element, readings: readonly UnitReading[]): Set<Element> {
  const holders = new Set<Element>();
  for (let i = 0; i < readings.length; i++) {
    let a = parentAcross((readings[i] as UnitReading).unit);
    while (a && a !== container && !holders.has(a)) {
      holders.add(a);
      a = parentAcross(a);
    }
  }
  return holders;
}

// A unit's lines that none of its messages claims (none when its text is all claimed).
function unitLeftOver({ unit, messages }: UnitReading): string[] {
  // Fast path: textContent holds at least everything shown (in the light DOM); it may hold more (hidden parts).
  const claimed = claimedTexts(messages);
  if (!mayHoldShadow(unit) && shownAll(textOf(unit), claimed)) return [];
  return leftOver(
    unit,
    claimed.flatMap((c) => c.split('\n')),
  );
}

// Whether the claimed texts that the unit's own text holds as they are cover all of it. A time drawn from
// an attribute, a name from the group around the unit or an emoji image's alt text is not there, and must
// not make up for a line no message holds. Their sources in the row do not overlap (the text leaves out
// the name and the time; a group's one name is claimed once), so when their lengths add up to the row's,
// nothing else is in it (most rows); else their characters other than spaces are counted.
function shownAll(shown: string, claimed: readonly string[]): boolean {
  let length = 0;
  for (let i = 0; i < claimed.length; i++) length += shownPart(shown, claimed[i] as string, false);
  if (length >= shown.length) return true;
  let chars = 0;
  for (let i = 0; i < claimed.length; i++) chars += shownPart(shown, claimed[i] as string, true);
  return count(shown) <= chars;
}

// The length (or characters other than spaces) of a claimed text that `shown` holds: whole, or line by line.
function shownPart(shown: string, claim: string, chars: boolean): number {
  if (shown.includes(claim)) return chars ? count(claim) : claim.length;
  if (!claim.includes('\n')) return 0;
  let n = 0;
  for (const line of claim.split('\n')) if (shown.includes(line)) n += chars ? count(line) : line.length;
  return n;
}

// The texts a unit's messages claim (text, author, time), each once: a group's one name is shown once.
function claimedTexts(messages: readonly ExtractedMessage[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] as ExtractedMessage;
    if (m.text && !out.includes(m.text)) out.push(m.text);
    if (m.author && !out.includes(m.author)) out.push(m.author);
    if (m.time && !out.includes(m.time)) out.push(m.time);
  }
  return out;
}

// Lines of `node`'s visible text that stay readable once `fragments` and metadata are taken out.
function leftOver(node: Node, fragments: string[]): string[] {
  const meta: string[] = [];
  if (node.nodeType === 1) {
    if (isControl(node as Element)) return [];
    const root = node as Element;
    if (isHidden(root)) meta.push(visibleText(root));
    allElements(root, (el) => {
      if (isHidden(el) || isControl(el)) meta.push(visibleText(el));
    });
  }
  const pieces = [...fragments, ...meta]
    .map((f) => f.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (const line of visibleText(node).split('\n')) {
    let rest = line;
    for (const p of pieces) if (rest.includes(p)) rest = rest.split(p).join(' ');
    rest = rest.replace(/\s+/g, ' ').trim();
    // Avatar letters (王, MC) are shown beside a name, not sent: metadata.
    if (!READABLE.test(rest) || isDateOrTime(rest) || META.test(rest) || isInitials(rest)) continue;
    out.push(line);
  }
  return out;
}
