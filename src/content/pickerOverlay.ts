// The picker's only marks on the page: an outline over the highlighted element and, in the top frame,
// a hint bar. Both live in one closed shadow root under <html>, styled through the CSSOM (a page's
// style-src policy does not block that), never catch the pointer, and go away with remove().

const OUTLINE = 'position:fixed;box-sizing:border-box;border:2px solid #d93025;background:rgba(217,48,37,.08);';
const HINT =
  'position:fixed;top:8px;left:50%;transform:translateX(-50%);max-width:90vw;padding:6px 12px;border-radius:6px;' +
  'background:#202124;color:#fff;font:14px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);';

export interface PickerOverlay {
  /** Outlines `el`, or hides the outline. */
  show(el: Element | null): void;
  remove(): void;
}

export function openOverlay(doc: Document, hint: string | null): PickerOverlay {
  const host = doc.createElement('div');
  host.style.cssText = 'all:initial;position:fixed;inset:0;pointer-events:none;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'closed' });
  const outline = doc.createElement('div');
  root.append(outline);
  if (hint) {
    const bar = doc.createElement('div');
    bar.style.cssText = HINT;
    bar.setAttribute('role', 'status');
    bar.textContent = hint;
    root.append(bar);
  }
  doc.documentElement.append(host);
  return {
    show(el) {
      const r = el?.getBoundingClientRect();
      outline.style.cssText = r
        ? `${OUTLINE}left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;`
        : 'display:none;';
    },
    remove: () => host.remove(),
  };
}
