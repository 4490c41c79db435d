// The side panel at the widths people use (320, 360 and 600 px): nothing scrolls sideways, no
// control sits under another (each one is hit-tested at its centre), the tabs scroll with a cue,
// and the header's ⋯ menu works from the keyboard and gives the focus back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedScreenshots } from '../../scripts/lib/seedEvidence.mjs';
import { openProviderSession, type ProviderSession } from './support/providerSession';
import { openPanel } from './support/workspacePanel';

let ps: ProviderSession;
let panel: Page;

beforeAll(async () => {
  ps = await openProviderSession();
  panel = await openPanel(ps.session);
  const caseId = await panel.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ channel: 'proofpack', type: 'case/current', payload: {} });
    return reply.value.id as string;
  });
  await seedScreenshots(panel, { caseId, count: 4 });
  await panel.reload();
  await panel.locator('[data-testid=evidence-item]').first().waitFor();
});

afterAll(async () => {
  await ps?.close();
});

/** Every visible control that another element covers at its centre, described for the failure message. */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, a[href]')) {
      const box = el.getBoundingClientRect();
      // Not rendered: folded away in a closed <details>, hidden, or in a closed dialog.
      if (box.width === 0 || box.height === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(hit === el || el.contains(hit) || (el as HTMLInputElement).labels?.[0]?.contains(hit))) {
        covered.push(
          `${el.tagName} ${el.id || el.getAttribute('aria-label') || el.textContent?.trim()} ` +
            `under ${hit?.tagName}.${hit?.className}`,
        );
      }
    }
    return covered;
  });
}

describe.each([320, 360, 600])('The side panel at %i px', (width) => {
  it.each(['evidence', 'facts', 'contacts', 'timeline', 'letter'])(
    '%s: no sideways scroll, no covered control',
    async (tab) => {
      await panel.setViewportSize({ width, height: 700 });
      await panel.locator(`#tab-${tab}`).click();
      await panel.locator('[role=tabpanel] section').first().waitFor();
      const overflow = await panel.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(await coveredControls(panel)).toEqual([]);
      // The selected tab is in view; when the tabs do not fit they scroll instead of being cut off.
      const tabs = await panel.getByRole('tablist').evaluate((el) => ({
        fits: el.scrollWidth <= el.clientWidth,
        overflowX: getComputedStyle(el).overflowX,
      }));
      if (!tabs.fits) expect(tabs.overflowX).toBe('auto');
    },
  );
});

describe('The header', () => {
  it('is calm: Export is the only loud button once there is evidence, delete sits in the ⋯ menu', async () => {
    await panel.setViewportSize({ width: 360, height: 665 });
    const header = panel.locator('.panel-header');
    expect(await header.locator('button.primary').allInnerTexts()).toEqual(['Export bundle']);
    expect(await header.locator('button.danger').count()).toBe(0);
    const height = await header.evaluate((el) => el.getBoundingClientRect().height);
    console.log(`header height at 360 × 665: ${Math.round(height)} px (${Math.round((height / 665) * 100)}%)`);
    expect(height).toBeLessThan(665 * 0.25);
  });

  it('opens the ⋯ menu from the keyboard, closes it on Escape or Tab, and gives the focus back', async () => {
    const opener = panel.locator('.panel-header .menu-button');
    const focused = () => panel.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await opener.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(focused).toBe('New case');
    await panel.keyboard.press('End');
    expect(await focused()).toBe('Delete case');
    await panel.keyboard.press('ArrowDown');
    expect(await focused()).toBe('New case');
    await panel.keyboard.press('Escape');
    expect(await panel.getByRole('menu').count()).toBe(0);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);

    await panel.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('New case');
    await panel.keyboard.press('Tab');
    await expect.poll(() => panel.getByRole('menu').count()).toBe(0);

    await opener.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(focused).toBe('New case');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('Enter');
    await panel.getByTestId('prefs-dialog').waitFor();
    await panel.keyboard.press('Escape');
    await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
