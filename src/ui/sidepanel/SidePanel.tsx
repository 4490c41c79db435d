// The side panel: the case workspace. A header for the case, then tabs for evidence & exhibits,
// facts, contacts, timeline and letter, all live as captures and edits arrive.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import type { Evidence } from '../../domain/evidence';
import { setExhibitIncluded } from '../../domain/complaint';
import { type LetterTemplate, withTemplate } from '../../domain/letter';
import { onEvent, request } from '../../messaging/client';
import type { PanelPreferences } from '../../messaging/protocol';
import { describeError } from '../shared/errors';
import { browserUiLanguage, setUiLanguage, t } from '../shared/i18n';
import { useLatestAction } from '../shared/latestAction';
import { CaseHeader } from './CaseHeader';
import { CoachLine } from './CoachLine';
import { ContactsTab } from './ContactsTab';
import { EvidenceTab } from './EvidenceTab';
import { FactsTab } from './FactsTab';
import { LetterTab } from './LetterTab';
import { type PanelTab, TabBar } from './TabBar';
import { TimelineTab } from './TimelineTab';
import { useWorkspace } from './useWorkspace';

function applyPreferences(p: PanelPreferences): void {
  setUiLanguage(p.uiLanguage || browserUiLanguage());
  if (p.theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = p.theme;
}

export function SidePanel() {
  const [prefs, setPrefs] = useState<PanelPreferences | null>(null);
  const [current, setCurrent] = useState<CaseWithCount | null>(null);
  const [items, setItems] = useState<Evidence[] | null>(null);
  const [tab, setTab] = useState<PanelTab>('evidence');
  const [error, setError] = useState<string | null>(null);
  /** A new tab starts clean: an old error belongs to the tab it came from. */
  const openTab = (next: PanelTab) => {
    setError(null);
    setTab(next);
  };
  const failed = useLatestAction();
  /** A failure the tabs report is the newest result: earlier ones elsewhere in the panel are cleared. */
  const reportError = useCallback(
    (message: string) => {
      failed.begin();
      setError(message);
    },
    [failed.begin],
  );
  const workspace = useWorkspace(current?.id);

  const reload = useCallback(async () => {
    try {
      const c = await request('case/current', {});
      setCurrent(c);
      setItems(await request('evidence/list', { caseId: c.id, limit: 1_000_000 }));
    } catch (e) {
      reportError(describeError(e));
    }
  }, [reportError]);

  const followIntent = useCallback(async () => {
    const intent = await request('panel/intent', {});
    if (intent) setTab(intent.tab);
  }, []);

  useEffect(() => {
    void request('panel/preferences', {}).then((p) => {
      applyPreferences(p);
      setPrefs(p);
    });
    void reload();
    void followIntent();
    const offs = [
      onEvent('evidence/changed', () => void reload()),
      onEvent('case/changed', () => void reload()),
      onEvent('panel/intent', () => void followIntent()),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [reload, followIntent]);

  const changePrefs = async (change: Partial<PanelPreferences>) => {
    const next = await request('panel/preferences', change);
    applyPreferences(next);
    setPrefs(next);
  };

  /** The escalation step's template, keeping the user's edited text (a re-draft diff then shows). */
  const draftWith = async (caseId: string, template: LetterTemplate) => {
    await request('letter/save', { caseId, letter: withTemplate(workspace.letter, template) });
    setTab('letter');
  };

  if (!prefs) return <p class="muted">{t('loading')}</p>;
  document.title = t('panelTitle');
  return (
    <div class="workspace" key={prefs.uiLanguage}>
      <CaseHeader
        current={current}
        prefs={prefs}
        onPrefs={changePrefs}
        onChanged={reload}
        onInclude={(ids) =>
          workspace.setExhibits(ids.reduce((s, id) => setExhibitIncluded(s, id, true), workspace.exhibits))
        }
      />
      <main>
        {current && items && (
          <CoachLine current={current} items={items} workspace={workspace} tab={tab} onTab={openTab} />
        )}
        <TabBar tab={tab} onTab={openTab} />
        <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {failed.latest && error && (
            <p class="status error" role="alert">
              {error}
            </p>
          )}
          {!current || items === null ? (
            <p class="muted">{t('loading')}</p>
          ) : (
            <>
              {tab === 'evidence' && (
                <EvidenceTab
                  current={current}
                  items={items}
                  workspace={workspace}
                  onError={reportError}
                  onReload={reload}
                />
              )}
              {tab === 'facts' && <FactsTab current={current} items={items} workspace={workspace} />}
              {tab === 'contacts' && <ContactsTab current={current} items={items} workspace={workspace} />}
              {tab === 'timeline' && (
                <TimelineTab
                  current={current}
                  items={items}
                  workspace={workspace}
                  onDraft={(template) => void draftWith(current.id, template)}
                />
              )}
              {tab === 'letter' && <LetterTab current={current} workspace={workspace} />}
            </>
          )}
        </div>
      </main>
    </div>
  );
}
