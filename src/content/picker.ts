// Injected on demand (chrome.scripting, every frame) when the user chooses *Pick the chat area*. Its own
// small script, beside the chat content script whose size is budgeted; both share this frame's isolated
// world, so the region chosen here is read there. The service worker starts and stops it (chatPick.ts).
import { PICKER_KEY, type PickerEndpoint } from '../messaging/chatAgent';
import type { Envelope } from '../messaging/protocol';
import { openPickSession, type PickHost, type PickSession } from './pickerSession';

type PickerHost = PickHost & { [PICKER_KEY]?: PickerEndpoint };

function startPicker(host: PickerHost): void {
  if (host[PICKER_KEY]) return;
  let session: PickSession | null = null;
  host[PICKER_KEY] = {
    start(options) {
      session?.close();
      const current = openPickSession(host, options, (chosen) => {
        if (session === current) session = null;
        const envelope: Envelope<'chat/picked'> = {
          channel: 'proofpack',
          type: 'chat/picked',
          payload: { pick: options.pick, chosen },
        };
        void chrome.runtime.sendMessage(envelope).catch(() => undefined);
      });
      session = current;
    },
    stop(pick) {
      if (session?.pick !== pick) return;
      session.close();
      session = null;
    },
  };
}

startPicker(globalThis);
