// *Pick the chat area*: where the outline moves when the user widens or narrows the choice with the arrow keys.
// Which list in the chosen element holds the messages is worked out when it is read (regionList.ts).
import { parentAcross, renderedElements } from './dom';
import { plainText } from './text';

/** The highlighted element, and the narrower ones the user widened from (ArrowDown goes back to them). */
export interface PickPath {
  current: Element;
  narrower: Element[];
}

/** ArrowUp: the parent (across shadow roots), never the document's root element. */
export function widen(path: PickPath): PickPath {
  const parent = parentAcross(path.current);
  if (!parent || parent === path.current.ownerDocument.documentElement) return path;
  return { current: parent, narrower: [path.current, ...path.narrower] };
}

/** ArrowDown: back to where the user widened from, else the first child that shows text. */
export function narrow(path: PickPath): PickPath {
  const [back, ...rest] = path.narrower;
  if (back) return { current: back, narrower: rest };
  const child = renderedElements(path.current).find((c) => plainText(c));
  return child ? { current: child, narrower: [] } : path;
}
