// The compact case switcher: a select of the cases (with a search box once there are many).
import { useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { t } from '../shared/i18n';

/** Below this many cases the list fits in the select and a search box is only noise. */
const SEARCH_FROM = 5;

interface Props {
  cases: CaseWithCount[];
  current: CaseWithCount | null;
  onSwitch: (caseId: string) => void;
}

export function CaseSwitcher({ cases, current, onSwitch }: Props) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const shown = cases.filter((c) => c.id === current?.id || !q || `${c.title} ${c.provider}`.toLowerCase().includes(q));
  return (
    <div class="case-tools">
      {cases.length > SEARCH_FROM && (
        <input
          id="ws-case-search"
          class="grow"
          type="search"
          aria-label={t('caseListSearch')}
          value={query}
          placeholder={t('caseListSearchPlaceholder')}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      )}
      <select
        id="ws-case-select"
        class="grow"
        aria-label={t('caseListSelect')}
        value={current?.id}
        onChange={(e) => onSwitch(e.currentTarget.value)}
      >
        {shown.map((c) => (
          <option key={c.id} value={c.id}>
            {c.provider ? `${c.title} · ${c.provider}` : c.title} ({c.itemCount})
          </option>
        ))}
      </select>
    </div>
  );
}
