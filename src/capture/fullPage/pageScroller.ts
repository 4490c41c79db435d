// The page's side of a full-page capture, injected with chrome.scripting as one self-contained
// function (it is serialised, so it may use nothing from outside its body). Each call does one step;
// the state between steps lives on the page's window under one symbol-like key.
import type { HiddenElement, ScrollArea } from '../../domain/fullPage';

export type ScrollerStep =
  | { step: 'measure' }
  | { step: 'scroll'; top: number }
  | { step: 'hide' }
  | { step: 'restore' };

export type ScrollerAnswer =
  | { step: 'measure'; area: ScrollArea; heightBefore: number }
  | { step: 'scroll'; scrollTop: number }
  | { step: 'hide'; hidden: HiddenElement[] }
  | { step: 'restore'; x: number; y: number; element?: number };

export async function pageScroller(request: ScrollerStep): Promise<ScrollerAnswer> {
  const KEY = '__proofpackFullPage';
  type State = {
    element: Element | null;
    x: number;
    y: number;
    elementTop: number;
    hidden: { el: HTMLElement; value: string; priority: string }[];
  };
  const w = window as unknown as Record<string, State | undefined>;
  const frames = () =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, 150); // a page whose frames are throttled still moves on
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          clearTimeout(timer);
          done();
        }),
      );
    });
  const describe = (el: Element): string => {
    if (el.id) return `${el.localName}#${el.id}`;
    const classes = Array.from(el.classList).slice(0, 2).join('.');
    return classes ? `${el.localName}.${classes}` : el.localName;
  };
  const root = document.scrollingElement ?? document.documentElement;
  const scrollerOf = (s: State): Element => s.element ?? root;
  const setTop = (el: Element, top: number) => {
    if (el === root) window.scrollTo({ left: window.scrollX, top, behavior: 'instant' });
    else el.scrollTo({ top, behavior: 'instant' });
  };

  if (request.step === 'measure') {
    let element: Element | null = null;
    if (root.scrollHeight <= window.innerHeight + 1) {
      // The page itself does not scroll: find the largest visible element that does.
      let best = 0;
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        if (el.scrollHeight <= el.clientHeight + 1 || el.clientHeight < 50) continue;
        const overflow = getComputedStyle(el).overflowY;
        if (overflow !== 'auto' && overflow !== 'scroll' && overflow !== 'overlay') continue;
        const r = el.getBoundingClientRect();
        const visible = Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0)) * r.width;
        if (visible > best) [best, element] = [visible, el];
      }
    }
    const state: State = {
      element,
      x: window.scrollX,
      y: window.scrollY,
      elementTop: element?.scrollTop ?? 0,
      hidden: [],
    };
    w[KEY] = state;
    const scroller = scrollerOf(state);
    const heightBefore = scroller.scrollHeight;
    // Lazy content loads as it comes into view: scroll through once, then measure again.
    const view = element ? element.clientHeight : window.innerHeight;
    for (let top = view; top < scroller.scrollHeight && top < 2_000_000; top += view) {
      setTop(scroller, top);
      await frames();
    }
    const pending = Array.from(document.images).filter((img) => !img.complete);
    if (pending.length)
      await Promise.race([
        Promise.all(pending.map((img) => new Promise((r) => img.addEventListener('loadend', r, { once: true })))),
        new Promise((r) => setTimeout(r, 1500)),
      ]);
    setTop(scroller, 0);
    await frames();
    const rect = element?.getBoundingClientRect();
    const clip = element
      ? { x: rect?.left ?? 0, y: rect?.top ?? 0, width: element.clientWidth, height: element.clientHeight }
      : { x: 0, y: 0, width: document.documentElement.clientWidth, height: window.innerHeight };
    return {
      step: 'measure',
      heightBefore,
      area: {
        kind: element ? 'element' : 'document',
        selector: element ? describe(element) : 'document',
        clip: {
          // The element's content box starts inside its border.
          x: clip.x + (element?.clientLeft ?? 0),
          y: clip.y + (element?.clientTop ?? 0),
          width: clip.width,
          height: clip.height,
        },
        scrollHeight: scroller.scrollHeight,
        viewport: { width: window.innerWidth, height: window.innerHeight },
        devicePixelRatio: window.devicePixelRatio,
      },
    };
  }
  const state = w[KEY];
  if (!state) throw new Error('Full-page capture state lost (the page navigated?)');
  const scroller = scrollerOf(state);
  if (request.step === 'scroll') {
    setTop(scroller, request.top);
    await frames();
    return { step: 'scroll', scrollTop: scroller === root ? window.scrollY : scroller.scrollTop };
  }
  if (request.step === 'hide') {
    const hidden: HiddenElement[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const position = getComputedStyle(el).position;
      if (position !== 'fixed' && position !== 'sticky') continue;
      if (state.hidden.some((h) => h.el.contains(el))) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      state.hidden.push({
        el,
        value: el.style.getPropertyValue('visibility'),
        priority: el.style.getPropertyPriority('visibility'),
      });
      el.style.setProperty('visibility', 'hidden', 'important');
      hidden.push({ selector: describe(el), position });
    }
    await frames();
    return { step: 'hide', hidden };
  }
  for (const h of state.hidden) h.el.style.setProperty('visibility', h.value, h.priority);
  if (state.element) state.element.scrollTo({ top: state.elementTop, behavior: 'instant' });
  window.scrollTo({ left: state.x, top: state.y, behavior: 'instant' });
  delete w[KEY];
  return {
    step: 'restore',
    x: window.scrollX,
    y: window.scrollY,
    ...(state.element ? { element: state.element.scrollTop } : {}),
  };
}
