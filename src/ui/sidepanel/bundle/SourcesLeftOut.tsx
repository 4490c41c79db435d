// Asked before a full export when a redacted copy is in the bundle but its original is not: says what the
// verifier will report, and offers to tick the originals back in, to export anyway, or to stop.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type SourceLeftOut, sourcesLeftOutOf } from '../../../pages/bundlePage';
import { t, uiLanguage } from '../../shared/i18n';

export function SourcesLeftOutWarning({
  missing,
  onInclude,
  onGoOn,
  onCancel,
}: {
  missing: readonly SourceLeftOut[];
  onInclude: () => void;
  onGoOn: () => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const copies = new Intl.ListFormat(uiLanguage().replace('_', '-')).format(missing.map((m) => m.exhibit));
  // A source deleted from the case cannot be ticked back in.
  const canInclude = missing.some((m) => m.inCase);
  return (
    <div class="bundle-warning" role="alertdialog" aria-labelledby="sources-left-out" data-testid="sources-left-out">
      <p id="sources-left-out">
        {missing.length === 1 ? t('exportSourceLeftOutOne', copies) : t('exportSourcesLeftOutMany', copies)}
      </p>
      <div class="bundle-warning-actions">
        {canInclude && (
          <button type="button" class="primary" ref={first} onClick={onInclude}>
            {t('exportIncludeSources')}
          </button>
        )}
        <button type="button" ref={canInclude ? undefined : first} onClick={onGoOn}>
          {t('exportWithoutSources')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

/** Export's first step: `ask` starts the export at once, or first shows the warning when `check` finds copies
 * whose originals are left out; "Include" ticks those originals (onInclude) before starting. */
export function useSourcesLeftOut(
  caseId: string,
  check: boolean,
  on: {
    /** Shown at once on the click (the last export's status goes), undone by `ask` when the question shows. */
    busy: (asking: boolean) => void;
    start: () => Promise<void>;
    include?: (evidenceIds: string[]) => Promise<void>;
    fail: (e: unknown) => void;
  },
) {
  const [leftOut, setLeftOut] = useState<SourceLeftOut[] | null>(null);
  const ask = () => {
    on.busy(true);
    return (check ? sourcesLeftOutOf(caseId) : Promise.resolve([]))
      .then((missing) => {
        if (!missing.length) return on.start();
        on.busy(false);
        setLeftOut(missing);
      })
      .catch(on.fail);
  };
  // Nothing is exported when ticking the originals failed: the user chose a bundle with them.
  const goOn = (include: boolean) => {
    const ids = (leftOut ?? []).filter((m) => m.inCase).map((m) => m.sourceId);
    setLeftOut(null);
    return (include ? (on.include?.(ids) ?? Promise.resolve()) : Promise.resolve()).then(on.start).catch(on.fail);
  };
  const warning = leftOut && (
    <SourcesLeftOutWarning
      missing={leftOut}
      onInclude={() => void goOn(true)}
      onGoOn={() => void goOn(false)}
      onCancel={() => setLeftOut(null)}
    />
  );
  return { ask, warning };
}
