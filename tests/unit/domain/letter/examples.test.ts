// docs/examples/ holds the letters of three realistic cases as the code drafts them; this keeps them
// current (regenerate with `node scripts/examples.mjs`) and checks them for the reviewed defect classes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASES } from '../../../../scripts/examples/cases';
import { exampleLetters } from '../../../../scripts/examples/letters';
import { draftLetter } from '../../../../src/domain/letter/draft';
import { assertLetterClasses } from './letterClasses';

describe('docs/examples', () => {
  it.each(exampleLetters())('$file is what the code drafts now', ({ file, text }) => {
    expect(readFileSync(new URL(`../../../../docs/examples/${file}`, import.meta.url), 'utf8')).toBe(text);
  });

  it.each(EXAMPLE_CASES.flatMap((c) => c.templates.map((template) => ({ c, template }))))(
    '$c.file $template passes the defect-class checks',
    ({ c, template }) => {
      const draft = draftLetter(
        { facts: c.facts, contacts: c.contacts, exhibits: c.exhibits, now: Date.parse(c.now) },
        template,
        c.language,
      );
      assertLetterClasses(draft, c.facts, c.contacts.length, template !== 'follow-up');
    },
  );
});
