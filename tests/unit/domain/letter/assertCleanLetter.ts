// The shared check that a drafted letter contains nothing broken: no leaked values, no empty
// brackets or placeholders, no doubled spaces or punctuation, no empty numbered items or headings.

import { expect } from 'vitest';

const BAD_TOKENS = ['undefined', 'NaN', 'null', '[object Object]', '××', 'Infinity'];

export function letterProblems(text: string): string[] {
  const problems: string[] = [];
  for (const token of BAD_TOKENS) if (text.includes(token)) problems.push(`contains ${token}`);
  if (/\(\s*\)|（\s*）|“\s*”|‘\s*’|""/.test(text)) problems.push('empty brackets or quotes');
  if (/\S {2,}\S/.test(text)) problems.push('doubled spaces');
  if (
    /([。，、；：！？,;:!?])\1/.test(text) ||
    /[，。；：、][，。；：、]/.test(text) ||
    /[,;:][,.;:]|\.[,;:]/.test(text)
  )
    problems.push('doubled punctuation');
  if (/ [,.;:]/.test(text)) problems.push('space before punctuation');
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (/^\s*(?:\d+\.|[一二三四五六七八九十]+、)\s*[。；.;]?\s*$/.test(line))
      problems.push(`empty numbered item: ${line}`);
    if (/^\s*(?:\d+\.|[一二三四五六七八九十]+、)\s*[:：]/.test(line)) problems.push(`item without text: ${line}`);
    const isGreeting = /^(Dear |尊敬的|致)/.test(line);
    if (/[：:]$/.test(line) && !isGreeting && !(lines[i + 1] ?? '').trim())
      problems.push(`heading with nothing under it: ${line}`);
    if (line !== line.trimEnd()) problems.push(`trailing space: ${line}`);
  });
  return problems;
}

export function assertCleanLetter(text: string): void {
  expect(letterProblems(text), text).toEqual([]);
}
