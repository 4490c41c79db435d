// One copy block's own text and limit, saved shortly after each change, on blur and when the tab or panel
// closes mid-typing; absent text means the block follows the draft (and shows its changes live).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PortalField } from '../../domain/filings/portal';
import type { PortalEdit } from '../../domain/filings/portalEdit';

const SAVE_DELAY_MS = 300;

export function useFieldEdit(
  slot: string,
  field: PortalField,
  saved: PortalEdit | undefined,
  onSave: (edit: PortalEdit) => Promise<void>,
  onFail: () => void,
) {
  const [own, setOwn] = useState<string | undefined>(saved?.text);
  // The draft the user's text was made from: kept across keystrokes, so a changed draft can be pointed out.
  const base = useRef<string | undefined>(saved?.baseText);
  const [limit, setLimit] = useState(saved?.limit ?? field.softLimit);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<PortalEdit | null>(null);
  const flush = () => {
    clearTimeout(timer.current);
    const edit = pending.current;
    pending.current = null;
    if (edit) void onSave(edit).catch(onFail);
  };
  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
  const keep = (text: string | undefined, nextLimit: number, now = false) => {
    if (text !== undefined && base.current === undefined) base.current = field.value;
    pending.current = {
      portal: slot,
      field: field.key,
      ...(text !== undefined ? { text, baseText: base.current } : {}),
      ...(nextLimit !== field.softLimit ? { limit: nextLimit } : {}),
    };
    clearTimeout(timer.current);
    if (now) flush();
    else timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };
  return {
    text: own ?? field.value,
    edited: own !== undefined,
    limit,
    flush,
    setText: (value: string) => {
      setOwn(value);
      keep(value, limit);
    },
    setLimit: (value: number) => {
      setLimit(value);
      keep(own, value);
    },
    draftChanged: own !== undefined && base.current !== undefined && base.current !== field.value,
    backToDraft: () => {
      setOwn(undefined);
      base.current = undefined;
      keep(undefined, limit, true);
    },
  };
}
