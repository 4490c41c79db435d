// One cancellable run at a time for a bundle tool: a fresh AbortController per run, aborted by
// Cancel or when the view goes away (closing the dialog mid-import stores nothing).
import { useEffect, useRef } from 'preact/hooks';

export function useCancellable(): { begin: () => AbortSignal; cancel: () => void } {
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  return {
    begin: () => {
      controller.current = new AbortController();
      return controller.current.signal;
    },
    cancel: () => controller.current?.abort(),
  };
}
