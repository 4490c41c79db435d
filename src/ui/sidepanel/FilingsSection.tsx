// Filings: the case pre-formatted for a complaint portal's fields, one copy block per field, each
// with a live character count against a soft limit the user can change; the user's edits are kept per case.
import { useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { caseFrame } from '../../domain/complaint';
import { PORTALS, type Portal, portalFields } from '../../domain/filings/portal';
import { editFor } from '../../domain/filings/portalEdit';
import { factsWithCaseDefaults } from '../../domain/letter';
import { systemTimeZone } from '../../domain/time';
import { type MessageKey, t } from '../shared/i18n';
import { FilingDocuments } from './FilingDocuments';
import { PortalFieldRow } from './PortalFieldRow';
import { usePortalEdits } from './usePortalEdits';
import type { Workspace } from './useWorkspace';

const PORTAL_KEY: Record<Portal, MessageKey> = {
  'cn-12315': 'filingsPortal12315',
  'cn-12300': 'filingsPortal12300',
  'cn-heimao': 'filingsPortalHeimao',
  'us-cfpb': 'filingsPortalCfpb',
  'us-fcc': 'filingsPortalFcc',
  'gb-ombudsman': 'filingsPortalOmbudsman',
};

function defaultPortal(current: CaseWithCount, workspace: Workspace): Portal {
  const { jurisdiction } = caseFrame(workspace.facts, current.language, current.providerSite);
  if (jurisdiction === 'CN') return workspace.facts.sector === 'telecom' ? 'cn-12300' : 'cn-12315';
  if (jurisdiction === 'US') return workspace.facts.sector === 'financial' ? 'us-cfpb' : 'us-fcc';
  return 'gb-ombudsman';
}

export function FilingsSection({ current, workspace }: { current: CaseWithCount; workspace: Workspace }) {
  const [portal, setPortal] = useState<Portal | null>(null);
  const chosen = portal ?? defaultPortal(current, workspace);
  const facts = factsWithCaseDefaults(current, workspace.facts);
  const input = { facts, contacts: workspace.contacts, now: Date.now(), timeZone: systemTimeZone() };
  const { fields, placeholders } = portalFields(chosen, input);
  const { edits, save } = usePortalEdits(current.id);
  return (
    <section class="filings" aria-labelledby="filings-heading">
      <h3 id="filings-heading">{t('filingsHeading')}</h3>
      <div class="field">
        <label for="filings-portal">{t('filingsPortal')}</label>
        <select id="filings-portal" value={chosen} onChange={(e) => setPortal(e.currentTarget.value as Portal)}>
          {PORTALS.map((p) => (
            <option key={p} value={p}>
              {t(PORTAL_KEY[p])}
            </option>
          ))}
        </select>
      </div>
      {fields.some((f) => f.softLimit > 0) && <p class="hint">{t('filingsLimitsNote')}</p>}
      {chosen === 'cn-heimao' && <p class="hint">{t('filingsPublicNote')}</p>}
      {placeholders.length > 0 && <p class="hint">{t('filingsPlaceholders', placeholders.join('；'))}</p>}
      {edits &&
        fields.map((f) => (
          <PortalFieldRow
            key={`${chosen}-${f.key}-${current.id}`}
            id={`filing-${f.key}`}
            field={f}
            slot={chosen}
            saved={editFor(edits, chosen, f.key)}
            onSave={save}
          />
        ))}
      {edits && <FilingDocuments current={current} workspace={workspace} portalEdits={{ edits, save }} />}
    </section>
  );
}
