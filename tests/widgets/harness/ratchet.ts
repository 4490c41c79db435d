// ratchet.json: the targets and, per page and mode, the floor measured on this branch. A page
// may not fall below its floor; raising a floor is a deliberate re-measurement (ZOO_UPDATE_RATCHET).
import type { Scores } from './metrics';

export const METRICS = ['recall', 'precision', 'roles', 'authors', 'exactText'] as const;
type Metric = (typeof METRICS)[number];
export type Floor = Record<Metric, number> & { noSilentLoss: boolean };

export interface Ratchet {
  target: Record<Exclude<Metric, 'exactText'>, number> & { noSilentLoss: boolean };
  measuredOn: string;
  pages: Record<string, Record<string, Floor>>;
}

interface Result {
  page: string;
  mode: string;
  scores: Scores;
  widget: string;
}

const floorOf = (n: number) => Math.floor(n * 1000) / 1000;
const fmt = (n: number) => n.toFixed(3);

/** One line per page and mode: measured (floor) for each metric, and whether it meets the target. */
export function report(ratchet: Ratchet, results: readonly Result[]): string {
  const t = ratchet.target;
  const lines = [
    `Widget zoo — targets: recall ≥ ${t.recall}, precision ≥ ${t.precision}, roles ≥ ${t.roles}, ` +
      `authors ≥ ${t.authors}, no silent loss`,
    'page                  mode      widget     recall  precis  roles   authors exact   silent-loss  target',
  ];
  for (const r of results) {
    const s = r.scores;
    const meets =
      s.recall >= t.recall &&
      s.precision >= t.precision &&
      s.roles >= t.roles &&
      s.authors >= t.authors &&
      !s.silentLoss;
    lines.push(
      [
        r.page.padEnd(21),
        r.mode.padEnd(9),
        (r.widget || '-').padEnd(10),
        ...METRICS.map((m) => fmt(s[m]).padEnd(7)),
        (s.silentLoss ? 'YES' : 'no').padEnd(12),
        meets ? 'met' : 'MISSED',
      ].join(' '),
    );
  }
  return lines.join('\n');
}

export function updatedRatchet(ratchet: Ratchet, results: readonly Result[], measuredOn: string): Ratchet {
  const pages = structuredClone(ratchet.pages);
  for (const r of results) {
    const floor = Object.fromEntries(METRICS.map((m) => [m, floorOf(r.scores[m])])) as Record<Metric, number>;
    pages[r.page] = { ...pages[r.page], [r.mode]: { ...floor, noSilentLoss: !r.scores.silentLoss } };
  }
  return { ...ratchet, measuredOn, pages };
}
