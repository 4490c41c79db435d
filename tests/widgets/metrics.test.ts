// The zoo's scoring: order-preserving alignment on normalised text, so repeated texts count once each.
import { describe, expect, it } from 'vitest';
import { score } from './harness/metrics';

const m = (role: string, text: string, author = '') => ({ role, text, author });

describe('zoo scores', () => {
  it('counts a repeated text once per occurrence and a missing one as a silent loss unless flagged', () => {
    const expected = [m('agent', '好的', 'Lina'), m('customer', 'hi'), m('agent', '好的', 'Lina')];
    const captured = [m('agent', '好的', 'Lina'), m('unknown', 'hi\n')];
    expect(score(expected, captured, false)).toMatchObject({
      matched: 2,
      recall: 2 / 3,
      precision: 1,
      roles: 0.5,
      authors: 1,
      exactText: 1 / 3,
      silentLoss: true,
    });
    expect(score(expected, captured, true).silentLoss).toBe(false);
  });

  it('credits nothing for an empty capture (no vacuous precision, roles or authors)', () => {
    expect(score([m('agent', 'hi')], [], true)).toMatchObject({ recall: 0, precision: 0, roles: 0, authors: 0 });
  });
});
