// *Pick the chat area*: the element the user chose may be the message list itself, the whole chat panel
// (header, list, composer) or a wrapper around it. The list is the element in it whose children are the
// messages; where to move when the user widens or narrows the choice with the arrow keys.
import { allElements, parentAcross, renderedElements } from './dom';
import { plainText } from './text';

const textUnits = (el: Element): number => renderedElements(el).filter((u) => plainText(u)).length;

/** The element under `root` (itself included) whose children are the messages. */
export function regionList(root: Element): Element {
  let best = root;
  let most = textUnits(root);
  allElements(root, (el) => {
    const n = textUnits(el);
    // A list inside the best so far must clearly outnumber it: a sender's group of bubbles inside a list does not.
    if (n > (best.contains(el) ? most * 1.5 : most)) {
      best = el;
      most = n;
    }
  });
  return best;
}

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
