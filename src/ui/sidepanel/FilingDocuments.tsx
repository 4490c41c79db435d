// After the letter: a payment-dispute request, a request for the provider's records, and how to
// prove sending; each drafted from the case, with the facts it still needs shown before copying.
import { useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { caseFrame } from '../../domain/complaint';
import { editFor, type PortalEdit } from '../../domain/filings/portalEdit';
import { proofOfSending } from '../../domain/filings/proofOfSending';
import { dataAccessRequest, PAYMENT_METHODS, type PaymentMethod, paymentDispute } from '../../domain/filings/requests';
import { factsWithCaseDefaults } from '../../domain/letter';
import { languageOfCase } from '../../domain/language';
import { systemTimeZone } from '../../domain/time';
import { type MessageKey, t } from '../shared/i18n';
import { PortalFieldRow } from './PortalFieldRow';
import type { Workspace } from './useWorkspace';

type Kind = PaymentMethod | 'data-access' | 'proof-of-sending';
const KINDS: Kind[] = [...PAYMENT_METHODS, 'data-access', 'proof-of-sending'];
const kindKey = (k: Kind): MessageKey => `filingsKind_${k.replace(/-/g, '_')}` as MessageKey;

interface Props {
  current: CaseWithCount;
  workspace: Workspace;
  portalEdits: { edits: PortalEdit[]; save: (edit: PortalEdit) => Promise<void> };
}

export function FilingDocuments({ current, workspace, portalEdits }: Props) {
  const [kind, setKind] = useState<Kind>('data-access');
  const facts = factsWithCaseDefaults(current, workspace.facts);
  const frame = caseFrame(facts, current.language);
  const input = { facts, contacts: workspace.contacts, now: Date.now(), timeZone: systemTimeZone() };
  const doc =
    kind === 'data-access'
      ? dataAccessRequest(input)
      : kind === 'proof-of-sending'
        ? null
        : paymentDispute(input, kind);
  const advice = proofOfSending(frame.jurisdiction, languageOfCase(frame.language));
  return (
    <div class="filing-documents">
      <div class="field">
        <label for="filing-kind">{t('filingsDocument')}</label>
        <select id="filing-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(kindKey(k))}
            </option>
          ))}
        </select>
      </div>
      {doc && doc.placeholders.length > 0 && (
        <p class="hint">{t('filingsPlaceholders', doc.placeholders.join('；'))}</p>
      )}
      {doc && (
        <PortalFieldRow
          key={`${kind}-${current.id}`}
          id="filing-document"
          field={{ key: 'document', label: t(kindKey(kind)), value: doc.text, softLimit: 0 }}
          slot={kind}
          saved={editFor(portalEdits.edits, kind, 'document')}
          onSave={portalEdits.save}
        />
      )}
      {!doc && (
        <dl class="proof-of-sending">
          {advice.flatMap((a) => [
            <dt key={`${a.channel}-t`}>{a.channel}</dt>,
            <dd key={`${a.channel}-d`}>{a.advice}</dd>,
          ])}
        </dl>
      )}
    </div>
  );
}
