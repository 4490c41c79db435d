// The workspace header, kept calm: the case's name, a compact switcher and Export; everything
// else (new, rename, settings, timestamps, public bundle, verify / import, delete last) sits in the ⋯ menu.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { request } from '../../messaging/client';
import type { PanelPreferences } from '../../messaging/protocol';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';
import { useLatestAction } from '../shared/latestAction';
import { OverflowMenu } from '../shared/OverflowMenu';
import { BundleActions, BundleTools } from './bundle/BundleActions';
import { BundleDropZone } from './bundle/BundleDropZone';
import { ExportBundle } from './bundle/ExportBundle';
import { CaseEditor } from './CaseEditor';
import { CaseSwitcher } from './CaseSwitcher';
import { ConfirmDialog } from './ConfirmDialog';
import { PanelPrefs } from './PanelPrefs';
import { ViewerDialog } from './ViewerDialog';
import { TimestampSettings } from './TimestampSettings';

interface Props {
  current: CaseWithCount | null;
  prefs: PanelPreferences;
  onPrefs: (change: Partial<PanelPreferences>) => void;
  onChanged: () => Promise<void>;
  /** Ticks items "In letter" (asked for by Export when a redacted copy's original is left out). */
  onInclude: (evidenceIds: string[]) => Promise<void>;
}

type Open = 'new' | 'rename' | 'delete' | 'prefs' | 'timestamps' | 'bundle' | 'public' | null;

export function CaseHeader({ current, prefs, onPrefs, onChanged, onInclude }: Props) {
  const [cases, setCases] = useState<CaseWithCount[]>([]);
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const { latest, begin } = useLatestAction();
  useEffect(() => void request('case/list', {}).then(setCases, () => undefined), [current]);

  const act = async (work: () => Promise<unknown>) => {
    begin();
    setError(null);
    try {
      await work();
      await onChanged();
    } catch (e) {
      setError(describeError(e));
    }
  };
  /** Every dialog opened from the menu gives the focus back to the ⋯ button when it closes. */
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const menu = [
    { label: t('newCase'), onSelect: () => setOpen('new') },
    { label: t('caseListRename'), onSelect: () => setOpen('rename'), disabled: !current },
    { label: t('wsDisplay'), onSelect: () => setOpen('prefs') },
    { label: t('tsTitle'), onSelect: () => setOpen('timestamps') },
    { label: t('bundleMoreTools'), onSelect: () => setOpen('bundle') },
    { label: t('exportPublicBundle'), onSelect: () => setOpen('public'), disabled: !current },
    { label: t('caseListDelete'), onSelect: () => setOpen('delete'), disabled: !current, danger: true },
  ];

  return (
    <header class="panel-header">
      <div class="title-row">
        <h1 title={current?.title}>{current?.title ?? t('extName')}</h1>
        <OverflowMenu label={t('caseListActions')} items={menu} openerRef={opener} />
      </div>
      {current && (
        <p class="muted case-meta">
          {[current.provider, t('itemCount', current.itemCount)].filter(Boolean).join(' · ')}
        </p>
      )}
      <div class="header-row">
        <CaseSwitcher
          cases={cases}
          current={current}
          onSwitch={(caseId) => void act(() => request('case/switch', { caseId }))}
        />
        {current && <BundleActions caseId={current.id} itemCount={current.itemCount} onInclude={onInclude} />}
      </div>
      <BundleDropZone />
      {latest && error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      {(open === 'new' || open === 'rename') && (
        <CaseEditor
          editing={open === 'rename' ? current : null}
          onDone={() => {
            close();
            void onChanged();
          }}
        />
      )}
      {open === 'prefs' && (
        <ViewerDialog title={t('wsDisplay')} testId="prefs-dialog" onClose={close}>
          <PanelPrefs prefs={prefs} onPrefs={onPrefs} />
        </ViewerDialog>
      )}
      {open === 'timestamps' && (
        <ViewerDialog title={t('tsTitle')} testId="timestamps-menu" onClose={close}>
          <TimestampSettings />
        </ViewerDialog>
      )}
      {open === 'bundle' && (
        <ViewerDialog title={t('bundleMoreTools')} testId="bundle-dialog" onClose={close}>
          <BundleTools />
        </ViewerDialog>
      )}
      {open === 'public' && current && (
        <ViewerDialog title={t('exportPublicBundle')} testId="public-bundle-dialog" onClose={close}>
          <ExportBundle caseId={current.id} prominent={false} variant="public" />
        </ViewerDialog>
      )}
      {open === 'delete' && current && (
        <ConfirmDialog
          title={t('caseListDeleteTitle', current.title)}
          body={t('caseListDeleteBody', current.itemCount)}
          confirmLabel={t('caseListDeleteConfirm')}
          onCancel={close}
          onConfirm={() => {
            close();
            void act(() => request('case/delete', { caseId: current.id }));
          }}
        />
      )}
    </header>
  );
}
