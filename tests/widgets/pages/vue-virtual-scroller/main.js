// vue-virtual-scroller's DynamicScroller (Vue 3): 2,000+ measured rows, recycled views; name and time
// above every bubble.
import 'vue-virtual-scroller/dist/vue-virtual-scroller.css';
import { createApp, h, nextTick, onMounted, ref } from 'vue';
import { DynamicScroller, DynamicScrollerItem } from 'vue-virtual-scroller';
import { longConversation } from '../../harness/shared.js';

const all = longConversation(2000);

const App = {
  setup() {
    const scroller = ref(null);
    onMounted(() => nextTick(() => scroller.value?.scrollToBottom()));
    const row = ({ item, index, active }) =>
      h(DynamicScrollerItem, { item, active, dataIndex: index, sizeDependencies: [item.text] }, () =>
        h(
          'div',
          {
            class: ['chat-row', item.agent ? 'from-agent' : 'from-me'],
            style: { padding: '4px 12px', textAlign: item.agent ? 'left' : 'right' },
          },
          [
            h('div', { class: 'chat-meta', style: { fontSize: '12px', color: '#666' } }, [
              h('span', item.name),
              h('span', { style: { marginLeft: '6px' } }, item.time),
            ]),
            h(
              'div',
              {
                class: 'chat-text',
                style: {
                  display: 'inline-block',
                  whiteSpace: 'pre-wrap',
                  textAlign: 'left',
                  background: item.agent ? '#eef3ff' : '#dff5e3',
                  borderRadius: '8px',
                  padding: '6px 10px',
                  maxWidth: '70%',
                },
              },
              item.text,
            ),
          ],
        ),
      );
    return () =>
      h('div', { style: { maxWidth: '760px', margin: '0 auto' } }, [
        h('h2', { style: { fontSize: '18px' } }, '客服记录 · Support history'),
        h(
          DynamicScroller,
          { ref: scroller, items: all, minItemSize: 48, keyField: 'id', style: { height: '680px' } },
          { default: row },
        ),
      ]);
  },
};

createApp(App).mount('#app');
