// A bundle's check result: a clear green "intact" or red "altered" with what is missing, changed
// or extra. Paths are rendered as text (they come from an untrusted zip).
import type { BundleVerification } from '../../../pages/bundlePage';
import { formatStampTime, type MessageKey, t } from '../../shared/i18n';

const LISTS: [keyof Pick<BundleVerification, 'missing' | 'changed' | 'extra' | 'problems'>, MessageKey][] = [
  ['missing', 'verifyMissing'],
  ['changed', 'verifyChanged'],
  ['extra', 'verifyExtra'],
  ['problems', 'verifyProblems'],
];

/** `detailsOnly`: under a message that already gave the verdict (a refused import), only what was found. */
export function VerificationResult({
  result,
  fileName,
  detailsOnly = false,
}: {
  result: BundleVerification;
  fileName: string;
  detailsOnly?: boolean;
}) {
  return (
    <div
      class={`verify-result ${result.ok ? 'intact' : 'altered'}`}
      role={detailsOnly ? undefined : 'status'}
      data-state={result.ok ? 'intact' : 'altered'}
    >
      {!detailsOnly && (
        <p class="verify-verdict">
          <span aria-hidden="true">{result.ok ? '✓ ' : '✗ '}</span>
          {result.ok ? t('verifyIntact', result.checked) : result.readable ? t('verifyAltered') : t('verifyNotBundle')}
        </p>
      )}
      <p class="verify-file">{fileName}</p>
      <TrustedChecks result={result} />
      {LISTS.map(([key, label]) =>
        result[key].length === 0 ? null : (
          <div key={key}>
            <h4>{t(label, result[key].length)}</h4>
            <ul>
              {result[key].map((path) => (
                <li key={path}>{path}</li>
              ))}
            </ul>
          </div>
        ),
      )}
    </div>
  );
}

/** Each trusted timestamp (time and signer, or "altered") and each recording log's chain. */
function TrustedChecks({ result }: { result: BundleVerification }) {
  if (result.timestamps.length === 0 && result.logs.length === 0) return null;
  return (
    <ul class="verify-trusted" data-testid="verify-trusted">
      {result.timestamps.map((s) => (
        <li key={s.path} class={s.ok ? 'ok' : 'bad'}>
          {s.ok
            ? t('verifyTimestampOk', s.of, s.genTime ? formatStampTime(s.genTime) : '', s.signer)
            : t('verifyTimestampBad', s.of)}
        </li>
      ))}
      {result.logs.map((l) => (
        <li key={l.path} class={l.ok ? 'ok' : 'bad'}>
          {l.ok ? t('verifyLogOk', l.path, l.entries) : t('verifyLogBad', l.path)}
        </li>
      ))}
    </ul>
  );
}
