// One handler per request in the protocol; thin, the logic lives in storage/ and capture/.
import { browserCaseLanguage } from './locale';
import { newCase, providerFromUrl } from '../domain/case';
import { formatRfc3339, systemTimeZone } from '../domain/time';
import type { HandlerMap } from '../messaging/server';
import { ProofpackError } from '../messaging/protocol';
import type { ProofpackDb } from '../storage/db';
import { createCase, currentCaseId, listCases, switchCase, withCount } from '../storage/cases';
import { deleteEvidence, getEvidence, getOriginal, getThumbnail, listEvidence, setCaption } from '../storage/evidence';
import { captureActiveTab } from './captureFlow';
import { blobToDataUrl } from './dataUrl';
import { refreshBadge } from './badge';
import { broadcast } from './broadcast';
import { ensureReady } from './setup';
import { captureChat } from './chatCapture';
import { receiveFrameResult } from './chatFrames';
import { receiveBatch, recordingStatus, startRecording, stopRecording } from './recording';
import { saveSelection } from './selection';
import { createWorkspaceHandlers } from './workspaceHandlers';
import { createTimestampHandlers } from './timestampHandlers';

export function createHandlers(db: ProofpackDb): HandlerMap {
  return {
    'case/current': async () => {
      await ensureReady(db);
      const c = await db.cases.get(await currentCaseId(db));
      if (!c) throw new ProofpackError('not-found', 'Current case missing');
      return withCount(db, c);
    },
    'case/list': async () => {
      await ensureReady(db);
      return listCases(db);
    },
    'case/create': async ({ title, provider, providerSite }) => {
      const c = newCase({
        id: crypto.randomUUID(),
        title,
        provider: provider || providerFromUrl(providerSite),
        providerSite,
        language: browserCaseLanguage(),
        now: formatRfc3339(new Date(), systemTimeZone()),
      });
      await createCase(db, c);
      await refreshBadge(db);
      broadcast('case/changed', { caseId: c.id });
      return withCount(db, c);
    },
    'case/switch': async ({ caseId }) => {
      const c = await switchCase(db, caseId);
      await refreshBadge(db);
      broadcast('case/changed', { caseId });
      return withCount(db, c);
    },
    'capture/screenshot': async ({ windowId }) => {
      await ensureReady(db);
      return captureActiveTab(db, windowId);
    },
    'evidence/list': ({ caseId, offset, limit }) => listEvidence(db, caseId, { offset, limit }),
    'evidence/thumbnail': async ({ evidenceId }) => {
      const thumb = await getThumbnail(db, evidenceId);
      return thumb ? blobToDataUrl(thumb.data) : null;
    },
    'evidence/original': async ({ evidenceId }) => {
      const blob = await getOriginal(db, evidenceId);
      return blob ? blobToDataUrl(blob) : null;
    },
    'evidence/caption': async ({ evidenceId, caption }) => {
      await setCaption(db, evidenceId, caption.slice(0, 2000));
      const item = await getEvidence(db, evidenceId);
      if (item) broadcast('evidence/changed', { caseId: item.caseId });
      return null;
    },
    'evidence/delete': async ({ evidenceId }) => {
      const item = await getEvidence(db, evidenceId);
      if (!item) throw new ProofpackError('not-found', 'Item already deleted');
      await deleteEvidence(db, evidenceId);
      await refreshBadge(db);
      broadcast('evidence/changed', { caseId: item.caseId });
      return null;
    },
    // Chat transcripts and selections (issue 3).
    'chat/capture': async ({ windowId }) => {
      await ensureReady(db);
      return captureChat(db, windowId);
    },
    'recording/start': async ({ windowId }) => {
      await ensureReady(db);
      return startRecording(db, windowId);
    },
    'recording/stop': ({ windowId }) => stopRecording(db, windowId),
    'recording/status': ({ windowId }) => recordingStatus(db, windowId),
    'selection/save': async ({ windowId }) => {
      await ensureReady(db);
      return saveSelection(db, windowId);
    },
    'chat/frame-result': async ({ run, result }, sender) => {
      receiveFrameResult(run, result, sender);
      return null;
    },
    'recording/batch': ({ evidenceId, ...batch }, sender) => receiveBatch(db, evidenceId, batch, sender.tab?.id),
    ...createWorkspaceHandlers(db),
    ...createTimestampHandlers(db),
  };
}
