// A section of the facts form that folds: its title says how many of its fields need a look, so a
// user can work one section at a time (and a full form is not one long column).
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { MessageKey } from '../shared/i18n';
import { FactsContext } from './FactField';

interface Props {
  legend: MessageKey;
  /** Fact paths (or path prefixes ending in '.') that belong to this section. */
  fields: string[];
  children: ComponentChildren;
}

export function FactsFold({ legend, fields, children }: Props) {
  const { issues } = useContext(FactsContext);
  const mine = issues.filter((i) => fields.some((f) => (f.endsWith('.') ? i.field.startsWith(f) : i.field === f)));
  return (
    <details class="fact-section" open>
      <summary>
        <span class="fold-title">{t(legend)}</span>
        {mine.length > 0 && <span class="muted fold-count">{t('factsToCheck', mine.length)}</span>}
      </summary>
      <fieldset>
        <legend class="visually-hidden">{t(legend)}</legend>
        {children}
      </fieldset>
    </details>
  );
}
