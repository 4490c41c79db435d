// The one conversation every zoo page renders (conversation.json), in the shapes pages need. Pages
// import this at build time; nothing here talks to a network.
import conversation from '../conversation.json';

export { conversation };

/** Each message with its side's id and name, a stable id, and whether it starts or ends a run from one side. */
export const messages = conversation.messages.map((m, i, all) => ({
  ...m,
  id: `m${i + 1}`,
  name: conversation[m.from].name,
  agent: m.from === 'agent',
  first: all[i - 1]?.from !== m.from,
  last: all[i + 1]?.from !== m.from,
}));

/** `count` earlier messages (many identical "好的"), then the conversation: for virtualised lists. */
export function longConversation(count = 2000) {
  const earlier = [];
  for (let i = 0; i < count; i++) {
    const from = i % 3 === 0 ? 'customer' : 'agent';
    const minutes = 7 * 60 + Math.floor((i * 60) / count);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const text = i % 2 ? '好的' : `Earlier message ${i + 1} · 之前的第 ${i + 1} 条`;
    earlier.push({ from, time, text });
  }
  const all = [...earlier, ...conversation.messages];
  return all.map((m, i) => ({
    ...m,
    id: `m${i + 1}`,
    name: conversation[m.from].name,
    agent: m.from === 'agent',
    first: all[i - 1]?.from !== m.from,
    last: all[i + 1]?.from !== m.from,
  }));
}
