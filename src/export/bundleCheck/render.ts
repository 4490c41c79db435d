// The self-check's verdict and file list, built with textContent only: paths come from the checked
// zip or folder, which the page must treat as untrusted text. The verdict line is one live region
// that stays in the page (a screen reader announces the verdict, not every file of the list).
import type { BundleCheck } from './checkBundle';

export type CheckWords = Record<string, string | undefined>;

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function fileRow(status: 'intact' | 'altered', word: string, path: string): HTMLElement {
  const row = el('li', status);
  row.dataset.path = path;
  row.append(el('span', 'check-status', word), ` ${path}`);
  return row;
}

/** Where results go: the permanent verdict line (role=status) and the details below it. */
export interface CheckOutput {
  verdict: HTMLElement;
  details: HTMLElement;
}

function setVerdict(verdict: HTMLElement, state: 'intact' | 'altered' | 'error' | 'working', text: string): void {
  verdict.className = `check-verdict ${state === 'working' ? 'working' : state === 'intact' ? 'intact' : 'altered'}`;
  verdict.dataset.state = state;
  verdict.textContent = text;
}

export function renderCheck(out: CheckOutput, check: BundleCheck, source: string, words: CheckWords): void {
  const target = out.details;
  const { result } = check;
  const verdict = check.intact
    ? (words.intact ?? '').replace('{n}', String(check.listed.length - result.missing.length))
    : result.readable
      ? words.altered
      : words.notBundle;
  setVerdict(out.verdict, check.intact ? 'intact' : 'altered', `${check.intact ? '✓' : '✗'} ${verdict}`);
  const list = el('ul', 'check-files');
  const bad = new Set([...result.changed, ...result.missing]);
  for (const path of result.changed) list.append(fileRow('altered', words.fileChanged ?? '', path));
  for (const path of result.missing) list.append(fileRow('altered', words.fileMissing ?? '', path));
  for (const path of result.extra) list.append(fileRow('altered', words.fileExtra ?? '', path));
  if (result.readable && !bad.has('manifest.json') && result.manifestIntact)
    list.append(fileRow('intact', words.fileIntact ?? '', 'manifest.json'));
  for (const path of check.listed) if (!bad.has(path)) list.append(fileRow('intact', words.fileIntact ?? '', path));
  target.replaceChildren(el('p', 'check-source', source));
  if (check.stampsUnchecked) target.append(el('p', 'check-note', words.stampsUnchecked));
  if (result.problems.length) {
    const problems = el('ul', 'check-problems');
    for (const p of result.problems) problems.append(el('li', '', p));
    target.append(el('h3', '', words.problems), problems);
  }
  target.append(list);
  if (check.ignored.length) {
    const ignored = el('ul', 'check-ignored');
    for (const path of check.ignored) ignored.append(el('li', '', path));
    target.append(el('h3', '', words.fileIgnored), ignored);
  }
}

export function renderMessage(out: CheckOutput, text: string, isError: boolean): void {
  setVerdict(out.verdict, isError ? 'error' : 'working', text);
  out.details.replaceChildren();
}
