// Spacing and placement utilities (tailwind `ml-4`, bootstrap `me-3`, uikit `uk-margin-small-left`, kendo
// `k-mr-sm`) name a side of a box, not of the chat: a bubble with a left margin sits on the right.
const SPACING_UTILITY = new RegExp(
  '(?:^|[-_:])(?:margin|padding|gap|gutter|offset|spac(?:e|er|ing)|indent)s?(?:$|[-_A-Z])' +
    '|(?:^|[-_:!])[mp][trblxyse]?-(?:(?:sm|md|lg|xl|xxl)-)?' +
    String.raw`(?:\d|n\d|auto|px|full|xs|sm|md|lg|xl|hair|thin|-\d|\[)` +
    String.raw`|^(?:[\w-]*:)?-?(?:left|right|start|end)-(?:\d|px|auto|full|\[)`,
);

// Whether one class token is a spacing or placement utility.
export const isSpacingUtility = (token: string): boolean => SPACING_UTILITY.test(token);

// Attribute text without its spacing utility tokens.
export const withoutSpacingUtilities = (text: string): string =>
  text.replace(/\S+/g, (token) => (SPACING_UTILITY.test(token) ? '' : token));
