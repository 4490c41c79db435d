// A text input saved as the user types (debounced) and when it loses focus, never twice for the same text.
import { useEffect, useRef, useState } from 'preact/hooks';

export function useDebouncedText(initial: string, save: (text: string) => void, delayMs = 600) {
  const [value, setValue] = useState(initial);
  const saved = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commit = (text: string) => {
    clearTimeout(timer.current);
    if (text === saved.current) return;
    saved.current = text;
    save(text);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    value,
    onInput: (e: { currentTarget: HTMLInputElement }) => {
      const text = e.currentTarget.value;
      setValue(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(text), delayMs);
    },
    onBlur: () => commit(value),
  };
}
