// One frame's capture: known widgets first, then the generic extractor.
import { formatLocalRfc3339 } from '../../domain/time';
import type { ChatMessage, UnassignedLine } from '../../domain/transcript';
import { accountFor, type UnitReading } from './account';
import { deepQuery, isLightDocument, newReadingPass } from './dom';
import { genericList, locateGeneric } from './generic';
import { regionList } from './regionList';
import { settleMessages } from './settle';
import { chatAdapters } from './registry';
import type { ChatAdapter, ExtractedMessage, MessageList } from './types';

export interface FoundChat {
  widget: string;
  list: MessageList;
}

export type FrameExtraction =
  | { widget: string; messages: ChatMessage[]; partial?: true; unassigned?: UnassignedLine[] }
  | { widget: null };

/** The chat under `root`: the first adapter that matches and finds a list, else the generic one. */
export function findChat(root: ParentNode, adapters: readonly ChatAdapter[] = chatAdapters): FoundChat | null {
  // A new search: what this task learnt of the page before may be out of date.
  newReadingPass();
  return findChatIn(root, adapters);
}

function findChatIn(root: ParentNode, adapters: readonly ChatAdapter[]): FoundChat | null {
  // One look first: on most pages no known widget is there, and each adapter need not look.
  const detectors = detectorsOf(adapters);
  const candidates = !detectors || detectors.some((selector) => deepQuery(root, selector)) ? adapters : [];
  for (const adapter of candidates) {
    const list = adapter.matches(root) ? adapter.locate(root) : null;
    if (list) return { widget: adapter.id, list };
  }
  const list = locateGeneric(root);
  return list ? { widget: 'generic', list } : null;
}

/** The chat of a document or of a same-origin frame in it (one injection may not reach): most units wins. */
export function findChatInFrames(doc: Document, adapters: readonly ChatAdapter[] = chatAdapters): FoundChat | null {
  newReadingPass();
  return findInFrames(doc, adapters);
}

// The documents' scans are kept across frames: reading may rely on them only when every one was scanned.
function findInFrames(doc: Document, adapters: readonly ChatAdapter[]): FoundChat | null {
  isLightDocument(doc); // scanned before any of its elements is read (see dom.ts rendersOther)
  let best = findChatIn(doc, adapters);
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (!inner?.body) continue;
    const found = findInFrames(inner, adapters);
    if (found && (!best || found.list.units().length > best.list.units().length)) best = found;
  }
  return best;
}

const detectorLists = new WeakMap<readonly ChatAdapter[], string[] | null>();

/**
 * Every adapter's `detect` as queries: each exact selector (id, class, attribute value) alone, then the
 * substring ones as one list; null when an adapter has none (then each is asked). A page's CSS engine
 * finds a single class or id at once but checks a list against every element: worth it only for the
 * substring selectors, which are checked against every element anyway (16 of them, on 22,000 elements:
 * 8.5 ms one by one, 5.0 ms as one list, measured).
 */
function detectorsOf(adapters: readonly ChatAdapter[]): string[] | null {
  let list = detectorLists.get(adapters);
  if (list === undefined) {
    if (adapters.every((a) => a.detect)) {
      const all = adapters.flatMap((a) => selectorList(a.detect as string));
      const substring = all.filter((s) => SUBSTRING.test(s));
      list = [...all.filter((s) => !SUBSTRING.test(s)), ...(substring.length ? [substring.join(', ')] : [])];
    } else list = null;
    detectorLists.set(adapters, list);
  }
  return list;
}

const SUBSTRING = /[*^$|~]=/;

/**
 * The selectors of a selector list: split at each comma that is not inside brackets or parentheses (a comma
 * inside quotes is kept when the quotes are in brackets, as attribute values are).
 */
export const selectorList = (list: string): string[] =>
  list
    .split(/,(?![^[(]*[\])])/)
    .map((s) => s.trim())
    .filter(Boolean);

export interface ListReading {
  messages: ExtractedMessage[];
  /** A unit threw while read (a widget mid-render). */
  partial: boolean;
  /** The list's readable text that is in no message (see account.ts). */
  unassigned: UnassignedLine[];
}

/** Reads every unit, then accounts for the list's text: whatever no message holds is reported, not lost. */
// `accounted`: the region the user picked, when it is wider than the list.
export function readAll(list: MessageList, accounted: Element = list.container): ListReading {
  let partial = false;
  const readings: UnitReading[] = list.units().map((unit) => {
    try {
      return { unit, messages: list.read(unit) };
    } catch {
      partial = true;
      return { unit, messages: [] };
    }
  });
  // Accounted before the list is settled: a name filled in from the run is not shown in the row, and must not
  // make up for a line no message holds.
  const unassigned = accountFor(accounted, readings);
  const messages = settleMessages(readings.flatMap((r) => r.messages));
  return { messages, partial, unassigned };
}

// The chat list in a picked region the automatic search rules out (inside a <form>, a layout table): read
// generically. None when nothing in the region looks like a chat: the user is told, no rows become messages.
function pickedChat(root: Element): FoundChat | null {
  const list = regionList(root);
  return list ? { widget: 'generic', list: genericList(list) } : null;
}

export type FrameReading =
  | { widget: string; messages: ExtractedMessage[]; partial?: true; unassigned?: UnassignedLine[] }
  | { widget: null };

export interface ExtractOptions {
  adapters?: readonly ChatAdapter[];
  // Only this picked region: a widget or chat found in it, else the list in it that looks like a chat.
  region?: { root: Element };
}

/** The chat of the document (or of the picked region) as read: no moment stamped yet. */
export function readFrameChat(doc: Document | ShadowRoot, options: ExtractOptions = {}): FrameReading {
  const { region } = options;
  const found = region
    ? (findChat(region.root, options.adapters) ?? pickedChat(region.root))
    : 'defaultView' in doc
      ? findChatInFrames(doc, options.adapters)
      : findChat(doc, options.adapters);
  if (!found) return { widget: null };
  const { messages, partial, unassigned } = readAll(found.list, region?.root);
  if (!messages.length && !unassigned.length) return { widget: null };
  return {
    widget: found.widget,
    messages,
    ...(partial ? { partial: true as const } : {}),
    ...(unassigned.length ? { unassigned } : {}),
  };
}

export function extractFromDocument(
  doc: Document | ShadowRoot,
  options: ExtractOptions & {
    now(): number /** RFC 3339 of an instant; default: in the runtime's own zone. */;
    stamp?(ms: number): string;
  },
): FrameExtraction {
  const reading = readFrameChat(doc, options);
  if (!reading.widget) return { widget: null };
  const observedAt = observedNow(options);
  return {
    ...reading,
    // Built field by field (same order as read): rest/spread copies cost more on thousands of messages.
    messages: reading.messages.map(({ role, author, text, time }) =>
      time === undefined ? { role, author, text, observedAt } : { role, author, text, time, observedAt },
    ),
  };
}

/** The moment a chat was read, as RFC 3339 (in the runtime's own zone unless `stamp` says otherwise). */
export function observedNow(options: { now(): number; stamp?(ms: number): string }): string {
  const ms = options.now();
  return options.stamp ? options.stamp(ms) : formatLocalRfc3339(new Date(ms));
}
