// Spacing and placement utility classes (tailwind `ml-4`, bootstrap `me-3`, uikit `uk-margin-small-left`,
// kendo `k-mr-sm`, tawk `tawk-margin-xsmall-left`) name a side of a box, not a side of the chat: a bubble
// with `margin-left` sits on the right. Their words are never read as roles or chat words.

/** Words that make a class a spacing utility wherever they appear in it. */
const SPACING = new Set([
  'margin',
  'margins',
  'padding',
  'paddings',
  'gap',
  'gutter',
  'gutters',
  'offset',
  'spacing',
  'space',
  'spacer',
  'indent',
]);
/** Shorthand property (`m`, `mt`, `ms`, `px`…) or placement (`left`, `end`…), then a size. */
const SHORTHAND = /^[mp][trblxyse]?$/;
const PLACEMENT = /^(?:left|right|start|end)$/;
const SIZE = /^(?:\d|n\d|auto|px|full|xs|sm|md|lg|xl|xxl|2xl|hair|thin|\[)/;

/** Whether one class token is a spacing or placement utility. */
export function isSpacingUtility(token: string): boolean {
  // Variants (`md:`, `hover:`), important marks and negative values (`-ml-2`) do not change what it is.
  const bare = token.slice(token.lastIndexOf(':') + 1).replace(/^[!-]+/, '');
  const parts = bare
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[-_]+/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (SPACING.has(part)) return true;
    const next = parts[i + 1];
    if (next !== undefined && SIZE.test(next) && (SHORTHAND.test(part) || (i === 0 && PLACEMENT.test(part))))
      return true;
  }
  return false;
}

/** `text` (attribute values joined by spaces) without its spacing utility tokens. */
export function withoutSpacingUtilities(text: string): string {
  let out = '';
  for (const token of text.split(/\s+/)) if (token && !isSpacingUtility(token)) out += ` ${token}`;
  return out;
}
