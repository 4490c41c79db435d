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
// Characters other than whitespace (a loop: this runs on every row's text).
function count(s: string | undefined): number {
  if (!s) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160 && c !== 0x3000) n++;
  }
  return n;
}

/** The unassigned lines of `container`, whose message units were read into `readings` (in order). */
export function accountFor(container: Element, readings: readonly UnitReading[]): UnassignedLine[] {
  const byUnit = new Map<Element, UnitReading>();
  const holders = new Set<Element>();
  const known = new Set<string>();
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i] as UnitReading;
    byUnit.set(r.unit, r);
    for (let a = parentAcross(r.unit); a && a !== container && !holders.has(a); a = parentAcross(a)) holders.add(a);
    for (let k = 0; k < r.messages.length; k++) {
      const m = r.messages[k] as ExtractedMessage;
      if (m.author) known.add(m.author);
      if (m.time) known.add(m.time);
    }
  }
  const out: UnassignedLine[] = [];
  let index = -1;
  const loose = (node: Node): void => {
    for (const line of leftOver(node, [...known])) out.push({ text: line, after: index });
  };
  const walk = (node: Node): void => {
    const kids = renderedChildren(node);
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i] as Node;
      const reading = k.nodeType === 1 ? byUnit.get(k as Element) : undefined;
      if (reading) {
        const lines = unitLeftOver(reading);
        const at = reading.messages.length ? index + reading.messages.length : index;
        for (const line of lines) out.push({ text: line, after: at });
        index += reading.messages.length;
      } else if (k.nodeType === 1 && holders.has(k as Element)) walk(k);
      else if (k.nodeType === 3 ? /\S/.test(k.nodeValue ?? '') : k.nodeType === 1) loose(k);
    }
  };
  walk(container);
  return out;
}

// A unit's lines that none of its messages claims (none when its text is all claimed).
function unitLeftOver({ unit, messages }: UnitReading): string[] {
  // Fast path: textContent holds at least everything shown (in the light DOM); it may hold more (hidden parts).
  // A text claimed twice (a group's one name) is counted once per message: an upper bound, then checked exactly.
  let claimedChars = 0;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] as ExtractedMessage;
    claimedChars += count(m.text) + count(m.author) + count(m.time);
  }
  if (!mayHoldShadow(unit) && count(textOf(unit)) <= claimedChars && claimedOnce(messages)) return [];
  const claimed = new Set<string>();
  for (const m of messages) {
    claimed.add(m.text);
    if (m.author) claimed.add(m.author);
    if (m.time) claimed.add(m.time);
  }
  const fragments = [...claimed].flatMap((c) => c.split('\n'));
  return leftOver(unit, fragments);
}

// Whether no text is claimed twice in one unit (the sum of claimed characters is then exact).
function claimedOnce(messages: readonly ExtractedMessage[]): boolean {
  if (messages.length === 1) {
    const m = messages[0] as ExtractedMessage;
    return m.text !== m.author && m.text !== m.time && (!m.author || m.author !== m.time);
  }
  const seen = new Set<string>();
  for (const m of messages)
    for (const c of [m.text, m.author, m.time]) {
      if (!c) continue;
      if (seen.has(c)) return false;
      seen.add(c);
    }
  return true;
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
