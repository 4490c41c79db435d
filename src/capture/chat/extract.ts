// One frame's capture: known widgets first, then the generic extractor.
import { formatLocalRfc3339 } from '../../domain/time';
import type { ChatMessage, UnassignedLine } from '../../domain/transcript';
import { accountFor, type UnitReading } from './account';
import { deepQuery, forgetDocumentScans, isLightDocument } from './dom';
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
  forgetDocumentScans();
  return findChatIn(root, adapters);
}

function findChatIn(root: ParentNode, adapters: readonly ChatAdapter[]): FoundChat | null {
  // One query first: on most pages no known widget is there, and each adapter need not look.
  const anyWidget = detectAny(adapters);
  const candidates = !anyWidget || deepQuery(root, anyWidget) ? adapters : [];
  for (const adapter of candidates) {
    const list = adapter.matches(root) ? adapter.locate(root) : null;
    if (list) return { widget: adapter.id, list };
  }
  const list = locateGeneric(root);
  return list ? { widget: 'generic', list } : null;
}

/** The chat of a document or of a same-origin frame in it (one injection may not reach): most units wins. */
export function findChatInFrames(doc: Document, adapters: readonly ChatAdapter[] = chatAdapters): FoundChat | null {
  forgetDocumentScans();
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

const combined = new WeakMap<readonly ChatAdapter[], string | null>();

/** One selector for every adapter's `detect`, or null when an adapter has none (then each is asked). */
function detectAny(adapters: readonly ChatAdapter[]): string | null {
  let selector = combined.get(adapters);
  if (selector === undefined) {
    selector = adapters.every((a) => a.detect) ? adapters.map((a) => a.detect).join(', ') : null;
    combined.set(adapters, selector);
  }
  return selector;
}

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
  const messages = settleMessages(readings.flatMap((r) => r.messages));
  return { messages, partial, unassigned: accountFor(accounted, readings) };
}

// The chat list in a picked region the automatic search rules out (inside a <form>, a layout table): read
// generically. None when nothing in the region looks like a chat: the user is told, no rows become messages.
function pickedChat(root: Element): FoundChat | null {
  const list = regionList(root);
  return list ? { widget: 'generic', list: genericList(list) } : null;
}

export function extractFromDocument(
  doc: Document | ShadowRoot,
  options: {
    now(): number /** RFC 3339 of an instant; default: in the runtime's own zone. */;
    stamp?(ms: number): string;
    adapters?: readonly ChatAdapter[];
    // Only this picked region: a widget or chat found in it, else the list in it that looks like a chat.
    region?: { root: Element };
  },
): FrameExtraction {
  const { region } = options;
  const found = region
    ? (findChat(region.root, options.adapters) ?? pickedChat(region.root))
    : 'defaultView' in doc
      ? findChatInFrames(doc, options.adapters)
      : findChat(doc, options.adapters);
  if (!found) return { widget: null };
  const { messages, partial, unassigned } = readAll(found.list, region?.root);
  if (!messages.length && !unassigned.length) return { widget: null };
  const ms = options.now();
  const observedAt = options.stamp ? options.stamp(ms) : formatLocalRfc3339(new Date(ms));
  return {
    widget: found.widget,
    // Built field by field (same order as read): rest/spread copies cost more on thousands of messages.
    messages: messages.map(({ role, author, text, time }) =>
      time === undefined ? { role, author, text, observedAt } : { role, author, text, time, observedAt },
    ),
    ...(partial ? { partial: true as const } : {}),
    ...(unassigned.length ? { unassigned } : {}),
  };
}
