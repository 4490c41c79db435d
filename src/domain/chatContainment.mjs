// Whether one chat transcript is contained in another: every message of the shorter one appears in
// the longer one in the same order (others may come between), compared by who wrote it and its
// text with runs of white space made one. Plain JavaScript (JSDoc-typed) because the verifier
// (domain/bundle/verify.mjs, run by Node without a build) checks a merged duplicate with it too.

/** @typedef {{ role?: unknown, text?: unknown }} ChatLineLike */

/** @param {unknown} text */
const normalise = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * @param {readonly ChatLineLike[]} part
 * @param {readonly ChatLineLike[]} whole
 * @returns {boolean}
 */
export function containsInOrder(part, whole) {
  let at = 0;
  for (const line of whole) {
    const want = part[at];
    if (!want) break;
    if (want.role === line.role && normalise(want.text) === normalise(line.text)) at++;
  }
  return part.length > 0 && at === part.length;
}
