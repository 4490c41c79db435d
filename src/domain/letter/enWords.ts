// Wording helpers of the English letters: capitals, counts and periods in words, and a sentence to the
// company rewritten for a regulator reading about it.

export const cap = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** A sentence written to the provider, rewritten for a regulator reading about the provider. */
export function aboutTheCompany(text: string): string {
  return text
    .replace(/\bYou promised\b/g, 'The company promised')
    .replace(/\byou promised\b/g, 'the company promised')
    .replace(/\bcontacted you\b/g, 'contacted the company')
    .replace(/\bemailed you\b/g, 'emailed the company')
    .replace(/\byou charged\b/g, 'the company charged')
    .replace(/\bI asked you\b/g, 'I asked the company')
    .replace(/\bfrom you\b/g, 'from the company')
    .replace(/\byour service\b/g, 'the service')
    .replace(/\bour service agreement\b/g, 'my service agreement with the company')
    .replace(/\byou are\b/g, 'the company is')
    .replace(/\byou have\b/g, 'the company has')
    .replace(/\byour\b/g, 'the company’s');
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** `eight weeks` / `15 days`: a waiting period in words. */
export function period(days: number): string {
  const [n, unit] = days % 7 === 0 && days > 0 ? [days / 7, 'week'] : [days, 'day'];
  return `${SMALL[n] ?? n} ${unit}${n === 1 ? '' : 's'}`;
}
