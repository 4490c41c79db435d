// axe-core in an extension page. Its CSP forbids injected script tags, so the library is evaluated
// through the DevTools protocol (as Playwright's evaluate does), then run on the whole document.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and moderate findings, as "rule-id: target (impact)" lines; `within` limits it to one part (a selector). */
export async function axeFindings(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document | string, o: object) => Promise<AxeResults> } }).axe;
    type AxeResults = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const { violations } = await axe.run(within ?? document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'moderate' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.impact})`));
  }, within);
}
