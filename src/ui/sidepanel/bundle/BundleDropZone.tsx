// Drag a bundle zip over the panel and two targets appear, each saying what a drop does: verify it
// (nothing changes) or import it as a case. The drop opens the bundle tools with the result; the ⋯
// menu's "Verify or import" stays the keyboard way. A file dropped anywhere else is never opened
// by the browser in place of the panel.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { ViewerDialog } from '../ViewerDialog';
import { BundleTools, type DroppedBundle } from './BundleActions';

const carriesFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
/** The target under the pointer: what a drop there would do. */
const actionAt = (event: DragEvent): DroppedBundle['action'] | null => {
  const action =
    event.target instanceof Element ? event.target.closest('[data-action]')?.getAttribute('data-action') : null;
  return action === 'verify' || action === 'import' ? action : null;
};

export function BundleDropZone() {
  /** While a file is dragged over the panel: the target under it (highlighted), or 'none'. */
  const [dragging, setDragging] = useState<DroppedBundle['action'] | 'none' | null>(null);
  const [dropped, setDropped] = useState<DroppedBundle | null>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (!document.querySelector('dialog[open]')) setDragging(actionAt(event) ?? 'none');
    };
    const leave = (event: DragEvent) => {
      if (!event.relatedTarget) setDragging(null);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(null);
      const action = actionAt(event);
      const file = event.dataTransfer?.files[0];
      if (!file || !action) return;
      // A drop has no opener: the focus goes back where it was, or to the ⋯ menu that offers the same tools.
      const active = document.activeElement;
      opener.current =
        active && active !== document.body ? active : document.querySelector('.panel-header .menu-button');
      setDropped({ file, action });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  const close = () => {
    setDropped(null);
    requestAnimationFrame(() => (opener.current as HTMLElement | null)?.focus?.());
  };
  return (
    <>
      {dragging && (
        <div class="bundle-drop" data-testid="bundle-drop">
          <p>{t('bundleDropTitle')}</p>
          <div class={`bundle-drop-target${dragging === 'verify' ? ' over' : ''}`} data-action="verify">
            <strong>{t('bundleDropVerify')}</strong>
            <span>{t('bundleDropVerifyHelp')}</span>
          </div>
          <div class={`bundle-drop-target${dragging === 'import' ? ' over' : ''}`} data-action="import">
            <strong>{t('bundleDropImport')}</strong>
            <span>{t('bundleDropImportHelp')}</span>
          </div>
        </div>
      )}
      {dropped && (
        <ViewerDialog title={t('bundleMoreTools')} testId="bundle-dialog" onClose={close}>
          <BundleTools dropped={dropped} />
        </ViewerDialog>
      )}
    </>
  );
}
