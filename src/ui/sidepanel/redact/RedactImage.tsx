// Redacting a screenshot: drag over the image to add a solid box (or type one in image pixels, for
// the keyboard), see the boxes drawn, remove any, and Save a copy. Boxes are kept in image pixels.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScreenshotEvidence } from '../../../domain/evidence';
import type { RedactionBox } from '../../../domain/redaction/derive';
import { request } from '../../../messaging/client';
import { describeError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { BoxFields } from './BoxFields';
import { RedactStatus, useRedactSave } from './RedactButton';

export function RedactImage({ item }: { item: ScreenshotEvidence }) {
  const [image, setImage] = useState<string | null>(null);
  const [boxes, setBoxes] = useState<RedactionBox[]>([]);
  const [drag, setDrag] = useState<{ x: number; y: number; box: RedactionBox } | null>(null);
  const { state, setState, save } = useRedactSave(item.id);
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    void request('evidence/original', { evidenceId: item.id }).then(setImage, (e) =>
      setState({ error: describeError(e) }),
    );
  }, [item.id]);
  const scale = () => item.image.width / (img.current?.clientWidth || item.image.width);
  const at = (e: PointerEvent) => {
    const r = img.current?.getBoundingClientRect();
    return { x: (e.clientX - (r?.left ?? 0)) * scale(), y: (e.clientY - (r?.top ?? 0)) * scale() };
  };
  const boxFrom = (a: { x: number; y: number }, b: { x: number; y: number }): RedactionBox => ({
    x: Math.round(Math.min(a.x, b.x)),
    y: Math.round(Math.min(a.y, b.y)),
    width: Math.round(Math.abs(b.x - a.x)),
    height: Math.round(Math.abs(b.y - a.y)),
    reason: 'manual',
  });
  const shown = drag ? [...boxes, drag.box] : boxes;
  const pct = (v: number, of: number) => `${(v / of) * 100}%`;
  return (
    <div class="redact-image">
      <p class="muted">{t('redactBoxesHint')}</p>
      <div
        class="redact-canvas"
        onPointerDown={(e) => {
          const p = at(e);
          setDrag({ ...p, box: boxFrom(p, p) });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, box: boxFrom(drag, at(e)) })}
        onPointerUp={() => {
          if (drag && drag.box.width > 0 && drag.box.height > 0) setBoxes([...boxes, drag.box]);
          setDrag(null);
        }}
      >
        {image && <img ref={img} src={image} alt={t('screenshotOf', item.title)} draggable={false} />}
        {shown.map((b, i) => (
          <div
            key={`${i}-${b.x}-${b.y}`}
            class="redact-box"
            style={{
              left: pct(b.x, item.image.width),
              top: pct(b.y, item.image.height),
              width: pct(b.width, item.image.width),
              height: pct(b.height, item.image.height),
            }}
          />
        ))}
      </div>
      <BoxFields boxes={boxes} onBoxes={setBoxes} />
      <button
        type="button"
        class="primary"
        onClick={() => save({ boxes })}
        disabled={!boxes.length || state === 'saving' || state === 'saved'}
      >
        {t('redactSave')}
      </button>
      <RedactStatus state={state} />
    </div>
  );
}
