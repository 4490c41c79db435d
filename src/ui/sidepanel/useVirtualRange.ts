// Which rows of a virtualised list are on screen, measured against the page's scroll, so only
// those rows (and their thumbnails) are drawn.
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { visibleRange } from './workspaceModel';

export function useVirtualRange(list: RefObject<HTMLElement | null>, rows: number, rowHeight: number) {
  const [range, setRange] = useState({ start: 0, end: 12 });
  useEffect(() => {
    const update = () => {
      const top = list.current ? list.current.getBoundingClientRect().top : 0;
      const next = visibleRange(-top, window.innerHeight, rowHeight, rows);
      setRange((r) => (r.start === next.start && r.end === next.end ? r : next));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [list, rows, rowHeight]);
  return range;
}
