// The title and provider fields of a case, as the popup's New case form and the panel's case
// editor both ask for them.
import type { Ref } from 'preact';
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

export function CaseTitleFields({ idPrefix, title, provider, onTitle, onProvider, titleRef, invalid }: CaseTitleFieldsProps) {
  return (
    <>
      <div class="field">
        <label for={`${idPrefix}-title`}>{t('caseTitleLabel')}</label>
        <input id={`${idPrefix}-title`} ref={titleRef} value={title} maxLength={200} placeholder={t('caseTitlePlaceholder')} onInput={(e) => onTitle(e.currentTarget.value)} aria-invalid={invalid ? true : undefined} />
      </div>
      <div class="field">
        <label for={`${idPrefix}-provider`}>{t('providerLabel')}</label>
        <input id={`${idPrefix}-provider`} value={provider} maxLength={200} placeholder={t('providerPlaceholder')} onInput={(e) => onProvider(e.currentTarget.value)} />
      </div>
    </>
  );
}
