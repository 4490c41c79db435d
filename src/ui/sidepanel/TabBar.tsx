// The workspace's tabs (WAI-ARIA tabs: arrow keys move between them, Tab moves into the panel).
import type { MessageKey } from '../shared/i18n';
import { t } from '../shared/i18n';

export type PanelTab = 'evidence' | 'facts' | 'contacts' | 'timeline' | 'letter';

const TABS: [PanelTab, MessageKey][] = [
  ['evidence', 'wsTabEvidence'],
  ['facts', 'wsTabFacts'],
  ['contacts', 'wsTabContacts'],
  ['timeline', 'wsTabTimeline'],
  ['letter', 'wsTabLetter'],
];

export function TabBar({ tab, onTab }: { tab: PanelTab; onTab: (tab: PanelTab) => void }) {
  const move = (e: KeyboardEvent) => {
    const i = TABS.findIndex(([id]) => id === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to =
      e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : step ? (i + step + TABS.length) % TABS.length : -1;
    const next = TABS[to];
    if (!next) return;
    e.preventDefault();
    onTab(next[0]);
    document.getElementById(`tab-${next[0]}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('wsTabsLabel')} onKeyDown={move}>
      {TABS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onTab(id)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
