// The recording's ordered message store. It places each message seen in the DOM relative to its
// neighbours, so messages that a virtualised list drops stay, re-rendered ones are recognised
// (by element, widget id, or content matched in sequence), and history loaded above slots in first.
import { type RecordedMessage, messageSignature } from '../../domain/transcript';
import type { ExtractedMessage } from './types';

interface Entry {
  msg: RecordedMessage;
  sig: string;
  el: WeakRef<Element> | null;
  pos: number;
  /** The newest version when the text was edited in place. */
  latest: Entry;
  /** The first version (itself unless this is a later version of an edited message). */
  owner: Entry;
}

const DELETION =
  /message (?:was |has been )?(?:deleted|removed|unsent|retracted)|撤回了?一条消息|消息已(?:被)?(?:删除|撤回)|已撤回/i;

export class Timeline {
  private entries: Entry[] = [];
  private byEl = new WeakMap<Element, Entry>();
  private byKey = new Map<string, Entry>();
  private bySig = new Map<string, Entry[]>();
  private live = new Set<Entry>();
  private changed = new Set<Entry>();
  private seq = 0;

  constructor(private readonly observedAt: () => string) {}

  /** All messages in chat order. */
  messages(): RecordedMessage[] {
    return this.entries.map((e) => e.msg);
  }

  /** Messages added or changed since the last call. */
  takeChanges(): RecordedMessage[] {
    const out = [...this.changed].map((e) => e.msg);
    this.changed.clear();
    return out;
  }

  /** Merges what the DOM shows now (every message of the list, in order). */
  merge(shown: ExtractedMessage[]): void {
    const bound: (Entry | null)[] = shown.map((m) => this.known(m));
    const nextBound: (Entry | null)[] = [];
    for (let i = shown.length - 1, next: Entry | null = null; i >= 0; i--) {
      nextBound[i] = next;
      next = bound[i] ?? next;
    }
    const seen = new Set<Entry>();
    let prev: Entry | null = null;
    for (let i = 0; i < shown.length; i++) {
      const m = shown[i] as ExtractedMessage;
      let entry = bound[i] ?? null;
      if (!entry || seen.has(entry)) {
        const next = nextBound[i] ?? null;
        entry = this.rebind(m, prev, next, seen) ?? this.insert(m, prev, next);
      }
      this.bind(entry, m);
      entry = this.update(entry, m);
      seen.add(entry);
      prev = entry;
    }
    this.markDeleted(seen);
  }

  private known(m: ExtractedMessage): Entry | null {
    const e = this.byEl.get(m.el) ?? (m.key ? this.byKey.get(m.key) : undefined);
    if (e && m.key && e.msg.id !== `k:${m.key}` && this.byKey.get(m.key) !== e) return null;
    return e ?? null;
  }

  /** A message the list re-rendered with a new element: the next unseen entry with the same content. */
  private rebind(m: ExtractedMessage, prev: Entry | null, next: Entry | null, seen: Set<Entry>): Entry | null {
    const sig = messageSignature(m);
    const free = (e: Entry | undefined): e is Entry =>
      !!e && e === e.owner && !seen.has(e) && e.latest.sig === sig && !e.el?.deref()?.isConnected;
    if (prev) {
      const after = this.entries[prev.latest.pos + 1];
      return free(after) && (!next || after.pos < next.pos) ? after : null;
    }
    const candidates = (this.bySig.get(sig) ?? [])
      .map((e) => e.owner)
      .filter((e) => free(e) && (!next || e.pos < next.pos));
    return candidates[candidates.length - 1] ?? null;
  }

  private insert(m: ExtractedMessage, prev: Entry | null, next: Entry | null): Entry {
    const at = prev ? prev.latest.pos + 1 : next ? next.pos : this.entries.length;
    const { el: _el, key, ...fields } = m;
    const msg: RecordedMessage = {
      ...fields,
      id: key ? `k:${key}` : `s:${++this.seq}`,
      order: 0,
      observedAt: this.observedAt(),
    };
    const entry = { msg, sig: messageSignature(m), el: null, pos: at } as unknown as Entry;
    entry.latest = entry;
    entry.owner = entry;
    this.place(entry, at);
    if (key) this.byKey.set(key, entry);
    return entry;
  }

  /** Inserts at `at` with an order between its neighbours'; renumbers when halving runs out of precision. */
  private place(entry: Entry, at: number): void {
    const before = this.entries[at - 1]?.msg.order;
    const after = this.entries[at]?.msg.order;
    entry.msg.order =
      after === undefined ? (before ?? -1) + 1 : before === undefined ? after - 1 : (before + after) / 2;
    if (before !== undefined && after !== undefined && after - before < 1e-6) {
      this.entries.forEach((e, i) => {
        e.msg.order = i;
        this.changed.add(e);
      });
      entry.msg.order = at - 0.5;
    }
    if (this.entries[at] === undefined) this.entries.push(entry);
    else this.entries.splice(at, 0, entry);
    for (let i = at; i < this.entries.length; i++) (this.entries[i] as Entry).pos = i;
    const list = this.bySig.get(entry.sig) ?? [];
    list.push(entry);
    this.bySig.set(entry.sig, list);
    this.changed.add(entry);
  }

  private bind(entry: Entry, m: ExtractedMessage): void {
    if (entry.el?.deref() !== m.el) {
      entry.el = new WeakRef(m.el);
      this.byEl.set(m.el, entry);
    }
  }

  /** Keeps both versions when the text shown for a known message changes in place. */
  private update(entry: Entry, m: ExtractedMessage): Entry {
    const latest = entry.latest;
    if (latest.msg.text === m.text || latest.msg.author !== m.author) return entry;
    const at = this.observedAt();
    const version = (latest.msg.edit?.version ?? 1) + 1;
    latest.msg.edit = {
      ...(latest.msg.edit ?? { version: 1 }),
      replacedAt: at,
      ...(DELETION.test(m.text) ? { deletedAt: at } : {}),
    };
    this.changed.add(latest);
    const { el: _el, key: _key, ...fields } = m;
    const msg: RecordedMessage = {
      ...fields,
      id: `${entry.msg.id}~${version}`,
      order: 0,
      observedAt: at,
      edit: { version },
    };
    const copy = {
      msg,
      sig: messageSignature(m),
      el: entry.el,
      pos: latest.pos + 1,
      latest: null,
      owner: entry,
    } as unknown as Entry;
    copy.latest = copy;
    this.place(copy, latest.pos + 1);
    entry.latest = copy;
    return entry;
  }

  /** An entry whose element left while both neighbours stayed was deleted, not scrolled away. */
  private markDeleted(seen: Set<Entry>): void {
    for (const e of this.live) {
      if (seen.has(e)) continue;
      const before = this.entries[e.pos - 1];
      const after = this.entries[e.latest.pos + 1];
      if (before && after && seen.has(before.owner) && seen.has(after.owner) && !e.latest.msg.edit?.deletedAt) {
        e.latest.msg.edit = { ...(e.latest.msg.edit ?? { version: 1 }), deletedAt: this.observedAt() };
        this.changed.add(e.latest);
      }
    }
    // What is shown now is what the next merge compares against (every bound entry is in `seen`).
    this.live = seen;
  }
}
