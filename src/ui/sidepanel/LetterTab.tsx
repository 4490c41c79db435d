// The letter: template, the live draft (or the user's edits, kept), re-drafting shown as a diff
// the user decides on, the legal basis, copy and print. The text is exactly loadCaseLetter's.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import {
  type CaseLetter,
  LETTER_TEMPLATES,
  type LetterTemplate,
  type SavedLetter,
  withTemplate,
} from '../../domain/letter';
import { systemTimeZone } from '../../domain/time';
import { onEvent, request } from '../../messaging/client';
import { type MessageKey, t } from '../shared/i18n';
import { LETTER_LANGUAGES } from '../shared/CaseFrameFields';
import { ExhibitPurposes } from './ExhibitPurposes';
import { FilingsSection } from './FilingsSection';
import { LegalBasisEditor } from './LegalBasisEditor';
import { LetterChecks } from './LetterChecks';
import { QuotationList } from './QuotationList';
import { RedraftPanel } from './RedraftPanel';
import type { Workspace } from './useWorkspace';
import { editedLetter } from './workspaceModel';

const SAVE_DELAY_MS = 500;
const TEMPLATE_KEY: Record<LetterTemplate, MessageKey> = {
  'first-complaint': 'letterTemplateFirst',
  'follow-up': 'letterTemplateFollowUp',
  'manager-escalation': 'letterTemplateManager',
  regulator: 'letterTemplateRegulator',
  'letter-before-action': 'letterTemplateLegal',
};

export function LetterTab({ current, workspace }: { current: CaseWithCount; workspace: Workspace }) {
  const [letter, setLetter] = useState<CaseLetter | null>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const pending = useRef<SavedLetter | null>(null);
  // Bumped on every keystroke: a letter fetched before the last edit must not replace the textarea.
  const edits = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = (saved: SavedLetter) => request('letter/save', { caseId: current.id, letter: saved });
  const flush = () => {
    clearTimeout(timer.current);
    const p = pending.current;
    pending.current = null;
    if (p) void save(p);
  };
  useEffect(() => {
    let live = true;
    const load = async () => {
      const seen = edits.current;
      const next = await request('letter/current', { caseId: current.id, timeZone: systemTimeZone() });
      if (!live || !next) return;
      setLetter(next);
      if (!pending.current && seen === edits.current) setText(next.text);
    };
    void load();
    const offs = [
      onEvent('workspace/changed', (p) => p.caseId === current.id && void load()),
      onEvent('evidence/changed', () => void load()),
    ];
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      flush();
      window.removeEventListener('pagehide', flush);
      for (const off of offs) off();
    };
  }, [current.id]);

  if (!letter) return <p class="muted">{t('loading')}</p>;
  const edit = (value: string) => {
    edits.current++;
    setText(value);
    pending.current = editedLetter(letter, workspace.letter, value);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };
  const chooseTemplate = (template: LetterTemplate) => {
    flush();
    void save(withTemplate(workspace.letter, template));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('letterCopied'));
    } catch {
      setStatus(t('letterCopyFailed'));
    }
  };

  return (
    <section aria-labelledby="letter-heading" class="letter">
      <h2 id="letter-heading">{t('letterHeading')}</h2>
      <div class="field">
        <label for="letter-template">{t('letterTemplate')}</label>
        <select
          id="letter-template"
          value={letter.template}
          onChange={(e) => chooseTemplate(e.currentTarget.value as LetterTemplate)}
        >
          {LETTER_TEMPLATES.map((tpl) => (
            <option key={tpl} value={tpl}>
              {t(TEMPLATE_KEY[tpl])}
            </option>
          ))}
        </select>
      </div>
      <p class="muted hint">
        {t('letterLanguageNote', LETTER_LANGUAGES.find(([code]) => code === letter.language)?.[1] ?? letter.language)}
      </p>
      {letter.redraftDiffers && !pending.current && <RedraftPanel letter={letter} onSave={save} />}
      <div class="field">
        <label for="letter-text">{letter.edited ? t('letterTextEdited') : t('letterTextDraft')}</label>
        <textarea
          id="letter-text"
          class="letter-text"
          rows={24}
          value={text}
          lang={letter.language}
          onInput={(e) => edit(e.currentTarget.value)}
          onBlur={flush}
        />
      </div>
      <LetterChecks draft={letter.draft} text={text} />
      <div class="actions">
        <button type="button" onClick={() => void copy()}>
          {t('letterCopy')}
        </button>
        <button
          type="button"
          onClick={() => {
            flush();
            window.print();
          }}
        >
          {t('letterPrint')}
        </button>
        <span role="status" class="muted">
          {status}
        </span>
      </div>
      <QuotationList exhibits={letter.exhibits} workspace={workspace} />
      <ExhibitPurposes exhibits={letter.exhibits} workspace={workspace} />
      <LegalBasisEditor current={current} workspace={workspace} />
      <FilingsSection current={current} workspace={workspace} />
      <div class="print-letter" lang={letter.language} aria-hidden="true">
        {text}
      </div>
    </section>
  );
}
