// The user's edits to portal copy blocks: kept per case and field, dropped when they go back to the draft.
import { describe, expect, it } from 'vitest';
import { checkedEdit } from '../../../src/domain/filings/portalEdit';
import { listPortalEdits, savePortalEdit } from '../../../src/storage/portalEdits';
import { freshDb } from './fixtures';

describe('portal edits', () => {
  it('keeps one edit per case, portal and field; forgets it when text and limit follow the draft', async () => {
    const db = freshDb();
    await db.open();
    await savePortalEdit(db, 'a', { portal: 'cn-12315', field: 'story', text: 'first' });
    await savePortalEdit(db, 'a', { portal: 'cn-12315', field: 'story', text: 'second', limit: 300 });
    await savePortalEdit(db, 'a', { portal: 'cn-12300', field: 'story', limit: 80 });
    await savePortalEdit(db, 'b', { portal: 'cn-12315', field: 'story', text: 'other case' });
    expect(await listPortalEdits(db, 'a')).toEqual(
      expect.arrayContaining([
        { portal: 'cn-12315', field: 'story', text: 'second', limit: 300 },
        { portal: 'cn-12300', field: 'story', limit: 80 },
      ]),
    );
    expect(await listPortalEdits(db, 'a')).toHaveLength(2);
    await savePortalEdit(db, 'a', { portal: 'cn-12315', field: 'story' });
    expect(await listPortalEdits(db, 'a')).toEqual([{ portal: 'cn-12300', field: 'story', limit: 80 }]);
    expect(await listPortalEdits(db, 'b')).toEqual([{ portal: 'cn-12315', field: 'story', text: 'other case' }]);
    db.close();
  });

  it('refuses malformed edits with a clear null, keeping only known fields', () => {
    expect(checkedEdit({ portal: 'cn-12315', field: 'story', text: 'x' }, 10)).toEqual({
      portal: 'cn-12315',
      field: 'story',
      text: 'x',
    });
    expect(checkedEdit({ portal: '', field: 'story' }, 10)).toBeNull();
    expect(checkedEdit({ portal: 'p', field: 'f', text: 'x'.repeat(11) }, 10)).toBeNull();
    expect(checkedEdit({ portal: 'p', field: 'f', limit: -1 }, 10)).toBeNull();
    expect(checkedEdit({ portal: 'p', field: 'f', limit: 1.5 }, 10)).toBeNull();
    const extra = { portal: 'p', field: 'f', limit: 5, caseId: 'other' } as never;
    expect(checkedEdit(extra, 10)).toEqual({ portal: 'p', field: 'f', limit: 5 });
    // The draft an edit was made from is kept with the text only.
    expect(checkedEdit({ portal: 'p', field: 'f', text: 'mine', baseText: 'draft' }, 10)).toEqual({
      portal: 'p',
      field: 'f',
      text: 'mine',
      baseText: 'draft',
    });
    expect(checkedEdit({ portal: 'p', field: 'f', limit: 5, baseText: 'draft' }, 10)).toEqual({
      portal: 'p',
      field: 'f',
      limit: 5,
    });
    expect(checkedEdit({ portal: 'p', field: 'f', text: 'x', baseText: 'y'.repeat(11) }, 10)).toBeNull();
  });
});
