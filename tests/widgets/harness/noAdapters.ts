// Stands in for src/capture/chat/registry.ts in the zoo's "adapters off" build: no known widgets,
// so the generic reader reads every page.
import type { ChatAdapter } from '../../../src/capture/chat/types';

export const chatAdapters: readonly ChatAdapter[] = [];
