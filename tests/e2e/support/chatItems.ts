// Chat items in e2e tests: each test starts with an empty case (what the previous one stored is
// deleted through the UI's own request), and a stored transcript is opened as the user opens it.
import type { Page } from 'playwright-core';
import type { ProviderSession } from './providerSession';
import { readStore } from './store';

export async function deleteEveryItem(inspector: Page): Promise<void> {
  const { items } = await readStore(inspector);
  for (const { record } of items)
    await inspector.evaluate(
      (evidenceId) =>
        chrome.runtime.sendMessage({ channel: 'proofpack', type: 'evidence/delete', payload: { evidenceId } }),
      record.id,
    );
}

/** Opens the side panel in a new tab and the newest item's transcript viewer; returns the panel page. */
export async function openNewestTranscript(ps: ProviderSession): Promise<Page> {
  const panel = await ps.session.context.newPage();
  await panel.goto(ps.session.extensionUrl('src/ui/sidepanel/index.html'));
  await panel
    .getByTestId('evidence-item')
    .getByRole('button', { name: /^Open chat transcript/ })
    .first()
    .click();
  return panel;
}
