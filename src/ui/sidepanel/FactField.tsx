// Labelled fact fields bound to a dotted path of CaseFacts, each with the hints validateCase
// gives for that path (missing / wrong), linked with aria-describedby.
import { createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { type CaseFacts, type CaseFrame, caseFrame, type FactIssue } from '../../domain/complaint';
import { type MessageKey, t } from '../shared/i18n';
import { getFact, issueMessageKey, issuesFor, linesToList } from './workspaceModel';

export interface FactsBinding {
  facts: CaseFacts;
  /** The case's one answer for country, currency and letter language (the defaults the fields show). */
  frame: CaseFrame;
  issues: FactIssue[];
  set: (path: string, value: unknown) => void;
  flush: () => void;
}

export const FactsContext = createContext<FactsBinding>({
  facts: {},
  frame: caseFrame({}, 'en-GB'),
  issues: [],
  set: () => undefined,
  flush: () => undefined,
});

const idOf = (path: string) => `fact-${path.replace(/\./g, '-')}`;

export function Hints({ field, id }: { field: string; id?: string }) {
  const { issues } = useContext(FactsContext);
  const mine = issuesFor(issues, field);
  if (mine.length === 0) return null;
  return (
    <ul class="hints" id={id ?? `${idOf(field)}-hint`} data-testid="fact-hint">
      {mine.map((i) => (
        <li key={i.code} class={i.severity}>
          {t(issueMessageKey(i.code))}
        </li>
      ))}
    </ul>
  );
}

interface FieldProps {
  path: string;
  label: MessageKey;
  type?: 'text' | 'url' | 'tel' | 'email' | 'date' | 'datetime-local';
  placeholder?: string;
  list?: string;
  inputMode?: 'decimal' | 'numeric' | 'tel' | 'email' | 'url';
}

export function TextField({ path, label, type = 'text', placeholder, list, inputMode }: FieldProps) {
  const { facts, issues, set, flush } = useContext(FactsContext);
  const id = idOf(path);
  const bad = issuesFor(issues, path).length > 0;
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <input
        id={id}
        type={type}
        list={list}
        inputMode={inputMode}
        placeholder={placeholder}
        value={String(getFact(facts, path) ?? '')}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-hint` : undefined}
        onInput={(e) => set(path, e.currentTarget.value)}
        onBlur={flush}
      />
      <Hints field={path} />
    </div>
  );
}

/** A list edited one entry per line; the text is kept as typed so Enter starts a new line. */
export function LinesField({ path, label, hint }: { path: string; label: MessageKey; hint?: MessageKey }) {
  const { facts, set, flush } = useContext(FactsContext);
  const stored = (getFact(facts, path) as string[] | undefined) ?? [];
  const [text, setText] = useState(stored.join('\n'));
  const id = idOf(path);
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      {hint && (
        <p class="muted hint" id={`${id}-help`}>
          {t(hint)}
        </p>
      )}
      <textarea
        id={id}
        rows={3}
        value={text}
        aria-describedby={hint ? `${id}-help` : undefined}
        onInput={(e) => {
          setText(e.currentTarget.value);
          set(path, linesToList(e.currentTarget.value));
        }}
        onBlur={flush}
      />
    </div>
  );
}

export function CheckField({ path, label }: { path: string; label: MessageKey }) {
  const { facts, set, flush } = useContext(FactsContext);
  const id = idOf(path);
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={getFact(facts, path) === true}
        onChange={(e) => {
          set(path, e.currentTarget.checked);
          flush();
        }}
      />
      <label for={id} class="inline">
        {t(label)}
      </label>
    </div>
  );
}

export function SelectField({
  path,
  label,
  options,
}: {
  path: string;
  label: MessageKey;
  options: [string, string][];
}) {
  const { facts, issues, set, flush } = useContext(FactsContext);
  const id = idOf(path);
  return (
    <div class="field">
      <label for={id}>{t(label)}</label>
      <select
        id={id}
        value={String(getFact(facts, path) ?? '')}
        aria-invalid={issuesFor(issues, path).length > 0 || undefined}
        onChange={(e) => {
          set(path, e.currentTarget.value);
          flush();
        }}
      >
        <option value="">{t('factsNotSet')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Hints field={path} />
    </div>
  );
}
