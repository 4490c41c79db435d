// The shape every chat source shares: adapters for known widgets and the generic extractor both
// locate a message list, then read its message elements one by one (so recording re-reads only
// what changed).
import type { ChatRole } from '../../domain/transcript';

export interface ExtractedMessage {
  role: ChatRole;
  author: string;
  text: string;
  time?: string;
  /** The widget's own message id (data-id…), when it renders one. */
  key?: string;
  /** The element that shows this message: its identity dedupes re-renders while recording. */
  el: Element;
}

export interface MessageList {
  /** The element whose subtree holds every message (watched while recording). */
  container: Element;
  /** The message units inside the container, in display order (cheap: no text read). */
  units(): Element[];
  /** Reads one unit: usually one message, several for a sender's group of bubbles, none for a divider. */
  read(unit: Element): ExtractedMessage[];
}

export interface ChatAdapter {
  id: string;
  /** Whether this widget is present under `root` (a document, frame document or shadow root). */
  matches(root: ParentNode): boolean;
  /** A selector that finds the widget when present (lets one query rule out every widget at once). */
  detect?: string;
  locate(root: ParentNode): MessageList | null;
}
