// Adapters for known widgets are mostly selectors: where the list, the units, the body, the name
// and the time are. What a selector misses is read by the generic reader, so a widget that renames
// a class degrades to generic reading instead of failing.
import type { ChatRole } from '../../domain/transcript';
import { deepQuery, renderedElements } from './dom';
import { genericList } from './generic';
import { messageKey, type ReadOptions, readUnit, sideOf } from './read';
import { plainText, visibleText } from './text';
import type { ChatAdapter, ExtractedMessage, MessageList } from './types';

export interface WidgetSpec {
  id: string;
  /** An element only this widget renders. */
  detect: string;
  /** The message list. */
  list: string;
  /** Message units inside the list; default: the list's children. */
  unit?: string;
  /** The message text inside a unit. */
  body?: string;
  author?: string;
  time?: string;
  /** A sender's group around units, holding the name or time shared by its bubbles. */
  group?: string;
  /** Selector → role, tried in order against the unit and its ancestors (closest). */
  roles?: Array<[string, ChatRole]>;
  /** Attribute holding the widget's message id. */
  key?: string;
}

function first(selector: string | undefined, ...scopes: Array<Element | null>): Element | null {
  if (!selector) return null;
  for (const s of scopes) {
    const hit = s?.matches(selector) ? s : s?.querySelector(selector);
    if (hit) return hit;
  }
  return null;
}

function readWith(spec: WidgetSpec, unit: Element, options: ReadOptions): ExtractedMessage[] {
  const body = first(spec.body, unit);
  if (!body) return readUnit(unit, options);
  const group = spec.group ? unit.closest(spec.group) : null;
  const author = first(spec.author, unit, group);
  const time = first(spec.time, unit, group);
  const skip = (el: Element): boolean => el === author || el === time;
  const text = visibleText(body, { skip });
  if (!text) return [];
  const role =
    spec.roles?.find(([sel]) => unit.closest(sel) ?? unit.querySelector(sel))?.[1] ??
    sideOf(body, unit, options) ??
    'unknown';
  const keyEl = spec.key ? unit.closest(`[${spec.key}]`) : null;
  const key = keyEl?.getAttribute(spec.key as string) ?? messageKey(unit);
  const authorText = author ? visibleText(author, { skip: (el) => el === time }) : '';
  return [
    {
      role,
      author: authorText,
      text,
      ...(time && plainText(time) ? { time: plainText(time) } : {}),
      ...(key ? { key } : {}),
      el: unit,
    },
  ];
}

export function widgetAdapter(spec: WidgetSpec): ChatAdapter {
  const locate = (root: ParentNode): MessageList | null => {
    const container = deepQuery(root, spec.list);
    if (!container) return null;
    const units = (): Element[] =>
      spec.unit ? Array.from(container.querySelectorAll(spec.unit)) : renderedElements(container);
    const fallback = genericList(container, units);
    const options: ReadOptions = { container };
    return { container, units, read: (unit) => (spec.body ? readWith(spec, unit, options) : fallback.read(unit)) };
  };
  return {
    id: spec.id,
    detect: spec.detect,
    matches: (root) => deepQuery(root, spec.detect) !== null,
    locate,
  };
}
