// Renaming and deleting a case from the workspace header.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_ID } from '../../../src/domain/case';
import { deleteCase, renameCase } from '../../../src/storage/cases';
import { readSetting, writeSetting } from '../../../src/storage/settings';
import { savePortalEdit } from '../../../src/storage/portalEdits';
import { putContact, saveFacts, saveLetter } from '../../../src/storage/workspace';
import { freshDb, screenshot } from './fixtures';

const NOW = '2026-11-23T12:00:00.000+00:00';

async function twoCases() {
  const db = freshDb();
  await db.open();
  for (const id of [DEFAULT_CASE_ID, 'c2']) {
    await db.cases.add({
      id,
      title: `Case ${id}`,
      provider: 'CloudDesk',
      providerSite: '',
      language: 'en-GB',
      createdAt: NOW,
      updatedAt: NOW,
    });
    const ev = screenshot({ caseId: id, id: `ev-${id}` });
    await db.evidence.add(ev);
    await db.originals.add({ evidenceId: ev.id, data: new Blob(['png']) });
    await db.thumbnails.add({ evidenceId: ev.id, data: new Blob(['t']), width: 1, height: 1 });
    await saveFacts(db, id, { accountNumber: id });
    await putContact(db, id, { id: `contact-${id}`, at: '2026-11-20T10:00', channel: 'phone' });
    await saveLetter(db, id, { template: 'follow-up', editedText: 'x', baseText: 'y' });
    await savePortalEdit(db, id, { portal: 'cn-12315', field: 'story', text: `edited ${id}` });
  }
  return db;
}

describe('cases', () => {
  it('renames a case, keeping the old title when the new one is blank', async () => {
    const db = await twoCases();
    expect(await renameCase(db, 'c2', { title: '  New title ', provider: 'Other' }, NOW)).toMatchObject({
      title: 'New title',
      provider: 'Other',
    });
    expect((await renameCase(db, 'c2', { title: ' ', provider: '' }, NOW)).title).toBe('New title');
    await expect(renameCase(db, 'nope', { title: 'x', provider: '' }, NOW)).rejects.toThrow();
  });

  it('deletes a case with everything in it, leaves other cases alone, sends captures to the default case', async () => {
    const db = await twoCases();
    await writeSetting(db, 'currentCaseId', 'c2');
    await deleteCase(db, 'c2');
    expect(await db.cases.get('c2')).toBeUndefined();
    for (const table of [db.evidence, db.originals, db.thumbnails, db.contacts, db.portalEdits])
      expect(await table.count()).toBe(1);
    expect(await db.workspaces.get('c2')).toBeUndefined();
    expect(await db.letters.get('c2')).toBeUndefined();
    expect(await db.workspaces.get(DEFAULT_CASE_ID)).toBeDefined();
    expect(await readSetting(db, 'currentCaseId')).toBe(DEFAULT_CASE_ID);
  });
});
