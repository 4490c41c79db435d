// A bundle tool's file, from its picker or dropped on the panel: both run the same way. The picker
// is cleared at once, so choosing the same file again runs again.
import { useEffect } from 'preact/hooks';

export function useChosenFile(run: (file: File) => Promise<void>, dropped: File | undefined) {
  // Runs once per dropped file (not again when the caller passes a new `run` on each render).
  useEffect(() => {
    if (dropped) void run(dropped);
  }, [dropped]);
  return async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await run(file);
  };
}
