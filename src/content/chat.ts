// Injected on demand (chrome.scripting, every frame) when the user captures or records a chat.
// Installs one agent in this frame's isolated world; the service worker calls it through the one
// channel of messaging/chatAgent.ts. Kept small: no UI framework, no database, no polyfill.
import { startChatAgent } from './chatAgent';

startChatAgent(globalThis);
