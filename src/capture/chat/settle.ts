// List-level reading after each row was read alone: sides and names that only the whole list shows.
import type { ExtractedMessage } from './types';

/** Roles first (one named side makes the unnamed the other), then names shown once per run. */
export function settleMessages(messages: ExtractedMessage[]): ExtractedMessage[] {
  return fillRunAuthors(settleRoles(messages));
}

/** When only one side is named, the unnamed messages are the other side. */
export function settleRoles(messages: ExtractedMessage[]): ExtractedMessage[] {
  const sides = new Set(messages.map((m) => m.role));
  const other =
    sides.has('customer') && !sides.has('agent')
      ? 'agent'
      : sides.has('agent') && !sides.has('customer')
        ? 'customer'
        : null;
  if (other) for (const m of messages) if (m.role === 'unknown') m.role = other;
  return messages;
}

/**
 * A name shown once per run of one side's messages (first or last) names the whole run, where the list
 * shows names so; a run cut off at the list's edge takes its side's only name.
 */
export function fillRunAuthors(messages: ExtractedMessage[]): ExtractedMessage[] {
  const runs: ExtractedMessage[][] = [];
  for (const m of messages) {
    const run = runs[runs.length - 1];
    if (run && run[0]?.role === m.role && m.role !== 'system' && m.role !== 'unknown') run.push(m);
    else runs.push([m]);
  }
  let first = 0;
  let last = 0;
  let every = 0;
  for (const run of runs) {
    if (run.length < 2) continue;
    if (run.every((m) => m.author)) every++;
    else if (run[0]?.author && !run[run.length - 1]?.author) first++;
    else if (!run[0]?.author && run[run.length - 1]?.author) last++;
  }
  // A list that names every message of its runs shows names per message: an unnamed one there has none.
  if (first + last <= every) return messages;
  const namesLast = last > first;
  // The run cut off at the list's edge (its name scrolled out of a virtual list) takes its side's one name.
  const edge = namesLast ? runs[runs.length - 1] : runs[0];
  const sideNames = new Set(messages.filter((m) => m.role === edge?.[0]?.role && m.author).map((m) => m.author));
  if (edge && sideNames.size === 1 && edge.every((m) => !m.author))
    for (const m of edge) m.author = [...sideNames][0] as string;
  for (const run of runs) {
    const named = run.filter((m) => m.author);
    if (!named.length || named.length === run.length) continue;
    const order = namesLast ? [...run].reverse() : run;
    let current = (namesLast ? named[named.length - 1] : named[0])?.author ?? '';
    for (const m of order) {
      if (m.author) current = m.author;
      else m.author = current;
    }
  }
  return messages;
}
