// A long task a component starts (an export): a fresh AbortSignal per run, aborted when the
// component goes away, so nothing keeps working for a panel that is closed.
import { useEffect, useRef } from 'preact/hooks';

export function useAbortable(): { next(): AbortSignal; abort(): void } {
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  return {
    next() {
      controller.current = new AbortController();
      return controller.current.signal;
    },
    abort: () => controller.current?.abort(),
  };
}
