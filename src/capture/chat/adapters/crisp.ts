// Crisp chatbox: obfuscated cc- classes, but messages carry data-from (operator / visitor); read generically.
import { widgetAdapter } from '../adapter';

export const crisp = widgetAdapter({
  id: 'crisp',
  detect: '.crisp-client',
  list: '.crisp-client',
  unit: '[data-from]',
});
