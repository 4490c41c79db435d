// Injected on demand (chrome.scripting, every frame) when the user captures or records a chat.
// Installs one API object in this frame's isolated world; the service worker calls it through
// scripting.executeScript({func}). Kept small: no UI framework, no database, no polyfill.
import { startChatAgent } from './chatAgent';

startChatAgent(globalThis as unknown as Parameters<typeof startChatAgent>[0]);
