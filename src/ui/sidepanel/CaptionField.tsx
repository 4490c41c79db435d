// A caption saved as the user types (debounced) and when the field loses focus.
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../messaging/client';
import { t } from '../shared/i18n';

const SAVE_DELAY_MS = 600;

export function CaptionField({ evidenceId, caption }: { evidenceId: string; caption: string }) {
  const [value, setValue] = useState(caption);
  const saved = useRef(caption);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = (text: string) => {
    clearTimeout(timer.current);
    if (text === saved.current) return;
    saved.current = text;
    void request('evidence/caption', { evidenceId, caption: text });
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const id = `caption-${evidenceId}`;
  return (
    <>
      <label for={id} class="visually-hidden">
        {t('captionLabel')}
      </label>
      <input
        id={id}
        value={value}
        maxLength={2000}
        tabIndex={-1}
        placeholder={t('captionPlaceholder')}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setValue(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => save(text), SAVE_DELAY_MS);
        }}
        onBlur={() => save(value)}
      />
    </>
  );
}
