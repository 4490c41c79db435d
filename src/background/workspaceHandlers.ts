// Handlers for the side panel's case workspace: facts, exhibits, contacts, letter, case rename and
// delete, panel preferences. Every change re-plans reminders and tells open pages.
import { isCaseFrameChoice } from '../domain/complaint/framePrefill';
import { parseTranscript } from '../domain/transcript';
import type { HandlerMap } from '../messaging/server';
import { ProofpackError } from '../messaging/protocol';
import { deleteCase, renameCase, withCount } from '../storage/cases';
import { getEvidence, getOriginal } from '../storage/evidence';
import { readSetting, writeSetting } from '../storage/settings';
import {
  deleteContact,
  getLetter,
  getWorkspace,
  listContacts,
  loadCaseLetter,
  putContact,
  saveCaseFrame,
  saveExhibitSettings,
  saveFacts,
  saveLetter,
} from '../storage/workspace';
import { refreshBadge } from './badge';
import { broadcast } from './broadcast';
import { retitleMenus } from './workerText';
import { syncReminders } from './reminders';
import { logFailure } from './log';
import { stampNow, type WorkerDeps } from './deps';
import { ensureDefaultCaseNow } from './setup';

type WorkspaceRequest =
  | 'case/rename'
  | 'case/delete'
  | 'workspace/get'
  | 'workspace/facts'
  | 'workspace/exhibits'
  | 'contact/put'
  | 'contact/delete'
  | 'letter/current'
  | 'letter/save'
  | 'evidence/transcript'
  | 'panel/preferences'
  | 'panel/intent';

const MAX_TEXT = 200_000;

function changed(deps: WorkerDeps, caseId: string): void {
  broadcast('workspace/changed', { caseId });
  void syncReminders(deps).catch(logFailure('Reminder sync'));
}

export function createWorkspaceHandlers(deps: WorkerDeps): Pick<HandlerMap, WorkspaceRequest> {
  const { db } = deps;
  return {
    'case/rename': async ({ caseId, title, provider, frame }) => {
      if (frame !== undefined && !isCaseFrameChoice(frame)) throw new ProofpackError('unknown', 'Invalid country');
      const c = await renameCase(
        db,
        caseId,
        { title: title.slice(0, 200), provider: provider.slice(0, 200), language: frame?.language },
        stampNow(deps),
      );
      if (frame) {
        await saveCaseFrame(db, caseId, frame);
        changed(deps, caseId);
      }
      broadcast('case/changed', { caseId });
      return withCount(db, c);
    },
    'case/delete': async ({ caseId }) => {
      await deleteCase(db, caseId);
      // The default case is where captures go before any other exists: it comes back empty.
      await ensureDefaultCaseNow(deps);
      await refreshBadge(db);
      broadcast('case/changed', { caseId });
      void syncReminders(deps).catch(logFailure('Reminder sync'));
      return null;
    },
    'workspace/get': async ({ caseId }) => {
      const [workspace, contacts, letter] = await Promise.all([
        getWorkspace(db, caseId),
        listContacts(db, caseId),
        getLetter(db, caseId),
      ]);
      const saved = letter
        ? {
            template: letter.template,
            ...(letter.editedText !== undefined
              ? { editedText: letter.editedText, baseText: letter.baseText ?? '' }
              : {}),
          }
        : null;
      return { facts: workspace.facts, exhibits: workspace.exhibits, contacts, letter: saved };
    },
    'workspace/facts': async ({ caseId, facts }) => {
      await saveFacts(db, caseId, facts);
      changed(deps, caseId);
      return null;
    },
    'workspace/exhibits': async ({ caseId, exhibits }) => {
      await saveExhibitSettings(db, caseId, exhibits);
      changed(deps, caseId);
      return null;
    },
    'contact/put': async ({ caseId, entry }) => {
      await putContact(db, caseId, entry);
      changed(deps, caseId);
      return null;
    },
    'contact/delete': async ({ caseId, contactId }) => {
      await deleteContact(db, contactId);
      changed(deps, caseId);
      return null;
    },
    'letter/current': ({ caseId, timeZone }) => loadCaseLetter(db, caseId, deps.now().getTime(), timeZone),
    'letter/save': async ({ caseId, letter }) => {
      if ((letter.editedText?.length ?? 0) > MAX_TEXT) throw new ProofpackError('unknown', 'Letter too long');
      await saveLetter(db, caseId, letter);
      broadcast('workspace/changed', { caseId });
      return null;
    },
    'evidence/transcript': async ({ evidenceId }) => {
      const item = await getEvidence(db, evidenceId);
      if (item?.kind !== 'transcript') throw new ProofpackError('not-found', 'Not a transcript');
      const blob = await getOriginal(db, evidenceId);
      if (!blob) return null;
      const parsed = parseTranscript(await blob.text());
      if (!parsed) throw new ProofpackError('unknown', 'Unreadable transcript');
      return {
        capturedAt: parsed.capturedAt || item.capturedAt,
        ...(parsed.recording ? { recording: parsed.recording } : {}),
        messages: parsed.messages,
      };
    },
    'panel/preferences': async (change) => {
      if (change.uiLanguage !== undefined) {
        await writeSetting(db, 'uiLanguage', change.uiLanguage);
        await retitleMenus(db);
      }
      if (change.theme !== undefined) await writeSetting(db, 'theme', change.theme);
      if (change.savePageArchive !== undefined) await writeSetting(db, 'savePageArchive', change.savePageArchive);
      if (change.chatScreenshot !== undefined) await writeSetting(db, 'chatScreenshot', change.chatScreenshot);
      return {
        uiLanguage: await readSetting(db, 'uiLanguage'),
        theme: await readSetting(db, 'theme'),
        savePageArchive: await readSetting(db, 'savePageArchive'),
        chatScreenshot: await readSetting(db, 'chatScreenshot'),
      };
    },
    'panel/intent': async () => {
      const intent = await readSetting(db, 'panelIntent');
      if (intent) await writeSetting(db, 'panelIntent', null);
      return intent;
    },
  };
}
