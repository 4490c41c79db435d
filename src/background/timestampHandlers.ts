// Requests about trusted timestamps: the settings, the tokens a case's items have, and the export's
// token over its manifest. The panel asks for the authority's host permission before turning on.
import { chosenAuthority, customAuthority, type TimestampSettings } from '../domain/timestamp/authorities';
import { ProofpackError } from '../messaging/protocol';
import type { HandlerMap } from '../messaging/server';
import type { ProofpackDb } from '../storage/db';
import { readSetting } from '../storage/settings';
import { authorityFailing, tokenOfItem, tokensOfCase } from '../storage/timestamps';
import { saveTimestampSettings, timestampManifest, timestampNewEvidence } from './timestamps';

type TimestampRequest = 'timestamps/settings' | 'timestamps/list' | 'timestamps/status' | 'timestamps/manifest';

const base64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

function checked(change: Partial<TimestampSettings>): Partial<TimestampSettings> {
  const out: Partial<TimestampSettings> = {};
  if (typeof change.enabled === 'boolean') out.enabled = change.enabled;
  if (change.authority && ['digicert', 'sectigo', 'freetsa', 'custom'].includes(change.authority))
    out.authority = change.authority;
  if (typeof change.customUrl === 'string') {
    if (change.customUrl.trim() && !customAuthority(change.customUrl))
      throw new ProofpackError('forbidden', 'The authority URL must be https:// (or http:// on this computer).');
    out.customUrl = change.customUrl.trim().slice(0, 2000);
  }
  return out;
}

export function createTimestampHandlers(db: ProofpackDb): Pick<HandlerMap, TimestampRequest> {
  return {
    'timestamps/settings': async (change) => {
      if (Object.keys(change).length === 0) return readSetting(db, 'timestamps');
      const next = await saveTimestampSettings(db, checked(change));
      // Turned on: what the current case already holds is stamped too.
      if (next.enabled) void timestampNewEvidence(db, await readSetting(db, 'currentCaseId')).catch(() => undefined);
      return next;
    },
    'timestamps/list': async ({ caseId }) =>
      (await tokensOfCase(db, caseId)).map(({ evidenceId, subject, sha256, authority, genTime }) => ({
        evidenceId,
        subject,
        sha256,
        authority,
        genTime,
      })),
    'timestamps/status': async ({ evidenceId }) => {
      const token = await tokenOfItem(db, evidenceId);
      if (token) return { state: 'stamped', authority: token.authority, genTime: token.genTime };
      const authority = chosenAuthority(await readSetting(db, 'timestamps'));
      if (!authority) return { state: 'off' };
      return { state: 'waiting', authority: authority.name, unreachable: await authorityFailing(db) };
    },
    'timestamps/manifest': async ({ sha256 }) => {
      const token = await timestampManifest(db, sha256);
      if (!token) return null;
      return {
        replyBase64: base64(token.reply),
        chainPem: token.chainPem,
        genTime: token.genTime,
        authority: token.authority,
      };
    },
  };
}
