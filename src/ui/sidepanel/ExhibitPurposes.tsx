// What each exhibit proves (证明目的), typed by the user and saved with the exhibit settings; the
// letter's evidence list shows a placeholder for any left empty.
import { type Exhibit, setExhibitPurpose } from '../../domain/complaint';
import { t } from '../shared/i18n';
import { useDebouncedText } from './useDebouncedText';
import type { Workspace } from './useWorkspace';

function PurposeField({ exhibit, workspace }: { exhibit: Exhibit; workspace: Workspace }) {
  const field = useDebouncedText(exhibit.purpose ?? '', (text) =>
    workspace.setExhibits(setExhibitPurpose(workspace.exhibits, exhibit.evidenceId, text)),
  );
  const id = `purpose-${exhibit.evidenceId}`;
  return (
    <div class="field">
      <label for={id}>{t('letterExhibitPurpose', exhibit.number)}</label>
      <input id={id} maxLength={500} {...field} />
    </div>
  );
}

export function ExhibitPurposes({ exhibits, workspace }: { exhibits: readonly Exhibit[]; workspace: Workspace }) {
  if (!exhibits.length) return null;
  return (
    <details class="exhibit-purposes">
      <summary>{t('letterExhibitPurposesHeading')}</summary>
      {exhibits.map((x) => (
        <PurposeField key={x.evidenceId} exhibit={x} workspace={workspace} />
      ))}
    </details>
  );
}
