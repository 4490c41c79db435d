// Scrolls a chat up so the widget loads the history it can show, in bounded time: stops when
// scrolling no longer brings anything new or when `maxMs` has passed.
import type { MessageList } from './types';

export interface HistoryOptions {
  maxMs: number;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Wait after each scroll for the widget to fetch and render. */
  stepMs?: number;
  /** Scrolls in a row that bring nothing before giving up. */
  quietSteps?: number;
  /** Called after each scroll (the recorder merges what is shown, before a virtualised list drops it). */
  onStep?(): void;
}

export interface HistoryResult {
  steps: number;
  timedOut: boolean;
}

/** The element that scrolls the list: the container or its nearest scrolling ancestor. */
export function scrollerOf(container: Element): Element {
  for (let el: Element | null = container; el; el = el.parentElement) {
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    if (/auto|scroll/.test(style?.overflowY ?? '') || el.scrollHeight > el.clientHeight + 4) return el;
  }
  return container;
}

export async function loadEarlierHistory(list: MessageList, options: HistoryOptions): Promise<HistoryResult> {
  const start = options.now();
  const scroller = scrollerOf(list.container);
  const view = scroller.ownerDocument.defaultView;
  let quiet = 0;
  let steps = 0;
  let first = list.units()[0];
  let count = list.units().length;
  while (quiet < (options.quietSteps ?? 2)) {
    if (options.now() - start >= options.maxMs) return { steps, timedOut: true };
    scroller.scrollTop = 0;
    // Infinite-scroll code listens for scroll events; setting scrollTop fires none when already at 0.
    if (view) scroller.dispatchEvent(new view.Event('scroll'));
    await options.sleep(options.stepMs ?? 400);
    steps++;
    options.onStep?.();
    const units = list.units();
    quiet = units[0] === first && units.length === count ? quiet + 1 : 0;
    first = units[0];
    count = units.length;
  }
  scroller.scrollTop = scroller.scrollHeight;
  return { steps, timedOut: false };
}
