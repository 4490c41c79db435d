// One pick in one frame: follow the pointer (and the keyboard's focus) with the outline, ArrowUp/ArrowDown to
// widen or narrow, ArrowLeft/ArrowRight to move beside, Enter or a click to choose, Esc (or leaving the page) to
// cancel. The page sees none of these events while picking; the chosen element is left for the chat agent in
// this isolated world (PICKED_KEY), never marked in the DOM.
import { narrow, type PickPath, shownChildren, showsText, widen } from '../capture/chat/region';
import { PICKED_KEY, type PickedRegion, type PickerStart } from '../messaging/chatAgent';
import { openOverlay } from './pickerOverlay';

export type PickHost = typeof globalThis & { [PICKED_KEY]?: PickedRegion };

/** The events a pick swallows: the page must not follow a link or focus a field the user points at. */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu'];
const FRAMES = /^(IFRAME|FRAME)$/;

export interface PickSession {
  pick: string;
  /** Removes every trace of the pick (outline, hint, listeners) without choosing. */
  close(): void;
}

export function openPickSession(
  host: PickHost,
  { pick, hint }: PickerStart,
  done: (chosen: boolean) => void,
): PickSession {
  const doc = host.document;
  const overlay = openOverlay(doc, host.window === host.top ? hint : null);
  let path: PickPath | null = null;
  const draw = (): void => overlay.show(path?.current ?? null);
  const pointAt = (target: EventTarget | undefined): void => {
    const el = target instanceof Element ? target : null;
    // Inside a frame the frame's own picker outlines what is under the pointer.
    path = el && !FRAMES.test(el.tagName) ? { current: el, narrower: [] } : null;
    draw();
  };
  const finish = (chosen: Element | null): void => {
    close();
    delete host[PICKED_KEY];
    if (chosen) host[PICKED_KEY] = { pick, root: chosen };
    // Two frames later the outline is off the screen, so the screenshot taken with the chat does not show it
    // (a frame that paints nothing, being out of view, gets no animation frames: a timer then answers).
    let told = false;
    const tell = (): void => {
      if (!told) done(chosen !== null);
      told = true;
    };
    host.requestAnimationFrame(() => host.requestAnimationFrame(tell));
    host.setTimeout(tell, 250);
  };
  // Leaving the page ends the whole pick: the top frame says so at once (a page kept in the back/forward cache
  // runs no timers); a frame that navigates on its own only cleans up, the pick goes on in the others.
  const leave = (): void => {
    close();
    delete host[PICKED_KEY];
    if (host.window === host.top) done(false);
  };
  const choose = (el: Element | null): void => {
    if (!el) return;
    // A frame cannot be read from here: Enter on it moves the keyboard into it, where its own picker goes on.
    if (FRAMES.test(el.tagName)) {
      path = null;
      draw();
      (el as HTMLElement).focus();
    } else finish(el);
  };
  const onPointer = (e: Event): void => pointAt(e.composedPath()[0]);
  const onSwallowed = (e: Event): void => {
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'click') choose(e.composedPath()[0] as Element);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') finish(null);
    else if (e.key === 'Enter') choose(path?.current ?? null);
    else if (MOVES[e.key]) {
      // Keyboard only: start from the focused element, else from the middle of the view.
      path ??= startingPath(doc);
      if (path) path = (MOVES[e.key] as Move)(path);
      draw();
    } else return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const listeners: [string, EventListener][] = [
    ['pointermove', onPointer],
    // The outline follows the keyboard too: Tab (into a frame as well) moves it to the focused element.
    ['focusin', onPointer],
    ['keydown', onKey as EventListener],
    ['scroll', draw],
    ['resize', draw],
    ['pagehide', leave],
    ...SWALLOWED.map((type): [string, EventListener] => [type, onSwallowed]),
  ];
  for (const [type, listener] of listeners) host.addEventListener(type, listener, true);
  function close(): void {
    for (const [type, listener] of listeners) host.removeEventListener(type, listener, true);
    overlay.remove();
  }
  return { pick, close };
}

type Move = (path: PickPath) => PickPath;

/** The element before or after the highlighted one under the same parent that shows text, or is a frame. */
const beside =
  (step: -1 | 1): Move =>
  (path) => {
    const { current } = path;
    const parent = current.parentElement ?? (current.getRootNode() as ShadowRoot).host;
    const row = parent ? shownChildren(parent) : [];
    const shown = row.filter((el) => el === current || FRAMES.test(el.tagName) || showsText(el));
    const next = shown[shown.indexOf(current) + step];
    return next ? { current: next, narrower: [] } : path;
  };

// A frame reached this way is entered with Enter (choose above), where its own picker takes the keys.
const MOVES: Record<string, Move | undefined> = {
  ArrowUp: widen,
  ArrowDown: narrow,
  ArrowLeft: beside(-1),
  ArrowRight: beside(1),
};

function startingPath(doc: Document): PickPath | null {
  const focused = doc.activeElement;
  if (focused && focused !== doc.body && !FRAMES.test(focused.tagName)) return { current: focused, narrower: [] };
  const view = doc.defaultView;
  const el = view ? doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2) : null;
  return el ? { current: el, narrower: [] } : null;
}
