// Localised names of contact channels (shared by the contact log, the form and the timeline).
import type { ContactChannel } from '../../domain/complaint';
import { type MessageKey, t } from '../shared/i18n';

const KEYS: Record<ContactChannel, MessageKey> = {
  phone: 'contactChannelPhone',
  chat: 'contactChannelChat',
  email: 'contactChannelEmail',
  app: 'contactChannelApp',
  'in-person': 'contactChannelInPerson',
  'social-media': 'contactChannelSocial',
  regulator: 'contactChannelRegulator',
};

export function channelLabel(channel: ContactChannel): string {
  return t(KEYS[channel]);
}
