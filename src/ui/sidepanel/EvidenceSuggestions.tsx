// Suggestions from the evidence for the Facts or the contact log. Using one fills its field (asking
// first when that would replace what the user typed); a dismissed one stays dismissed.
import { useMemo, useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { caseFrame, caseTimeZone, numberExhibits } from '../../domain/complaint';
import type { Evidence } from '../../domain/evidence';
import {
  contactFill,
  dismissSuggestion,
  type EvidenceSuggestion,
  factFill,
  isContactSuggestion,
  openSuggestions,
} from '../../domain/suggestions';
import { systemTimeZone } from '../../domain/time';
import { request } from '../../messaging/client';
import { t } from '../shared/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { SuggestionList } from './SuggestionList';
import { suggestionDetail, suggestionSource } from './suggestionText';
import { useEvidenceSuggestions } from './useEvidenceSuggestions';
import type { Workspace } from './useWorkspace';
import { setFact } from './workspaceModel';

interface Props {
  current: CaseWithCount;
  items: readonly Evidence[];
  workspace: Workspace;
  target: 'facts' | 'contacts';
}

export function EvidenceSuggestions({ current, items, workspace, target }: Props) {
  const all = useEvidenceSuggestions(items);
  const [replacing, setReplacing] = useState<{ from: string; to: string; apply: () => void } | null>(null);
  const { facts, contacts, exhibits } = workspace;
  const numbers = useMemo(
    () => new Map(numberExhibits(items, exhibits).map((x) => [x.evidenceId, x.number])),
    [items, exhibits],
  );
  if (!all || !workspace.loaded) return null;
  const zone = caseTimeZone(facts, systemTimeZone());
  const shown = openSuggestions(all, facts, contacts).filter((s) => isContactSuggestion(s) === (target === 'contacts'));
  const use = (s: EvidenceSuggestion) => {
    const fill =
      target === 'contacts'
        ? contactFill(contacts, s, zone, () => crypto.randomUUID())
        : factFill(facts, s, caseFrame(facts, current.language, current.providerSite).decimalSeparator);
    const apply = () => {
      if ('entry' in fill) void request('contact/put', { caseId: current.id, entry: fill.entry });
      else workspace.updateFacts((f) => setFact(fill.flag ? setFact(f, fill.flag, true) : f, fill.path, fill.value));
    };
    if (fill.replaces) setReplacing({ from: fill.replaces, to: 'entry' in fill ? s.value : String(fill.value), apply });
    else apply();
  };
  return (
    <>
      <SuggestionList
        suggestions={shown}
        cite={(s) => suggestionSource(s, numbers)}
        detail={(s) => suggestionDetail(s, zone)}
        onUse={use}
        onDismiss={(s) => workspace.updateFacts((f) => dismissSuggestion(f, s.key))}
      />
      {replacing && (
        <ConfirmDialog
          title={t('suggestReplaceTitle')}
          body={t('suggestReplaceBody', replacing.from, replacing.to)}
          confirmLabel={t('suggestReplace')}
          onCancel={() => setReplacing(null)}
          onConfirm={() => {
            replacing.apply();
            setReplacing(null);
          }}
        />
      )}
    </>
  );
}
