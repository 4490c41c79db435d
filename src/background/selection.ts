// "Save selected text" (popup fallback when no chat is found) and the context menu's "Save
// selection as evidence": the user's selection as a quoted excerpt, with page and frame URL.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import type { SelectionEvidence } from '../domain/evidence';
import { fileDigests } from '../domain/hash';
import { formatRfc3339 } from '../domain/time';
import type { SelectionOutcome } from '../messaging/protocol';
import { currentCaseId } from '../storage/cases';
import { addCapture } from '../storage/evidence';
import { evidenceAdded } from './afterCapture';
import type { WorkerDeps } from './deps';
import { activeTabOf, ensureCapturable } from './captureFlow';
import { FRAME_TIMEOUT_MS, within } from './chatFrames';

interface FrameSelection {
  text: string;
  frameUrl: string;
}

/** Runs in the page: the selection as the user sees it (no content script needed). */
function readSelection(): FrameSelection {
  return { text: globalThis.getSelection?.()?.toString() ?? '', frameUrl: location.href };
}

async function selections(tabId: number, frameIds?: number[]): Promise<FrameSelection[]> {
  const asked = browser.scripting.executeScript({
    target: frameIds ? { tabId, frameIds } : { tabId, allFrames: true },
    func: readSelection,
    injectImmediately: true,
  });
  if (!(await within(asked, FRAME_TIMEOUT_MS))) return frameIds ? [] : selections(tabId, [0]);
  return (await asked)
    .map((r) => r.result as FrameSelection | undefined)
    .filter((s): s is FrameSelection => !!s && s.text.trim() !== '');
}

async function store(deps: WorkerDeps, tab: Tabs.Tab, chosen: FrameSelection): Promise<SelectionOutcome> {
  const { db } = deps;
  const caseId = await currentCaseId(db);
  const bytes = new TextEncoder().encode(chosen.text);
  const now = deps.now();
  const timeZone = deps.timeZone();
  const evidence: SelectionEvidence = {
    id: crypto.randomUUID(),
    caseId,
    kind: 'selection',
    capturedAt: formatRfc3339(now, timeZone),
    capturedAtMs: now.getTime(),
    timeZone,
    url: tab.url ?? '',
    title: tab.title ?? '',
    caption: '',
    userAgent: navigator.userAgent,
    text: chosen.text,
    frameUrl: chosen.frameUrl || (tab.url ?? ''),
    file: { mediaType: 'text/plain;charset=utf-8', ...(await fileDigests(bytes)) },
  };
  await addCapture(db, { evidence, original: new Blob([bytes], { type: 'text/plain;charset=utf-8' }) });
  return { saved: true, evidence, itemCount: await evidenceAdded(db, caseId) };
}

/** The longest selection among the tab's frames (the popup has the focus, so no frame has it). */
export async function saveSelection(deps: WorkerDeps, windowId?: number): Promise<SelectionOutcome> {
  const tab = await ensureCapturable(await activeTabOf(windowId));
  const found = await selections(tab.id);
  const chosen = found.sort((a, b) => b.text.length - a.text.length)[0];
  return chosen ? store(deps, tab, chosen) : { saved: false };
}

/** From the context menu: the clicked frame's real selection (line breaks kept), else the menu's copy. */
export async function saveSelectionFromMenu(
  deps: WorkerDeps,
  info: Menus.OnClickData,
  tab: Tabs.Tab | undefined,
): Promise<SelectionOutcome> {
  const page = await ensureCapturable(tab);
  const [fromFrame] = await selections(page.id, [info.frameId ?? 0]).catch(() => []);
  const chosen =
    fromFrame ??
    (info.selectionText ? { text: info.selectionText, frameUrl: info.frameUrl ?? page.url ?? '' } : undefined);
  return chosen ? store(deps, page, chosen) : { saved: false };
}
