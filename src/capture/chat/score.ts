// How chat-like a candidate message list is. Chat lists have sides, times, a composer nearby and
// chat words around them; menus, product grids, search results and comment threads do not.
import { attrWords, childElements, parentAcross, tagOf, wordSet } from './dom';
import { hasTimeLeaf } from './meta';
import { roleFromRect, roleFromStyle, roleFromTree } from './roles';
import { hasText, plainText } from './text';

const CHAT = wordSet(
  'chat chats message messages msg msgs conversation conversations messenger livechat transcript dialog dialogue ' +
    'support im thread bubble bubbles webchat kefu talk',
);
const NOT_CHAT = wordSet(
  'comment comments review reviews product products result results search feed post posts breadcrumb breadcrumbs ' +
    'menu nav navbar footer faq news cart catalog grid cards tweet tweets answers pagination',
);
// A support widget often sits in <aside> or role=complementary: those are not ruled out.
const LANDMARKS = /^(NAV|HEADER|FOOTER|MENU|FORM|SELECT|TABLE|THEAD|TBODY)$/;
const LANDMARK_ROLES = /^(navigation|banner|contentinfo|menu|menubar|tablist|listbox|tree|grid|search)$/;
const PRICE = /[$€£¥￥]\s?\d|\d\s?(?:元|USD|EUR)\b/;
const COMPOSER = 'textarea, [contenteditable="true"], [contenteditable=""], input[type="text"], input:not([type])';

export interface ListScore {
  score: number;
  units: Element[];
}

function ancestors(el: Element, max: number): Element[] {
  const out: Element[] = [];
  for (let a: Element | null = el; a && out.length < max; a = parentAcross(a)) out.push(a);
  return out;
}

// Every row of a long chat is a candidate too: remember each ancestor's answer for this pass.
let composerCache = new WeakMap<Element, number>();

/** Forgets composer answers (the page may have changed since the last pass). */
export function newScoringPass(): void {
  composerCache = new WeakMap();
}

// 1.5 for a textarea or editable box near the list, 0.75 for a one-line text input.
function composerScore(chain: Element[]): number {
  for (const a of chain.slice(1, 5)) {
    let score = composerCache.get(a);
    if (score === undefined) {
      const input = a.querySelector(COMPOSER);
      score =
        input &&
        !/search|q\b|email/i.test(
          ['type', 'name', 'role', 'placeholder'].map((name) => `${input.getAttribute(name)}`).join(' '),
        )
          ? input.tagName === 'INPUT'
            ? 0.75
            : 1.5
          : 0;
      composerCache.set(a, score);
    }
    if (score) return score;
  }
  return 0;
}

// The most `chatness` any list can reach (every positive term of scoreList at its maximum).
const MAX_CHATNESS = 3 + 2 + 1.5 + 3 + 1.5;

/** No list with `childCount` rendered children can score above this: lets a pass skip the rows of a long chat. */
export function scoreCeiling(childCount: number): number {
  return MAX_CHATNESS * Math.log2(childCount + 1);
}

/** Null when `list` cannot be a chat; otherwise a score (higher is more chat-like and longer). */
export function scoreList(list: Element, styleOf: (el: Element) => CSSStyleDeclaration | null): ListScore | null {
  const chain = ancestors(list, 12);
  if (chain.some((a) => LANDMARKS.test(a.tagName) || LANDMARK_ROLES.test(a.getAttribute('role') ?? ''))) return null;
  const parent = chain[1];
  // The log itself, or a lone wrapper inside it (not the parts of one message in the log).
  const roleLog =
    list.getAttribute('role') === 'log' ||
    list.getAttribute('aria-live') === 'polite' ||
    (parent?.getAttribute('role') === 'log' &&
      parent.childElementCount === 1 &&
      /^(UL|OL)$|^list$/.test(list.getAttribute('role') ?? list.tagName));
  const children = childElements(list);
  // The sample first: most lists a page has (menus, grids, long articles) fail on it, before every row is read.
  const sample = sampleRowsWithText(children);
  if (sample.length < (roleLog ? 1 : 2)) return null;
  const chatness = chatnessOf(list, chain, sample, roleLog, styleOf);
  if (chatness < 3) return null;
  const units = children.filter(hasText);
  if (!mostlyOneTag(units)) return null;
  let linked = 0;
  for (const a of Array.from(list.querySelectorAll('a'))) linked += plainText(a).length;
  // The whole list's text only when it has links (a long chat's text is long).
  if (linked && linked / (plainText(list).length || 1) > 0.4) return null;
  return { score: chatness * Math.log2(units.length + 1), units };
}

// How chat-like the sampled rows and the list's surroundings are (see MAX_CHATNESS).
function chatnessOf(
  list: Element,
  chain: Element[],
  sample: Element[],
  roleLog: boolean,
  styleOf: (el: Element) => CSSStyleDeclaration | null,
): number {
  let customers = 0;
  let agents = 0;
  let unsided = 0;
  let named = 0;
  let timed = 0;
  let widgets = 0;
  let priced = 0;
  for (const u of sample) {
    if (roleFromTree(u, 3, true)) named++;
    const role = roleFromTree(u) ?? roleFromStyle(u, styleOf) ?? roleFromRect(u, list);
    if (role === 'customer') customers++;
    if (role === 'agent') agents++;
    if (!role) unsided++;
    if (u.querySelector('time') || hasTimeLeaf(u)) timed++;
    if (hasFormControl(u)) widgets++;
    if (PRICE.test(plainText(u))) priced++;
  }
  const words = chain.slice(0, 8).flatMap(attrWords);
  const chatWords = words.some((w) => CHAT.has(w));
  const otherWords = words.some((w) => NOT_CHAT.has(w));
  const n = sample.length;
  return (
    (roleLog ? 3 : 0) +
    (chatWords ? 2 : 0) +
    composerScore(chain) +
    (customers && (agents || unsided) ? (named ? 3 : 2) : agents && unsided ? 2 : customers || agents ? 1 : 0) +
    (1.5 * timed) / n -
    (otherWords ? 3 : 0) -
    (2 * widgets) / n -
    (4 * priced) / n
  );
}

/** Whether most rows (60 %) share one tag, as a list's rows do. */
export function mostlyOneTag(units: readonly Element[]): boolean {
  const tags = new Map<string, number>();
  for (let i = 0; i < units.length; i++) {
    const tag = tagOf(units[i] as Element);
    tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  return Math.max(...tags.values()) >= units.length * 0.6;
}

const SAMPLE_FIRST = 10;
const SAMPLE_LAST = 30;

/** The rows a long list is judged by: its first 10 and last 30. */
export const sampleRows = (units: Element[]): Element[] =>
  units.length > SAMPLE_FIRST + SAMPLE_LAST ? [...units.slice(0, SAMPLE_FIRST), ...units.slice(-SAMPLE_LAST)] : units;

/** sampleRows of the children that hold text, without asking every child of a long list. */
export function sampleRowsWithText(children: readonly Element[]): Element[] {
  const first: Element[] = [];
  let i = 0;
  for (; i < children.length && first.length < SAMPLE_FIRST; i++)
    if (hasText(children[i] as Element)) first.push(children[i] as Element);
  const last: Element[] = [];
  let j = children.length - 1;
  for (; j >= i && last.length <= SAMPLE_LAST; j--)
    if (hasText(children[j] as Element)) last.push(children[j] as Element);
  // 40 rows or fewer hold text (the end was reached before a 31st): the whole list is its sample.
  if (last.length <= SAMPLE_LAST) return [...first, ...last.reverse()];
  last.length = SAMPLE_LAST;
  return [...first, ...last.reverse()];
}

// Form fields, or buttons that say something ("Add to cart"): a product grid or a form. Icon-only
// buttons (message actions, reactions) are part of most chat rows and do not count.
function hasFormControl(unit: Element): boolean {
  if (unit.querySelector('input, select')) return true;
  for (const b of Array.from(unit.querySelectorAll('button'))) if (plainText(b)) return true;
  return false;
}
