// Quote in letter on one message of a chat: pressed while the letter quotes it.
import { t } from '../shared/i18n';

export function QuoteButton({ quoted, n, onClick }: { quoted: boolean; n: number; onClick: () => void }) {
  return (
    <button
      type="button"
      class="small quote-button"
      aria-pressed={quoted}
      aria-label={quoted ? t('quoteRemoveNamed', n) : t('quoteInLetterNamed', n)}
      onClick={onClick}
    >
      {quoted ? t('quoteRemove') : t('quoteInLetter')}
    </button>
  );
}
