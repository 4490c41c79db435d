// One handler per request in the protocol, built from the worker's dependencies; thin, the logic
// lives in storage/ and capture/. Set-up (the default case) runs in the dispatcher, before each request.
import { browserCaseLanguage } from './locale';
import { newCase, providerFromUrl } from '../domain/case';
import { isCaseFrameChoice } from '../domain/complaint/framePrefill';
import type { HandlerMap } from '../messaging/server';
import { ProofpackError } from '../messaging/protocol';
import { createCase, currentCaseId, getCase, listCases, switchCase, withCount } from '../storage/cases';
import { saveCaseFrame } from '../storage/workspace';
import {
  deleteEvidence,
  getAttachment,
  getEvidence,
  getOriginal,
  getThumbnail,
  listEvidence,
  setCaption,
} from '../storage/evidence';
import { captureActiveTab } from './captureFlow';
import { cancelFullPage, captureFullPageOfTab } from './fullPageFlow';
import { blobToDataUrl } from './dataUrl';
import { refreshBadge } from './badge';
import { broadcast } from './broadcast';
import { captureChat } from './chatCapture';
import { receivePicked, startChatPick } from './chatPick';
import { receiveAgentReply } from './chatFrames';
import { receiveBatch, recordingStatus, startRecording, stopRecording } from './recording';
import { saveSelection } from './selection';
import { createRedactedCopy, redactionText } from './redaction';
import { createWorkspaceHandlers } from './workspaceHandlers';
import { createFilingHandlers } from './filingHandlers';
import { stampNow, type WorkerDeps } from './deps';
import { createTimestampHandlers } from './timestampHandlers';

export function createHandlers(deps: WorkerDeps): HandlerMap {
  const { db } = deps;
  return {
    'case/current': async () => {
      const c = await getCase(db, await currentCaseId(db));
      if (!c) throw new ProofpackError('not-found', 'Current case missing');
      return withCount(db, c);
    },
    'case/list': () => listCases(db),
    'case/create': async ({ title, provider, providerSite, frame }) => {
      if (frame !== undefined && !isCaseFrameChoice(frame)) throw new ProofpackError('unknown', 'Invalid country');
      const c = newCase({
        id: crypto.randomUUID(),
        title,
        provider: provider || providerFromUrl(providerSite),
        providerSite,
        language: frame?.language ?? browserCaseLanguage(),
        now: stampNow(deps),
      });
      await createCase(db, c);
      if (frame) await saveCaseFrame(db, c.id, frame);
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
    'capture/screenshot': ({ windowId }) => captureActiveTab(deps, windowId),
    'capture/full-page': ({ windowId, jobId }) => captureFullPageOfTab(deps, windowId, jobId),
    'capture/cancel': async ({ jobId }) => {
      cancelFullPage(jobId);
      return null;
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
    'evidence/attachment': async ({ attachmentId }) => {
      const blob = await getAttachment(db, attachmentId);
      return blob ? blobToDataUrl(blob) : null;
    },
    'redact/text': ({ evidenceId }) => redactionText(deps, evidenceId),
    'redact/create': ({ evidenceId, boxes, spans }) => createRedactedCopy(deps, evidenceId, { boxes, spans }),
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
    'chat/capture': ({ windowId }) => captureChat(deps, windowId),
    'recording/start': ({ windowId }) => startRecording(deps, windowId),
    'recording/stop': ({ windowId }) => stopRecording(deps, windowId),
    'recording/status': ({ windowId }) => recordingStatus(deps, windowId),
    'selection/save': ({ windowId }) => saveSelection(deps, windowId),
    'chat/pick': ({ windowId }) => startChatPick(deps, windowId),
    'chat/picked': (picked, sender) => receivePicked(deps, picked, sender),
    'chat/agent-reply': async (reply, sender) => {
      receiveAgentReply(reply, sender);
      return null;
    },
    'recording/batch': ({ evidenceId, ...batch }, sender) => receiveBatch(deps, evidenceId, batch, sender.tab?.id),
    ...createWorkspaceHandlers(deps),
    ...createFilingHandlers(db),
    ...createTimestampHandlers(db),
  };
}
