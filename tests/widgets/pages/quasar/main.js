// Quasar's QChatMessage (Vue 3): one component per run (name once, a bubble per message), the time
// as the stamp under the last bubble of each run, and a date label above the chat.
import 'quasar/dist/quasar.css';
import { QChatMessage, Quasar } from 'quasar';
import { createApp, h } from 'vue';
import { conversation, messages } from '../../harness/shared.js';

const runs = [];
for (const m of messages) {
  if (m.first) runs.push([m]);
  else runs[runs.length - 1].push(m);
}

const App = {
  render: () =>
    h(
      'div',
      {
        style: {
          maxWidth: '720px',
          margin: '0 auto',
          padding: '16px',
          height: '760px',
          overflowY: 'auto',
          whiteSpace: 'pre-wrap',
        },
      },
      [
        h(QChatMessage, { label: `${conversation.date} 星期四` }),
        ...runs.map((run) =>
          h(QChatMessage, {
            key: run[0].id,
            name: run[0].name,
            text: run.map((m) => m.text),
            stamp: run[run.length - 1].time,
            sent: !run[0].agent,
            bgColor: run[0].agent ? 'grey-3' : 'light-green-3',
          }),
        ),
      ],
    ),
};

createApp(App).use(Quasar).mount('#app');
