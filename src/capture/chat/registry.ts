// Every known-widget adapter, tried in this order before the generic extractor. Each has a
// fixture page and expected output under tests/fixtures/chat/ (checked by a convention test).
import { crisp } from './adapters/crisp';
import { drift } from './adapters/drift';
import { freshchat } from './adapters/freshchat';
import { genesys } from './adapters/genesys';
import { hubspot } from './adapters/hubspot';
import { intercom } from './adapters/intercom';
import { livechat } from './adapters/livechat';
import { meiqia } from './adapters/meiqia';
import { qiyu } from './adapters/qiyu';
import { salesforce } from './adapters/salesforce';
import { sobot } from './adapters/sobot';
import { tawk } from './adapters/tawk';
import { udesk } from './adapters/udesk';
import { webchat } from './adapters/webchat';
import { zendeskClassic } from './adapters/zendesk-classic';
import { zendeskMessaging } from './adapters/zendesk-messaging';
import type { ChatAdapter } from './types';

export const chatAdapters: readonly ChatAdapter[] = [
  intercom,
  zendeskClassic,
  livechat,
  salesforce,
  tawk,
  crisp,
  genesys,
  webchat,
  zendeskMessaging,
  freshchat,
  drift,
  hubspot,
  qiyu,
  meiqia,
  sobot,
  udesk,
];
