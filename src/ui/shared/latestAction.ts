// One outcome on screen at a time: when an action starts, what earlier actions said (saved, failed,
// no chat found) is cleared, so an old result is never read as the new one's. Work still running
// keeps its progress; only finished results are hidden.
import { useEffect, useMemo, useState } from 'preact/hooks';

const shown = new Set<(owner: symbol) => void>();

export interface LatestAction {
  /** Whether this component's last result is still the page's latest one. */
  latest: boolean;
  /** Call when an action of this component starts: every other result is cleared. */
  begin: () => void;
}

export function useLatestAction(): LatestAction {
  const me = useMemo(() => Symbol('action'), []);
  const [latest, setLatest] = useState(true);
  useEffect(() => {
    const listener = (owner: symbol) => setLatest(owner === me);
    shown.add(listener);
    return () => void shown.delete(listener);
  }, [me]);
  // Stable, so a caller may list it in a hook's dependencies.
  const begin = useMemo(
    () => () => {
      for (const listener of shown) listener(me);
    },
    [me],
  );
  return { latest, begin };
}
