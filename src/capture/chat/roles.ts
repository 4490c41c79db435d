// Who wrote a message, from the words widgets put in class names and attributes, or from which
// side the bubble sits on (customers' own messages are right-aligned in support widgets).
import type { ChatRole } from '../../domain/transcript';
import { attrWords, childElements, isSkipped, renderedChildren, wordSet } from './dom';

const WORD_ROLES: Record<string, ChatRole> = {};
const words = (role: ChatRole, list: string): void => {
  for (const w of list.split(' ')) WORD_ROLES[w] = role;
};
words(
  'customer',
  'visitor visitors customer customers user me self mine own outgoing outbound sent right client guest you ' +
    'kehu fangke enduser question',
);
words(
  'agent',
  'agent agents operator bot admin staff support incoming inbound received left assistant service kf kefu zuoxi ' +
    'robot ai them other representative rep teammate answer chatbot servicer',
);
words('system', 'system notice event notification tip tips divider separator announcement center centered middle');

/** Layout words: also used by carousels and testimonials, so weaker evidence of a chat. */
const LAYOUT = wordSet('left right center centered middle');

/** Delivery words yield to ownership words (`me`, `other`): own messages may be `received` too. */
const DELIVERY = wordSet('received sent incoming outgoing inbound outbound');

/** Role named by an element's own words, if any (`semanticOnly`: no layout words; `owned`: nor delivery words). */
export function roleFromWords(el: Element, semanticOnly = false, owned = false): ChatRole | null {
  let weak: ChatRole | null = null;
  const list = attrWords(el);
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as string;
    const role = WORD_ROLES[w];
    if (!role || (semanticOnly && LAYOUT.has(w))) continue;
    if (!DELIVERY.has(w)) return role;
    if (!owned) weak ??= role;
  }
  return weak;
}

/** Role from the element or its first descendants (breadth first, a few levels). */
export function roleFromTree(el: Element, depth = 3, semanticOnly = false, owned = false): ChatRole | null {
  let level: Element[] = [el];
  for (let d = 0; d <= depth && level.length; d++) {
    for (let i = 0; i < level.length; i++) {
      const role = roleFromWords(level[i] as Element, semanticOnly, owned);
      if (role && !(d > 0 && role === 'system')) return role;
    }
    level = level.flatMap((e) => childElements(e)).slice(0, 24);
  }
  return null;
}

type StyleOf = (el: Element) => CSSStyleDeclaration | null;

/** Side from CSS: flex-end / margin-left:auto / text-align:right → customer, centred → system. */
export function roleFromStyle(el: Element, styleOf: StyleOf, depth = 2): ChatRole | null {
  let level: Element[] = [el];
  for (let d = 0; d <= depth && level.length; d++) {
    for (const e of level) {
      const s = styleOf(e);
      if (!s) return null;
      const ends = [s.justifyContent, s.alignSelf, s.textAlign, s.cssFloat, s.flexDirection];
      if (
        ends.some((v) => v === 'flex-end' || v === 'end' || v === 'right' || v === 'row-reverse') ||
        s.marginLeft === 'auto'
      )
        return 'customer';
      if (d === 0 && (s.justifyContent === 'center' || s.textAlign === 'center' || s.alignSelf === 'center'))
        return 'system';
    }
    level = level.flatMap((e) => childElements(e)).slice(0, 12);
  }
  return null;
}

/** Side from layout (real browsers only: rects are empty without layout). */
export function roleFromRect(el: Element, container: Element): ChatRole | null {
  const c = container.getBoundingClientRect();
  if (!c.width) return null;
  const r = textBounds(el);
  if (!r) return null;
  const left = r.left - c.left;
  const right = c.right - r.right;
  if (Math.abs(left - right) < c.width * 0.08) return left > c.width * 0.1 ? 'system' : null;
  return right < left ? 'customer' : 'agent';
}

/** Where the text of `el` is drawn (text boxes only: a full-width name line would look centred). */
function textBounds(el: Element): { left: number; right: number } | null {
  const range = el.ownerDocument.createRange();
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let seen = 0;
  const walk = (node: Node): void => {
    const kids = renderedChildren(node);
    for (let i = 0; i < kids.length && seen < 40; i++) {
      const k = kids[i] as Node;
      if (k.nodeType === 1) {
        if (!isSkipped(k as Element)) walk(k);
        continue;
      }
      if (k.nodeType !== 3 || !/\S/.test(k.nodeValue ?? '')) continue;
      range.selectNodeContents(k);
      const r = range.getBoundingClientRect();
      if (!r.width) continue;
      seen++;
      left = Math.min(left, r.left);
      right = Math.max(right, r.right);
    }
  };
  walk(el);
  return seen ? { left, right } : null;
}
