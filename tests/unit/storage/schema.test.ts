// Every schema version must open data written by every earlier one. Seeds are per version:
// when a version is added, add its seed and what the upgrade must have made of older data.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CASE_ID } from '../../../src/domain/case';
import { LATEST_SCHEMA_VERSION, openDatabase, type ProofpackDb, SCHEMA_VERSIONS } from '../../../src/storage/db';
import { listEvidence } from '../../../src/storage/evidence';
import { freshDb, png, screenshot } from './fixtures';

const opened: ProofpackDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** Writes what a user of `version` would have had on disk. */
async function seed(db: ProofpackDb, version: number): Promise<void> {
  if (version >= 1) {
    await db.cases.add({
      id: DEFAULT_CASE_ID,
      title: 'My complaint',
      provider: '',
      providerSite: '',
      language: 'en-GB',
      createdAt: '2026-01-01T00:00:00.000+00:00',
      updatedAt: '2026-01-01T00:00:00.000+00:00',
    });
    const ev = screenshot({ id: `seed-v${version}` });
    await db.evidence.add(ev);
    await db.originals.add({ evidenceId: ev.id, data: png('seed') });
    await db.thumbnails.add({ evidenceId: ev.id, data: new Blob(['t']), width: 1, height: 1 });
    await db.settings.put({ key: 'currentCaseId', value: DEFAULT_CASE_ID });
  }
  if (version >= 2) {
    await db.workspaces.put({
      caseId: DEFAULT_CASE_ID,
      facts: { provider: { name: 'CloudDesk' } },
      exhibits: {},
      updatedAt: 1,
    });
    await db.contacts.put({ id: 'c1', caseId: DEFAULT_CASE_ID, at: '2026-01-02T09:00:00+00:00', channel: 'phone' });
    await db.letters.put({ caseId: DEFAULT_CASE_ID, template: 'first-complaint', updatedAt: 1 });
    await db.recordings.put({
      evidenceId: `seed-v${version}`,
      caseId: DEFAULT_CASE_ID,
      tabId: 3,
      startedAt: '2026-01-02T09:00:00.000+00:00',
    });
    await db.recordedMessages.put({
      evidenceId: `seed-v${version}`,
      id: '0/s:1',
      order: 0,
      role: 'agent',
      author: '',
      text: 'hi',
      observedAt: '2026-01-02T09:00:00.000+00:00',
    });
  }
  if (version >= 5) {
    await db.portalEdits.put({
      caseId: DEFAULT_CASE_ID,
      portal: 'cn-12315',
      field: 'story',
      text: 'mine',
      updatedAt: 1,
    });
  }
}

describe('schema', () => {
  it('declares versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions[0]).toBe(1);
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    'upgrades a database written at version %i to the latest without losing evidence',
    async (version) => {
      const old = freshDb(version);
      opened.push(old);
      await old.open();
      await seed(old, version);
      const name = old.name;
      old.close();

      const latest = openDatabase(name);
      opened.push(latest);
      await latest.open();
      expect(latest.verno).toBe(LATEST_SCHEMA_VERSION);
      const items = await listEvidence(latest, DEFAULT_CASE_ID);
      expect(items.map((e) => e.id)).toEqual([`seed-v${version}`]);
      expect(await (await latest.originals.get(`seed-v${version}`))?.data.text()).toBe('seed');
      if (version >= 2) {
        expect((await latest.workspaces.get(DEFAULT_CASE_ID))?.facts.provider?.name).toBe('CloudDesk');
        expect(await latest.contacts.where('caseId').equals(DEFAULT_CASE_ID).count()).toBe(1);
        expect(await latest.recordings.where('tabId').equals(3).count()).toBe(1);
        expect(await latest.recordedMessages.where('evidenceId').equals(`seed-v${version}`).count()).toBe(1);
      } else {
        // Workspace tables start empty for cases made before they existed; the panel fills defaults.
        expect(await latest.workspaces.count()).toBe(0);
      }
      // Portal edits (version 5) start empty for older databases: every block shows its draft.
      expect(await latest.portalEdits.where('caseId').equals(DEFAULT_CASE_ID).count()).toBe(version >= 5 ? 1 : 0);
    },
  );
});
