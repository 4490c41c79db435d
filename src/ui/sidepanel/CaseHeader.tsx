// The workspace header: which case is open (find, switch, create, rename, delete), the bundle
// actions' place, and the panel's language and theme.
import { useEffect, useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { request } from '../../messaging/client';
import type { PanelPreferences } from '../../messaging/protocol';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';
import { BundleActions } from './bundle/BundleActions';
import { CaseEditor } from './CaseEditor';
import { ConfirmDialog } from './ConfirmDialog';
import { PanelPrefs } from './PanelPrefs';
import { TimestampSettings } from './TimestampSettings';

/** Below this many cases the list fits in the select and a search box is only noise. */
const SEARCH_FROM = 5;

interface Props {
  current: CaseWithCount | null;
  prefs: PanelPreferences;
  onPrefs: (change: Partial<PanelPreferences>) => void;
  onChanged: () => Promise<void>;
}

export function CaseHeader({ current, prefs, onPrefs, onChanged }: Props) {
  const [cases, setCases] = useState<CaseWithCount[]>([]);
  const [query, setQuery] = useState('');
  const [editor, setEditor] = useState<'new' | 'rename' | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void request('case/list', {}).then(setCases, () => undefined), [current]);

  const q = query.trim().toLowerCase();
  const shown = cases.filter((c) => c.id === current?.id || !q || `${c.title} ${c.provider}`.toLowerCase().includes(q));
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await onChanged();
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <header class="panel-header">
      <div class="title-row">
        <h1>{current?.title ?? t('extName')}</h1>
        <details class="prefs-menu">
          <summary>{t('wsDisplay')}</summary>
          <PanelPrefs prefs={prefs} onPrefs={onPrefs} />
        </details>
        <details class="prefs-menu" data-testid="timestamps-menu">
          <summary>{t('tsTitle')}</summary>
          <TimestampSettings />
        </details>
      </div>
      {current && (
        <p class="muted">{[current.provider, t('itemCount', current.itemCount)].filter(Boolean).join(' · ')}</p>
      )}
      <div class="case-tools">
        {cases.length > SEARCH_FROM && (
          <div class="field grow">
            <label for="ws-case-search">{t('caseListSearch')}</label>
            <input
              id="ws-case-search"
              type="search"
              value={query}
              placeholder={t('caseListSearchPlaceholder')}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </div>
        )}
        <div class="field grow">
          <label for="ws-case-select">{t('caseListSelect')}</label>
          <select
            id="ws-case-select"
            value={current?.id}
            onChange={(e) => act(() => request('case/switch', { caseId: e.currentTarget.value }))}
          >
            {shown.map((c) => (
              <option key={c.id} value={c.id}>
                {c.provider ? `${c.title} · ${c.provider}` : c.title} ({c.itemCount})
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="toolbar" role="toolbar" aria-label={t('caseListActions')}>
        <button type="button" onClick={() => setEditor('new')}>
          {t('newCase')}
        </button>
        <button type="button" onClick={() => setEditor('rename')} disabled={!current}>
          {t('caseListRename')}
        </button>
        <button type="button" class="danger" onClick={() => setDeleting(true)} disabled={!current}>
          {t('caseListDelete')}
        </button>
      </div>
      {current && <BundleActions caseId={current.id} />}
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      {editor && (
        <CaseEditor
          editing={editor === 'rename' ? current : null}
          onDone={() => {
            setEditor(null);
            void onChanged();
          }}
        />
      )}
      {deleting && current && (
        <ConfirmDialog
          title={t('caseListDeleteTitle', current.title)}
          body={t('caseListDeleteBody', current.itemCount)}
          confirmLabel={t('caseListDeleteConfirm')}
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            void act(() => request('case/delete', { caseId: current.id }));
          }}
        />
      )}
    </header>
  );
}
