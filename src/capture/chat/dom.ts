// DOM walking that sees what the user sees: open shadow roots included, slots followed.
import { HIDDEN_STYLE, NOT_RENDERED, renderedChildren } from './rendering';
import { withoutSpacingUtilities } from './utilityClasses';

export { parentAcross, renderedChildren } from './rendering';

// True while every document read in this task was scanned and holds no shadow root or slot (see rendersOther).
let shadowFree = false;

// taskMemo's state (declared before the memos below are made).
const MEMO = Symbol('proofpack.memo');
let memos = 0;
let task = 0;
let taskOpen = false;

/** Not rendered: asked several times per element in one pass, so remembered until the task ends. */
export const isSkipped = taskMemo((el: Element): boolean => {
  if (NOT_RENDERED.has(tagOf(el))) return true;
  const names = attributeNames(el);
  return (
    names.length > 0 &&
    (names.includes('hidden') || (names.includes('style') && HIDDEN_STYLE.test(el.getAttribute('style') ?? '')))
  );
});

/** The tag name, remembered for the task (every reader asks it of the same elements). */
export const tagOf = taskMemo((el: Element): string => el.tagName);

// Attribute names, asked for skipping and for words: one call into the page's DOM per element and task.
export const attributeNames = taskMemo((el: Element): string[] => el.getAttributeNames());

/** An attribute's value, asking the page's DOM only when the element has it (most have a class alone). */
export function attribute(el: Element, name: string): string | null {
  return attributeNames(el).includes(name) ? el.getAttribute(name) : null;
}

/** The class attribute (null without one); remembered for the task, as words and bubbles both ask. */
export const classOf = taskMemo((el: Element): string | null => attribute(el, 'class'));

/** The element's text content; remembered for the task (rows are asked when scored and when accounted). */
export const textOf = taskMemo((el: Element): string => el.textContent ?? '');

/**
 * Whether `el` renders other nodes than its children (a shadow host, a slot). False without asking the
 * page's DOM while this task reads only documents it scanned and found with neither (most pages).
 */
export function rendersOther(el: Node): boolean {
  return !shadowFree && (!!(el as Element).shadowRoot || (el as Element).tagName === 'SLOT');
}

/** Rendered element children (see renderedChildren): a new array, or appended to `out` when given. */
export function renderedElements(node: Node, out?: Element[]): Element[] {
  const kids = childElements(node as Element);
  if (!out) return kids.slice();
  for (let i = 0; i < kids.length; i++) out.push(kids[i] as Element);
  return out;
}

// Shared by every element without element children at all (callers get copies or read it); one whose
// element children are all skipped (a script, a hidden span) gets an empty array of its own.
const NO_ELEMENTS: readonly Element[] = [];

/**
 * The rendered element children of an element (or document, or shadow root), remembered for the task:
 * a row is walked by the name and time search, the bubble search, the leaf test and the accounting, and
 * each walk asked the page again. Never change the array (renderedElements gives copies).
 */
export const childElements = taskMemo((el: Element): readonly Element[] => {
  skippedChild = false;
  const kids = collectRendered(el);
  return kids.length || !skippedChild ? kids : [];
});

// Whether the last collectRendered left out an element child.
let skippedChild = false;

// Most elements are leaves: their (empty) list is made only when a child is found.
function collectRendered(node: Node): Element[] {
  if (!rendersOther(node)) {
    let out: Element[] | null = null;
    for (let k = (node as ParentNode).firstElementChild; k; k = k.nextElementSibling)
      if (isSkipped(k)) skippedChild = true;
      else if (out) out.push(k);
      else out = [k];
    return out ?? (NO_ELEMENTS as Element[]);
  }
  const out: Element[] = [];
  const kids = renderedChildren(node);
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k && k.nodeType === 1 && !isSkipped(k as Element)) out.push(k as Element);
  }
  return out;
}

/** Whether `el` holds no element at all (rendered or not) among its own children: its text is its text nodes'. */
export const holdsTextOnly = (el: Element): boolean => !rendersOther(el) && childElements(el) === NO_ELEMENTS;

/** Whether `el` has no rendered element children. */
export const isLeaf = (el: Element): boolean => childElements(el).length === 0;

/**
 * Every rendered element under `root`, depth first, crossing open shadow roots; with its children. The walk
 * ends when `visit` returns true (found what it looked for); returns whether it did.
 */
export function allElements(root: ParentNode, visit: (el: Element, kids: readonly Element[]) => unknown): boolean {
  const kids = childElements(root as Element);
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i] as Element;
    const below = childElements(k);
    if (visit(k, below) === true || (below.length && allElements(k, visit))) return true;
  }
  return false;
}

/**
 * False when no shadow root or slot can be below `root` (then its textContent is what it renders). An
 * element's own subtree is looked at, not the whole document: a recorder asks in every task.
 */
export function mayHoldShadow(root: ParentNode): boolean {
  // Every document of this task was scanned without any (a document itself is scanned before it is asked).
  if (shadowFree) return false;
  const node = root as Node;
  if (node.nodeType === 11) return true;
  if (node.nodeType === 9) return !isLightDocument(node as Document);
  // A document already scanned in this task (a capture does) answers for all its elements at once.
  if (lightDocuments.get((root as Element).ownerDocument)) return false;
  return shadowBelow(root as Element);
}

// Documents scanned in this task: true when they hold no open shadow root and no slot.
const lightDocuments = new Map<Document, boolean>();

/** Whether `doc` holds no open shadow root and no slot; scanned once per task. */
export function isLightDocument(doc: Document): boolean {
  let light = lightDocuments.get(doc);
  if (light === undefined) {
    light = !shadowHosts(doc).length && !doc.querySelector('slot');
    lightDocuments.set(doc, light);
    shadowFree = [...lightDocuments.values()].every(Boolean);
  }
  return light;
}

const shadowBelow = taskMemo(hostOrSlotIn);

function hostOrSlotIn(el: Element): boolean {
  if (el.shadowRoot || el.tagName === 'SLOT') return true;
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) if (hostOrSlotIn(k)) return true;
  return false;
}

/** First element under `root` (shadow roots included) matching `selector`. */
export function deepQuery(root: ParentNode, selector: string): Element | null {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const host of shadowHosts(root)) {
    const found = deepQuery(host.shadowRoot as ShadowRoot, selector);
    if (found) return found;
  }
  return null;
}

/** One pass over the elements under `root` (light DOM): shadow hosts, and elements with children and how many. */
export interface ElementIndex {
  hosts: Element[];
  parents: Element[];
  childCounts: number[];
}

const indexCache = new Map<ParentNode, ElementIndex>();

/** Forgets this task's scans of whole documents: when the task ends, and in a new reading pass. */
export function forgetDocumentScans(): void {
  indexCache.clear();
  lightDocuments.clear();
  shadowFree = false;
}

/** See ElementIndex; remembered until the current task ends, as every adapter and the generic reader ask. */
export function indexElements(root: ParentNode): ElementIndex {
  let index = indexCache.get(root);
  if (!index) {
    // Every whole-document answer (this index, lightDocuments) starts here: forgotten together when the task ends.
    if (!indexCache.size) queueMicrotask(forgetDocumentScans);
    index = { hosts: [], parents: [], childCounts: [] };
    const all = root.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as Element;
      if (el.shadowRoot) index.hosts.push(el);
      const children = el.childElementCount;
      if (children) {
        index.parents.push(el);
        index.childCounts.push(children);
      }
    }
    indexCache.set(root, index);
  }
  return index;
}

/** Elements under `root` (light DOM) with an open shadow root (see indexElements). */
export const shadowHosts = (root: ParentNode): Element[] => indexElements(root).hosts;

/**
 * A per-element memo that lives until the current task ends: every reader asks for the same
 * elements' words and text many times in one synchronous pass, and the page may change them after.
 * The answers sit in one small array per element, stamped with the task (see MemoStore).
 */
export function taskMemo<T>(compute: (el: Element) => T): (el: Element) => T {
  const at = ++memos;
  // Asked hundreds of thousands of times per capture: the usual path is written out here.
  return (el) => {
    if (!taskOpen) openTask();
    let slots = store === 'wrapper' ? (el as unknown as MemoHost)[MEMO] : taskSlots.get(el);
    if (slots === undefined || slots[0] !== task) slots = newSlots(el);
    let value = slots[at] as T | undefined;
    if (value === undefined) {
      value = compute(el);
      slots[at] = value;
    }
    return value;
  };
}

/**
 * Where the answers are kept. In Chromium, on the element's wrapper in this script's own world (the
 * page never sees it): far cheaper than a Map keyed by thousands of elements. Firefox shows a content
 * script the page through Xray wrappers, where a property of our own costs about 3 µs to add and
 * 0.3 µs to read (12,000 elements: 43 ms and 32 ms for ten reads each, against 2 and 5 ms in a
 * WeakMap); there they are kept in a Map for the task.
 */
export type MemoStore = 'wrapper' | 'map';

let store: MemoStore = typeof document !== 'undefined' && 'wrappedJSObject' in (document as object) ? 'map' : 'wrapper';
const taskSlots = new Map<Element, unknown[]>();

/** Chooses where answers are kept (tests check both give the same answers); returns the previous choice. */
export function useMemoStore(next: MemoStore): MemoStore {
  const previous = store;
  store = next;
  taskSlots.clear();
  return previous;
}

type MemoHost = { [MEMO]?: unknown[] };

// An element's answers for this task, one slot per memo (made at full size: no growing as they fill).
function newSlots(el: Element): unknown[] {
  const slots = new Array<unknown>(memos + 1);
  slots[0] = task;
  if (store === 'wrapper') (el as unknown as MemoHost)[MEMO] = slots;
  else taskSlots.set(el, slots);
  return slots;
}

/**
 * Starts a new reading pass (a search for a chat, a recorder tick): answers and document scans remembered
 * so far are asked again. A pass is synchronous, so the page cannot change under it; between two passes in
 * one task (a test, a recorder tick after a synchronous change) it may have.
 */
export function newReadingPass(): void {
  forgetDocumentScans();
  taskOpen = false;
  taskSlots.clear();
}

// The first memo call of a task takes the next task number; the task ends at its microtask checkpoint.
function openTask(): void {
  taskOpen = true;
  task++;
  queueMicrotask(closeTask);
}

function closeTask(): void {
  taskOpen = false;
  taskSlots.clear();
}

/**
 * Lowercase words of an element's class, id and data-/aria- attribute values:
 * `msg--outgoingBubble` → msg, outgoing, bubble.
 */
export const attrWords = taskMemo(wordsOf);

const NO_WORDS: string[] = [];

/** A set of words written as one string (`'author name sender'`). */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '));

function wordsOf(el: Element): string[] {
  // Names, not Attr nodes: most elements have one attribute, and Attr objects are made on demand.
  const names = attributeNames(el);
  if (!names.length) return NO_WORDS;
  // Most elements have a class and nothing else: its value is the key as it is (no string built).
  if (names.length === 1 && names[0] === 'class') return wordsOfAttributes(classOf(el) ?? '');
  let s = '';
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (
      name === 'class' ||
      name === 'id' ||
      name === 'role' ||
      name === 'slot' ||
      name === 'part' ||
      (name === 'name' && el.tagName === 'SLOT') ||
      name.startsWith('data-') ||
      name === 'aria-label'
    )
      s += ` ${name.startsWith('data-') ? `${name.slice(5)} ` : ''}${el.getAttribute(name)}`;
  }
  return wordsOfAttributes(s);
}

function wordsOfAttributes(s: string): string[] {
  let words = wordsOfText.get(s);
  if (!words) {
    words = withoutSpacingUtilities(s)
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9\u4e00-\u9fff]+/)
      .filter(Boolean);
    // Rows of a chat share their class names: split each distinct attribute text once (bounded).
    if (wordsOfText.size > 5000) wordsOfText.clear();
    wordsOfText.set(s, words);
  }
  return words;
}

const wordsOfText = new Map<string, string[]>();
