// The country, currency and letter language of a case, asked once when it is created (popup and
// panel) and shown for confirmation: prefilled from the provider's site and the browser's language.
import { useRef, useState } from 'preact/hooks';
import {
  CURRENCIES,
  type CaseFrameChoice,
  DEFAULT_CURRENCY,
  type Jurisdiction,
  letterLanguageFor,
} from '../../domain/complaint';
import type { MessageKey } from './i18n';
import { t, uiLanguage } from './i18n';

export const LETTER_LANGUAGES: [string, string][] = [
  ['zh-CN', '中文（简体）'],
  ['en-GB', 'English (UK)'],
  ['en-US', 'English (US)'],
  ['en-EU', 'English (EU)'],
];
const JURISDICTIONS: Jurisdiction[] = ['CN', 'GB', 'US', 'EU'];

/** A new country brings its currency and letter language (the user can still change each). */
function changed(frame: CaseFrameChoice, key: keyof CaseFrameChoice, value: string): CaseFrameChoice {
  if (key !== 'jurisdiction') return { ...frame, [key]: value };
  const j = value as Jurisdiction;
  return { jurisdiction: j, currency: DEFAULT_CURRENCY[j], language: letterLanguageFor(j) };
}

interface Props {
  idPrefix: string;
  frame: CaseFrameChoice;
  onFrame: (frame: CaseFrameChoice) => void;
}

export function CaseFrameFields({ idPrefix, frame, onFrame }: Props) {
  const currencies = CURRENCIES.includes(frame.currency as never) ? CURRENCIES : [...CURRENCIES, frame.currency];
  const select = (key: keyof CaseFrameChoice, label: string, options: [string, string][]) => (
    <div class="field">
      <label for={`${idPrefix}-${key}`}>{label}</label>
      <select
        id={`${idPrefix}-${key}`}
        value={frame[key]}
        onChange={(e) => onFrame(changed(frame, key, e.currentTarget.value))}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset class="case-frame" aria-describedby={`${idPrefix}-frame-note`}>
      <legend>{t('caseFrameLegend')}</legend>
      <p id={`${idPrefix}-frame-note`} class="hint">
        {t('caseFrameNote')}
      </p>
      {select(
        'jurisdiction',
        t('factsJurisdiction'),
        JURISDICTIONS.map((j) => [j, t(`factsJurisdiction${j}` as MessageKey)]),
      )}
      {select(
        'currency',
        t('factsCurrency'),
        currencies.map((c) => [c, c]),
      )}
      {select('language', t('factsLanguage'), LETTER_LANGUAGES)}
    </fieldset>
  );
}

/** The user's language for the prefill: the interface's when they chose Chinese, else the browser's. */
export function prefillLanguage(): string {
  return uiLanguage() === 'zh_CN' ? 'zh-CN' : navigator.language;
}

/** The frame being confirmed; `prefill` replaces it until the user changes a value. */
export function useCaseFrameChoice(initial: CaseFrameChoice) {
  const [frame, setFrame] = useState(initial);
  // A ref, not state: a prefill that arrives late (from an effect's closure) must still see the choice.
  const touched = useRef(false);
  return {
    frame,
    onFrame: (next: CaseFrameChoice) => {
      touched.current = true;
      setFrame(next);
    },
    prefill: (next: CaseFrameChoice) => {
      if (!touched.current) setFrame(next);
    },
  };
}
