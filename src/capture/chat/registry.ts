// Every known-widget adapter, tried in this order before the generic extractor. Each has a
// fixture page and expected output under tests/fixtures/chat/ (checked by a convention test).
import { crisp } from './adapters/crisp';
import { genesys } from './adapters/genesys';
import { intercom } from './adapters/intercom';
import { livechat } from './adapters/livechat';
import { salesforce } from './adapters/salesforce';
import { tawk } from './adapters/tawk';
import { webchat } from './adapters/webchat';
import { zendeskClassic } from './adapters/zendesk-classic';
import type { ChatAdapter } from './types';

export const chatAdapters: readonly ChatAdapter[] = [intercom, zendeskClassic, livechat, salesforce, tawk, crisp, genesys, webchat];
