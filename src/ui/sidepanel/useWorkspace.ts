// The open case's workspace: facts kept locally while the user types and saved debounced, flushed
// when a field loses focus or the panel is hidden or closed, so nothing typed is lost.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CaseFacts, ContactLogEntry, ExhibitSettings } from '../../domain/complaint';
import type { SavedLetter } from '../../domain/letter';
import { onEvent, request } from '../../messaging/client';

const SAVE_DELAY_MS = 400;

export interface Workspace {
  facts: CaseFacts;
  exhibits: ExhibitSettings;
  contacts: ContactLogEntry[];
  letter: SavedLetter | null;
  loaded: boolean;
  /** Changes the facts from their latest value (several edits may land before a re-render). */
  updateFacts(change: (facts: CaseFacts) => CaseFacts): void;
  flushFacts(): void;
  /** Saves the exhibit choices; resolves once the worker has stored them. */
  setExhibits(next: ExhibitSettings): Promise<void>;
  reload(): Promise<void>;
}

export function useWorkspace(caseId: string | undefined): Workspace {
  const [facts, setFactsState] = useState<CaseFacts>({});
  const [exhibits, setExhibitsState] = useState<ExhibitSettings>({});
  const [contacts, setContacts] = useState<ContactLogEntry[]>([]);
  const [letter, setLetter] = useState<SavedLetter | null>(null);
  const [loaded, setLoaded] = useState(false);
  const pending = useRef<{ caseId: string; facts: CaseFacts } | null>(null);
  const latest = useRef<CaseFacts>({});
  const loadedCase = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flushFacts = useCallback(() => {
    clearTimeout(timer.current);
    const p = pending.current;
    pending.current = null;
    if (p) void request('workspace/facts', p);
  }, []);

  const reload = useCallback(async () => {
    if (!caseId) return;
    const snapshot = await request('workspace/get', { caseId });
    // Facts and exhibit choices are this panel's own once loaded: a snapshot answering an older
    // save must not undo what the user did since.
    if (loadedCase.current !== caseId) {
      loadedCase.current = caseId;
      latest.current = snapshot.facts;
      setFactsState(snapshot.facts);
      setExhibitsState(snapshot.exhibits);
    }
    setContacts(snapshot.contacts);
    setLetter(snapshot.letter);
    setLoaded(true);
  }, [caseId]);

  useEffect(() => {
    setLoaded(false);
    void reload();
    const off = onEvent('workspace/changed', (p) => p.caseId === caseId && void reload());
    const hide = () => document.visibilityState === 'hidden' && flushFacts();
    window.addEventListener('pagehide', flushFacts);
    document.addEventListener('visibilitychange', hide);
    return () => {
      flushFacts();
      off();
      window.removeEventListener('pagehide', flushFacts);
      document.removeEventListener('visibilitychange', hide);
    };
  }, [caseId, reload, flushFacts]);

  const updateFacts = (change: (facts: CaseFacts) => CaseFacts) => {
    if (!caseId || loadedCase.current !== caseId) return;
    const next = change(latest.current);
    latest.current = next;
    setFactsState(next);
    pending.current = { caseId, facts: next };
    clearTimeout(timer.current);
    timer.current = setTimeout(flushFacts, SAVE_DELAY_MS);
  };
  const setExhibits = async (next: ExhibitSettings) => {
    if (!caseId) return;
    setExhibitsState(next);
    await request('workspace/exhibits', { caseId, exhibits: next });
  };
  return { facts, exhibits, contacts, letter, loaded, updateFacts, flushFacts, setExhibits, reload };
}
