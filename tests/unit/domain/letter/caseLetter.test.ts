import { describe, expect, it } from 'vitest';
import { withTemplate } from '../../../../src/domain/letter';

describe('withTemplate', () => {
  it('switches the template of a letter the user never edited', () => {
    expect(withTemplate(null, 'follow-up')).toEqual({ template: 'follow-up' });
    expect(withTemplate({ template: 'first-complaint' }, 'regulator')).toEqual({ template: 'regulator' });
  });

  it('keeps the user’s edits and the draft they edited, so the panel offers a re-draft', () => {
    const saved = { template: 'first-complaint' as const, editedText: 'Mine', baseText: 'Draft' };
    expect(withTemplate(saved, 'follow-up')).toEqual({ template: 'follow-up', editedText: 'Mine', baseText: 'Draft' });
    expect(withTemplate({ template: 'first-complaint', editedText: '' }, 'follow-up')).toEqual({
      template: 'follow-up',
      editedText: '',
      baseText: '',
    });
  });
});
