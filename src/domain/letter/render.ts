// Sections → plain text. Blank lines between sections, single line breaks inside one; a last
// tidy pass keeps stray double spaces out of pasted text.

import type { LetterPart, LetterSection } from './types';

type Paragraph = string | null | undefined | false;

/** A section, or null when it would be empty (so the letter leaves the part out). */
export function section(part: LetterPart, paragraphs: Paragraph[], heading?: string): LetterSection | null {
  const kept = paragraphs.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (!kept.length) return null;
  return heading ? { part, heading, paragraphs: kept } : { part, paragraphs: kept };
}

export function sections(list: (LetterSection | null)[]): LetterSection[] {
  return list.filter((s): s is LetterSection => s !== null);
}

export function renderText(title: string, list: readonly LetterSection[]): string {
  const blocks = [title, ...list.map((s) => [s.heading, ...s.paragraphs].filter(Boolean).join('\n'))];
  return `${blocks
    .join('\n\n')
    .replace(/(\S) {2,}/g, '$1 ')
    // A name typed with its own full stop (`CloudDesk Pro.`) must not end a sentence twice.
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/。。/g, '。')
    .replace(/ +$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
