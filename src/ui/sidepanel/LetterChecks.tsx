// What to check before sending a letter: its warnings, the placeholders left in its text, and advice
// meant for the user only (never printed in the letter). Shown above Copy / Print.
import type { CaseLanguage } from '../../domain/case';
import type { LetterDraft, LetterGuard, LetterGuardCode } from '../../domain/letter';
import { formatDateKey } from '../../domain/letter/format';
import { type MessageKey, t } from '../shared/i18n';

const GUARD_KEY: Record<LetterGuardCode, MessageKey> = {
  'body-not-open': 'letterGuardBodyNotOpen',
  'parallel-filing': 'letterGuardParallelFiling',
  'miit-province': 'letterGuardMiitProvince',
  'needs-legal-name': 'letterGuardNeedsLegalName',
  'needs-address': 'letterGuardNeedsAddress',
  'provider-name-is-domain': 'letterGuardProviderNameIsDomain',
  'language-mismatch': 'letterGuardLanguageMismatch',
  'consumer-status-unknown': 'letterGuardConsumerStatusUnknown',
  'terminal-exception': 'letterGuardTerminalException',
  'adr-scheme-unknown': 'letterGuardAdrSchemeUnknown',
  'adr-time-limit': 'letterGuardAdrTimeLimit',
  'after-miit-12315': 'letterGuardAfter12315',
  'small-claims': 'letterGuardSmallClaims',
  'internet-court': 'letterGuardInternetCourt',
  'amount-unreadable': 'letterGuardAmountUnreadable',
};

/** A date detail written as the letter writes dates (`7 December 2026`, `2026年12月7日`). */
const detailText = (detail: string | undefined, language: CaseLanguage): string =>
  detail && /^\d{4}-\d{2}-\d{2}$/.test(detail) ? (formatDateKey(detail, language) ?? detail) : (detail ?? '');

function GuardList(props: { guards: readonly LetterGuard[]; testId: string; language: CaseLanguage }) {
  return (
    <ul data-testid={props.testId}>
      {props.guards.map((g) => (
        <li key={g.code} data-guard={g.code}>
          {t(GUARD_KEY[g.code], detailText(g.detail, props.language))}
        </li>
      ))}
    </ul>
  );
}

export function LetterChecks({ draft, text }: { draft: LetterDraft; text: string }) {
  // Placeholders the user already filled in by editing the text are done.
  const placeholders = draft.placeholders.filter((p) => text.includes(p));
  const warnings = draft.guards.filter((g) => g.level === 'warning');
  const advice = draft.guards.filter((g) => g.level === 'advice');
  if (!warnings.length && !advice.length && !placeholders.length) return null;
  return (
    <div class="letter-checks" data-testid="letter-checks">
      {(warnings.length > 0 || placeholders.length > 0) && (
        <section aria-labelledby="letter-checks-heading" role="note">
          <h3 id="letter-checks-heading">{t('letterChecksHeading')}</h3>
          <GuardList guards={warnings} testId="letter-warnings" language={draft.language} />
          {placeholders.length > 0 && (
            <>
              <h4>{t('letterPlaceholdersHeading')}</h4>
              <ul data-testid="letter-placeholders">
                {placeholders.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {advice.length > 0 && (
        <details>
          <summary>{t('letterAdviceHeading')}</summary>
          <GuardList guards={advice} testId="letter-advice" language={draft.language} />
        </details>
      )}
    </div>
  );
}
