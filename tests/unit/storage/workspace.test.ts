import { describe, expect, it } from 'vitest';
import { DEFAULT_CASE_ID } from '../../../src/domain/case';
import {
  getWorkspace,
  listContacts,
  loadCaseLetter,
  putContact,
  saveExhibitSettings,
  saveFacts,
  saveLetter,
} from '../../../src/storage/workspace';
import { freshDb, screenshot } from './fixtures';

async function seededDb() {
  const db = freshDb();
  await db.open();
  await db.cases.add({
    id: DEFAULT_CASE_ID,
    title: 'Outage',
    provider: 'CloudDesk',
    providerSite: 'desk.example.com',
    language: 'en-GB',
    createdAt: '2026-11-01T00:00:00.000+00:00',
    updatedAt: '2026-11-01T00:00:00.000+00:00',
  });
  return db;
}

describe('workspace repository', () => {
  it('saves facts and exhibit choices independently', async () => {
    const db = await seededDb();
    await saveFacts(db, DEFAULT_CASE_ID, { accountNumber: 'A-1' });
    await saveExhibitSettings(db, DEFAULT_CASE_ID, { excluded: ['x'] });
    const ws = await getWorkspace(db, DEFAULT_CASE_ID);
    expect(ws.facts).toEqual({ accountNumber: 'A-1' });
    expect(ws.exhibits).toEqual({ excluded: ['x'] });
  });

  it('lists contacts of one case in time order', async () => {
    const db = await seededDb();
    await putContact(db, DEFAULT_CASE_ID, { id: 'b', at: '2026-11-03T10:00', channel: 'chat' });
    await putContact(db, DEFAULT_CASE_ID, { id: 'a', at: '2026-11-02T10:00', channel: 'phone' });
    await putContact(db, 'other', { id: 'c', at: '2026-11-01T10:00', channel: 'email' });
    expect((await listContacts(db, DEFAULT_CASE_ID)).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('drafts from the case (provider filled in), keeps the user’s edits, notes when a re-draft differs', async () => {
    const db = await seededDb();
    await db.evidence.add(screenshot({ id: 'e1', caseId: DEFAULT_CASE_ID }));
    const now = Date.parse('2026-11-23T10:00:00Z');
    const live = await loadCaseLetter(db, DEFAULT_CASE_ID, now, 'Europe/London');
    expect(live?.edited).toBe(false);
    expect(live?.text).toContain('CloudDesk');
    expect(live?.exhibits.map((x) => x.number)).toEqual(['E01']);

    await saveLetter(db, DEFAULT_CASE_ID, {
      template: 'first-complaint',
      editedText: 'My own words',
      baseText: live?.draft.text ?? '',
    });
    const kept = await loadCaseLetter(db, DEFAULT_CASE_ID, now, 'Europe/London');
    expect(kept?.text).toBe('My own words');
    expect(kept?.redraftDiffers).toBe(false);

    await saveFacts(db, DEFAULT_CASE_ID, { accountNumber: 'ACC-99' });
    const changed = await loadCaseLetter(db, DEFAULT_CASE_ID, now, 'Europe/London');
    expect(changed?.text).toBe('My own words');
    expect(changed?.redraftDiffers).toBe(true);
    expect(changed?.draft.text).toContain('ACC-99');
  });
});
