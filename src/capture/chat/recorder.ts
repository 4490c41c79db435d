// Records a chat while the user talks: a MutationObserver marks the message units that changed,
// and batched passes (not one per mutation, in slices of the page's idle time) read only those, so
// pages appending many messages a second stay fast. The timeline keeps what virtualised lists drop and
// marks edits and deletions.
import { formatLocalRfc3339 } from '../../domain/time';
import type { RecordedMessage } from '../../domain/transcript';
import { newReadingPass } from './dom';
import { settleRoles } from './settle';
import { type HistoryOptions, type HistoryResult, loadEarlierHistory } from './history';
import { Timeline } from './timeline';
import type { ExtractedMessage, MessageList } from './types';

export type Schedule = (task: () => void, delayMs: number) => () => void;

export interface RecorderOptions {
  /** Finds the chat under the root (extract.ts findChat); called again when the list is replaced. */
  locate(): { widget: string; list: MessageList } | null;
  now(): number;
  /** RFC 3339 of an instant; default: in the runtime's own zone. */
  stamp?(ms: number): string;
  schedule?: Schedule;
  /** Coalescing delay between a mutation and reading what changed. */
  settleMs?: number;
  /** How often onBatch gets new and changed messages (incremental saves). */
  batchMs?: number;
  onBatch?(batch: RecorderBatch): void;
}

export interface RecorderBatch {
  widget: string | null;
  /** New or changed messages: upsert by id, sort by order (domain applyRecordedBatch). */
  upserts: RecordedMessage[];
}

export interface ChatRecorder {
  widget(): string | null;
  messages(): RecordedMessage[];
  /** Reads pending changes now and returns everything not yet handed out. */
  flush(): RecorderBatch;
  loadEarlierHistory(options: Omit<HistoryOptions, 'onStep'>): Promise<HistoryResult>;
  stop(): RecorderBatch;
}

const defaultSchedule: Schedule = (task, ms) => {
  const id = setTimeout(task, ms);
  return () => clearTimeout(id);
};

/** How long reading may wait for the page to be idle before it takes its turn anyway. */
const IDLE_WAIT_MS = 1000;
/** Longest slice of reading in one turn when the page has not been idle for IDLE_WAIT_MS. */
const SLICE_MS = 8;

function removesElement(r: MutationRecord): boolean {
  for (let i = 0; i < r.removedNodes.length; i++) if (r.removedNodes[i]?.nodeType === 1) return true;
  return false;
}

export function startRecorder(root: Node, options: RecorderOptions): ChatRecorder {
  const schedule = options.schedule ?? defaultSchedule;
  // Reading what changed waits `ms`, then happens in the page's idle time, a slice per idle period
  // (or per turn of at most SLICE_MS once the page has been busy for IDLE_WAIT_MS), so it never
  // competes with the page's own work. Rows a list drops are read at once instead (the observer).
  const scheduleRead: Schedule =
    options.schedule ??
    ((task, ms) => {
      let idle: number | null = null;
      const slice = (late: boolean): void => {
        idle = requestIdleCallback((deadline) => (readUnread(deadline) ? task() : slice(late || deadline.didTimeout)), {
          timeout: late ? 50 : IDLE_WAIT_MS,
        });
      };
      const timer = setTimeout(() => (typeof requestIdleCallback === 'function' ? slice(false) : task()), ms);
      return () => {
        clearTimeout(timer);
        if (idle !== null) cancelIdleCallback(idle);
      };
    });
  // Messages inserted in one pass share their millisecond: format each instant once.
  let stampedMs = Number.NaN;
  let stamp = '';
  const timeline = new Timeline(() => {
    const ms = options.now();
    if (ms !== stampedMs) {
      stampedMs = ms;
      stamp = options.stamp ? options.stamp(ms) : formatLocalRfc3339(new Date(ms));
    }
    return stamp;
  });
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  const cache = new WeakMap<Element, ExtractedMessage[]>();
  let found: ReturnType<RecorderOptions['locate']> = null;
  let pending: (() => void) | null = null;
  let batchTimer: (() => void) | null = null;
  let stopped = false;

  const observer = new (view?.MutationObserver ?? MutationObserver)((records) => {
    const container = found?.list.container;
    for (const r of records) {
      for (let n: Node | null = r.target; n && n !== container; n = n.parentNode) cache.delete(n as Element);
    }
    // A list that drops rows (virtualised, or a widget closing) is read now: once this callback
    // returns, what it dropped is gone. Otherwise changes are coalesced into one later pass.
    if (found && !stopped && records.some(removesElement)) return tick();
    // Without a chat yet, locating is a whole-page pass: look again at most once a second.
    if (!pending && !stopped) pending = scheduleRead(tick, found ? (options.settleMs ?? 150) : 1000);
  });

  function attach(): void {
    observer.disconnect();
    found = options.locate();
    const target = found?.list.container ?? root;
    observer.observe(
      target,
      found
        ? { childList: true, subtree: true, characterData: true }
        : { childList: true, subtree: true, attributeFilter: ['class', 'style', 'hidden'] },
    );
  }

  // A row read as no message (a divider, a typing indicator) is read again next time: whether a bare date is a
  // message depends on the rows around it, and they may come later (read.ts isMessageRow).
  function keep(unit: Element, read: ExtractedMessage[]): void {
    if (read.length) cache.set(unit, read);
  }

  /** Reads units not read yet while the idle period (or slice) lasts; true when none is left. */
  function readUnread(deadline: IdleDeadline): boolean {
    if (!found?.list.container.isConnected) return true; // tick attaches again and reads
    newReadingPass();
    const started = performance.now();
    for (const unit of found.list.units()) {
      if (cache.has(unit)) continue;
      if ((deadline.didTimeout ? SLICE_MS - (performance.now() - started) : deadline.timeRemaining()) < 1) return false;
      keep(unit, found.list.read(unit));
    }
    return true;
  }

  function tick(): void {
    pending?.();
    pending = null;
    newReadingPass();
    if (!found?.list.container.isConnected) attach();
    if (!found) return;
    const { list } = found;
    const shown: ExtractedMessage[] = [];
    for (const unit of list.units()) {
      let read = cache.get(unit);
      if (!read) {
        read = list.read(unit);
        keep(unit, read);
      }
      shown.push(...read);
    }
    timeline.merge(settleRoles(shown));
    if (options.onBatch && !batchTimer && !stopped) batchTimer = schedule(emit, options.batchMs ?? 2000);
  }

  function take(): RecorderBatch {
    return { widget: found?.widget ?? null, upserts: timeline.takeChanges() };
  }

  function emit(): void {
    batchTimer = null;
    const batch = take();
    if (batch.upserts.length) options.onBatch?.(batch);
  }

  attach();
  tick();
  return {
    widget: () => found?.widget ?? null,
    messages: () => timeline.messages(),
    flush() {
      tick();
      return take();
    },
    loadEarlierHistory(history) {
      tick();
      return found
        ? loadEarlierHistory(found.list, { ...history, onStep: tick })
        : Promise.resolve({ steps: 0, timedOut: false });
    },
    stop() {
      tick();
      stopped = true;
      observer.disconnect();
      pending?.();
      batchTimer?.();
      return take();
    },
  };
}
