// Pure helpers behind the workspace tabs (no DOM, no messaging), unit-tested in Node.
import { isMessageKey, type MessageKey } from '../../domain/catalogue';
import type { CaseFacts, FactIssue, FactIssueCode } from '../../domain/complaint';
import type { CaseLetter, DiffLine, SavedLetter } from '../../domain/letter';

type Tree = { [key: string]: unknown };

/** A copy of `facts` with the dotted `path` set; empty strings, empty lists and `false` remove the key. */
export function setFact(facts: CaseFacts, path: string, value: unknown): CaseFacts {
  const keys = path.split('.');
  const root: Tree = { ...(facts as Tree) };
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
    const copy: Tree =
      typeof child === 'object' && child !== null && !Array.isArray(child) ? { ...(child as Tree) } : {};
    node[key] = copy;
    node = copy;
  }
  const last = keys.at(-1) ?? '';
  const empty = value === '' || value === undefined || value === false || (Array.isArray(value) && value.length === 0);
  if (empty) delete node[last];
  else node[last] = value;
  return root as CaseFacts;
}

/** The value at a dotted path, or undefined. */
export function getFact(facts: CaseFacts, path: string): unknown {
  let node: unknown = facts;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Tree)[key];
  }
  return node;
}

/** `end-before-start` → `factsIssueEndBeforeStart`, the locale key of its hint. */
export function issueMessageKey(code: FactIssueCode): MessageKey {
  const key = `factsIssue${code.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase())}`;
  if (!isMessageKey(key)) throw new Error(`No message for fact issue ${code}`); // a locale test lists every code
  return key;
}

export function issuesFor(issues: readonly FactIssue[], field: string): FactIssue[] {
  return issues.filter((i) => i.field === field);
}

/** One entry per line, blank lines dropped (error codes, steps tried, other demands). */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The rows of a fixed-height virtual list to render for the visible part of it. */
export function visibleRange(
  viewTop: number,
  viewHeight: number,
  rowHeight: number,
  count: number,
  overscan = 4,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, viewTop) / rowHeight);
  const last = Math.ceil((Math.max(0, viewTop) + viewHeight) / rowHeight);
  return { start: Math.max(0, Math.min(count, first - overscan)), end: Math.max(0, Math.min(count, last + overscan)) };
}

/** What to store when the user edits the letter: the edits, on the draft they first edited. */
export function editedLetter(letter: CaseLetter, saved: SavedLetter | null, text: string): SavedLetter {
  const base = saved?.editedText !== undefined ? (saved.baseText ?? '') : letter.draft.text;
  return { template: letter.template, editedText: text, baseText: base };
}

/** Accepting the new draft drops the user's edits (they asked for it, after seeing the diff). */
export function acceptRedraft(letter: Pick<CaseLetter, 'template'>): SavedLetter {
  return { template: letter.template };
}

/** Keeping their text: re-based on the current draft, so the case must change again to ask anew. */
export function keepEdits(letter: CaseLetter): SavedLetter {
  return { template: letter.template, editedText: letter.text, baseText: letter.draft.text };
}

export type DiffRow = DiffLine | { op: 'gap'; count: number };

/** The changed lines with `context` unchanged lines around each; longer unchanged runs become gaps. */
export function diffHunks(lines: readonly DiffLine[], context = 1): DiffRow[] {
  const near = lines.map((_, i) => lines.slice(Math.max(0, i - context), i + context + 1).some((l) => l.op !== 'same'));
  const rows: DiffRow[] = [];
  lines.forEach((line, i) => {
    if (near[i]) rows.push(line);
    else {
      const last = rows.at(-1);
      if (last?.op === 'gap') last.count++;
      else rows.push({ op: 'gap', count: 1 });
    }
  });
  return rows;
}
