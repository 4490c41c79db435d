// The case changed since the user edited their letter: show what a fresh draft would change and
// let them take it or keep their text. Never overwrites silently.
import { useState } from 'preact/hooks';
import { type CaseLetter, diffDrafts, type SavedLetter } from '../../domain/letter';
import { t } from '../shared/i18n';
import { acceptRedraft, keepEdits } from './workspaceModel';

export function RedraftPanel({ letter, onSave }: { letter: CaseLetter; onSave: (saved: SavedLetter) => Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="card redraft" data-testid="redraft">
      <p>{t('letterRedraftNotice')}</p>
      {!open && (
        <button type="button" onClick={() => setOpen(true)}>{t('letterRedraft')}</button>
      )}
      {open && (
        <>
          <p class="muted">{t('letterDiffLegend')}</p>
          <ol class="diff" aria-label={t('letterDiffLabel')}>
            {diffDrafts(letter.text, letter.draft.text).map((line, i) => (
              <li key={`${i}${line.op}`} class={`diff-${line.op}`}>
                <span class="visually-hidden">{line.op === 'add' ? t('letterDiffAdded') : line.op === 'remove' ? t('letterDiffRemoved') : ''}</span>
                {line.op === 'add' ? '+ ' : line.op === 'remove' ? '− ' : '  '}
                {line.text}
              </li>
            ))}
          </ol>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void onSave(acceptRedraft(letter))}>{t('letterAcceptDraft')}</button>
            <button type="button" onClick={() => void onSave(keepEdits(letter))}>{t('letterKeepMine')}</button>
          </div>
        </>
      )}
    </div>
  );
}
