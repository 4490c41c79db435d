// NLUX AiChat with the conversation loaded as history; the adapter is a local stub (no backend).
import '@nlux/themes/nova.css';
import { AiChat } from '@nlux/react';
import { createRoot } from 'react-dom/client';
import { messages } from '../../harness/shared.js';

const adapter = { streamText: (_message, observer) => observer.complete() };
// NLUX renders history as Markdown: escape what Markdown would read as markup, as an integrator must.
const literal = (s) => s.replace(/[\\<>*_`[\]#]/g, '\\$&').replace(/^(\d+)\. /gm, '$1\\. ');
const initialConversation = messages.map((m) => ({ role: m.agent ? 'assistant' : 'user', message: literal(m.text) }));
const avatar = (c) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect width="32" height="32" fill="${c}"/></svg>`)}`;

function App() {
  return (
    <div style={{ height: '780px', maxWidth: 760, margin: '0 auto' }}>
      <AiChat
        adapter={adapter}
        initialConversation={initialConversation}
        personaOptions={{
          assistant: { name: 'Lina', avatar: avatar('#2f6feb'), tagline: 'CloudDesk 客服' },
          user: { name: '陈小明', avatar: avatar('#999') },
        }}
        displayOptions={{ colorScheme: 'light' }}
        conversationOptions={{ layout: 'list' }}
      />
    </div>
  );
}

createRoot(document.getElementById('app')).render(<App />);
