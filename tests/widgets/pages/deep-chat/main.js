// Deep Chat: a web component (shadow DOM) given the conversation as history; names shown on every
// message; no service connected (nothing is sent).
import '../../harness/offline.js';
import 'deep-chat';

const { messages } = await import('../../harness/shared.js');
const chat = document.createElement('deep-chat');
chat.style.width = '720px';
chat.style.height = '760px';
chat.names = { ai: { text: 'Lina' }, user: { text: '陈小明' } };
// Deep Chat renders text as Markdown: keep numbered lines literal, as an integrator must.
chat.history = messages.map((m) => ({ role: m.agent ? 'ai' : 'user', text: m.text.replace(/^(\d+)\. /gm, '$1\\. ') }));
chat.textInput = { placeholder: { text: '输入消息… Type a message' } };
document.getElementById('app').append(chat);
