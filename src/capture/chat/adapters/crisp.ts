// Source: none found — searched the code index (find_string "crisp-client", code search for Crisp's chatbox
// DOM): only Crisp's loader snippet and `.crisp-client` as a box other sites hide; no saved message markup,
// so `[data-from]` is from our fixture, unverified.
// Crisp chatbox: obfuscated cc- classes, but messages carry data-from (operator / visitor); read generically.
import { widgetAdapter } from '../adapter';

export const crisp = widgetAdapter({
  id: 'crisp',
  detect: '.crisp-client',
  list: '.crisp-client',
  unit: '[data-from]',
});
