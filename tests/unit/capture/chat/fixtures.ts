// Loads chat fixture pages into happy-dom's document, attaching declarative shadow roots
// (`<template shadowrootmode="open">`), which innerHTML does not do by itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatRole } from '../../../../src/domain/transcript';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/chat');

export interface ExpectedMessage {
  role: ChatRole;
  author: string;
  text: string;
  time?: string;
}

export interface Expected {
  /** Adapter id, `generic`, or null for pages without a chat. */
  widget: string | null;
  messages: ExpectedMessage[];
}

function attachShadowRoots(root: ParentNode): void {
  for (const t of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = t.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append((t as HTMLTemplateElement).content.cloneNode(true));
    t.remove();
    attachShadowRoots(shadow);
  }
}

export function loadFixture(name: string): Document {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  // Start from a bare <body>: attributes of a previously loaded fixture must not leak into this one.
  for (const a of Array.from(document.body.attributes)) document.body.removeAttribute(a.name);
  for (const a of Array.from(parsed.body.attributes)) document.body.setAttribute(a.name, a.value);
  attachShadowRoots(document);
  return document;
}

export function expectedFor(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;
}

export function hasFixture(name: string): boolean {
  return existsSync(join(FIXTURES, `${name}.html`)) && existsSync(join(FIXTURES, `${name}.expected.json`));
}

/** Fixture names with the given prefix (`generic-`, `none-`). */
export function fixturesStartingWith(prefix: string): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/** Only what the expected files pin: role, author, text and time. */
export function comparable(
  messages: ReadonlyArray<{ role: ChatRole; author: string; text: string; time?: string }>,
): ExpectedMessage[] {
  return messages.map(({ role, author, text, time }) =>
    time === undefined ? { role, author, text } : { role, author, text, time },
  );
}

const NOISE = [
  '<nav class="menu"><ul><li><a href="/a">Products</a></li><li><a href="/b">Pricing</a></li>' +
    '<li><a href="/c">Docs</a></li></ul></nav>',
  '<div class="card"><img src="data:," alt="item"><h3>Desk lamp</h3><span class="price">$24.00</span>' +
    '<button>Add to cart</button></div>',
  '<div class="comment"><span class="author">kim</span><span class="time">09:12</span>' +
    '<p>Great article, thanks!</p><button>Reply</button></div>',
  '<table><tr><td>Plan</td><td>2 vCPU</td></tr><tr><td>Price</td><td>¥99</td></tr></table>',
  '<div class="post"><h4>Status update</h4><p>All systems operational.</p><small>10:00</small></div>',
];

/** Fills `#noise` and `#noise-after` with about `count` unrelated nodes of several page kinds. */
export function addNoise(doc: Document, count: number): void {
  const html: string[] = [];
  let nodes = 0;
  for (let i = 0; nodes < count; i++) {
    const piece = NOISE[i % NOISE.length] as string;
    html.push(`<section class="s${i}">${piece}</section>`);
    nodes += (piece.match(/<[a-z]/g) ?? []).length + 1;
  }
  const half = Math.floor(html.length / 2);
  for (const [id, part] of [
    ['noise', html.slice(0, half)],
    ['noise-after', html.slice(half)],
  ] as const) {
    const target = doc.getElementById(id);
    if (target) target.innerHTML = part.join('');
  }
}
