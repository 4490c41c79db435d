// The case changed since the user edited their letter: show what a fresh draft would change and
// let them take it or keep their text. Never overwrites silently.
import { useState } from 'preact/hooks';
import { type CaseLetter, diffDrafts, type SavedLetter } from '../../domain/letter';
import { t } from '../shared/i18n';
import { acceptRedraft, diffHunks, keepEdits } from './workspaceModel';

export function RedraftPanel({
  letter,
  onSave,
}: {
  letter: CaseLetter;
  onSave: (saved: SavedLetter) => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div class="card redraft" data-testid="redraft">
      <p>{t('letterRedraftNotice')}</p>
      {!open && (
        <button type="button" onClick={() => setOpen(true)}>
          {t('letterRedraft')}
        </button>
      )}
      {open && (
        <>
          <p class="muted">{t('letterDiffLegend')}</p>
          <ol class="diff" aria-label={t('letterDiffLabel')}>
            {diffHunks(diffDrafts(letter.text, letter.draft.text)).map((row, i) =>
              row.op === 'gap' ? (
                <li key={`${i}gap`} class="diff-gap">
                  {t('letterDiffUnchanged', row.count)}
                </li>
              ) : (
                <li key={`${i}${row.op}`} class={`diff-${row.op}`}>
                  <span class="visually-hidden">
                    {row.op === 'add' ? t('letterDiffAdded') : row.op === 'remove' ? t('letterDiffRemoved') : ''}
                  </span>
                  {row.op === 'add' ? '+ ' : row.op === 'remove' ? '− ' : ''}
                  {row.text}
                </li>
              ),
            )}
          </ol>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void onSave(acceptRedraft(letter))}>
              {t('letterAcceptDraft')}
            </button>
            <button type="button" onClick={() => void onSave(keepEdits(letter))}>
              {t('letterKeepMine')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
