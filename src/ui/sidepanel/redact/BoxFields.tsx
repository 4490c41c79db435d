// The keyboard way to add a redaction box (left, top, width, height in image pixels) and the list
// of boxes with a Remove button each.
import { useState } from 'preact/hooks';
import type { RedactionBox } from '../../../domain/redaction/derive';
import { type MessageKey, t } from '../../shared/i18n';

const FIELDS: [keyof Omit<RedactionBox, 'reason'>, MessageKey][] = [
  ['x', 'redactLeft'],
  ['y', 'redactTop'],
  ['width', 'redactWidth'],
  ['height', 'redactHeight'],
];

export function BoxFields({ boxes, onBoxes }: { boxes: RedactionBox[]; onBoxes: (b: RedactionBox[]) => void }) {
  const [draft, setDraft] = useState({ x: 0, y: 0, width: 0, height: 0 });
  return (
    <>
      <div class="box-fields">
        {FIELDS.map(([key, label]) => (
          <label key={key}>
            {t(label)}
            <input
              type="number"
              min={0}
              value={draft[key]}
              onInput={(e) => setDraft({ ...draft, [key]: Number(e.currentTarget.value) || 0 })}
            />
          </label>
        ))}
        <button
          type="button"
          disabled={draft.width <= 0 || draft.height <= 0}
          onClick={() => onBoxes([...boxes, { ...draft, reason: 'manual' }])}
        >
          {t('redactAddBox')}
        </button>
      </div>
      {boxes.length > 0 && (
        <ol class="box-list" aria-label={t('redactBoxes')}>
          {boxes.map((b, i) => (
            <li key={`${i}-${b.x}-${b.y}`}>
              {b.x}, {b.y}, {b.width} × {b.height}{' '}
              <button type="button" onClick={() => onBoxes(boxes.filter((_, j) => j !== i))}>
                {t('redactRemoveBox', i + 1)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
