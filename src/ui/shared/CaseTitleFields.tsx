// The title and provider fields of a case and their form state, as the popup's New case form and
// the panel's case editor both ask for them.
import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { describeError } from './errors';
import { t } from './i18n';

interface CaseTitleFieldsProps {
  idPrefix: string;
  title: string;
  provider: string;
  onTitle: (title: string) => void;
  onProvider: (provider: string) => void;
  titleRef?: Ref<HTMLInputElement>;
  invalid: boolean;
}

export function CaseTitleFields({
  idPrefix,
  title,
  provider,
  onTitle,
  onProvider,
  titleRef,
  invalid,
}: CaseTitleFieldsProps) {
  return (
    <>
      <div class="field">
        <label for={`${idPrefix}-title`}>{t('caseTitleLabel')}</label>
        <input
          id={`${idPrefix}-title`}
          ref={titleRef}
          value={title}
          maxLength={200}
          placeholder={t('caseTitlePlaceholder')}
          onInput={(e) => onTitle(e.currentTarget.value)}
          aria-invalid={invalid ? true : undefined}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-provider`}>{t('providerLabel')}</label>
        <input
          id={`${idPrefix}-provider`}
          value={provider}
          maxLength={200}
          placeholder={t('providerPlaceholder')}
          onInput={(e) => onProvider(e.currentTarget.value)}
        />
      </div>
    </>
  );
}

/** The state and submit of a case title form: a title is required, `save` errors are shown. */
export function useCaseTitleForm(
  initial: { title: string; provider: string },
  save: (title: string, provider: string) => Promise<void>,
) {
  const [title, setTitle] = useState(initial.title);
  const [provider, setProvider] = useState(initial.provider);
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('caseTitleRequired'));
      titleRef.current?.focus();
      return;
    }
    try {
      await save(title, provider);
    } catch (e) {
      setError(describeError(e));
    }
  };
  return {
    fields: { title, provider, onTitle: setTitle, onProvider: setProvider, titleRef, invalid: error !== null },
    setProvider,
    error,
    submit,
  };
}
