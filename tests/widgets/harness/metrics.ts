// Scores a captured transcript against a page's hand-written expected one. Messages are aligned in
// order by a longest common subsequence on normalised text, so a text repeated ("好的", "好的") is
// matched once per occurrence and a missing or extra message shifts nothing.

export interface ZooMessage {
  role: string;
  author?: string;
  text: string;
  time?: string;
}

export interface Scores {
  expected: number;
  captured: number;
  matched: number;
  recall: number;
  precision: number;
  roles: number;
  authors: number;
  exactText: number;
  /** Expected messages missing while the capture was not marked incomplete. */
  silentLoss: boolean;
}

/** Whitespace collapsed, Unicode composed: how two texts are compared for alignment. */
export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Index pairs [expected, captured] of a longest common subsequence of the normalised texts. */
export function align(expected: readonly ZooMessage[], captured: readonly ZooMessage[]): [number, number][] {
  const a = expected.map((m) => normalise(m.text));
  const b = captured.map((m) => normalise(m.text));
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

// Nothing to judge earns nothing: a floor measured on an empty capture must not be a vacuous 1.
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

export function score(expected: readonly ZooMessage[], captured: readonly ZooMessage[], incomplete: boolean): Scores {
  const pairs = align(expected, captured);
  let roles = 0;
  let authors = 0;
  let exact = 0;
  for (const [i, j] of pairs) {
    const e = expected[i] as ZooMessage;
    const c = captured[j] as ZooMessage;
    if (e.role === c.role) roles++;
    if (normalise(e.author ?? '') === normalise(c.author ?? '')) authors++;
    if (e.text === c.text) exact++;
  }
  return {
    expected: expected.length,
    captured: captured.length,
    matched: pairs.length,
    recall: ratio(pairs.length, expected.length),
    precision: ratio(pairs.length, captured.length),
    roles: ratio(roles, pairs.length),
    authors: ratio(authors, pairs.length),
    exactText: ratio(exact, expected.length),
    silentLoss: pairs.length < expected.length && !incomplete,
  };
}
