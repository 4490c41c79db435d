// Export a case: gather → plan → zip. The caller (an extension page) downloads the Blob.

import { type BundlePlan, buildBundlePlan, MANIFEST_PATH, manifestTokenEntries } from '../domain/bundle';
import type { TimestampToken } from '../domain/timestamp/queue';
import { sha256Hex } from '../domain/hash';
import { SELF_CHECK_SCRIPT } from './bundleCheck/script';
import { type CaseSnapshot, gatherBundleInput, type ReadOriginal } from './gather';
import { gatherPublicBundleInput } from './gatherPublic';
import { type ExportProgress, writeBundleZip } from './writeBundle';

export interface ExportOptions {
  readOriginal: ReadOriginal;
  generator: string;
  now: Date;
  timeZone: string;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  /** `public`: the redacted copies only, without personal details or case.json (gatherPublic.ts). */
  variant?: 'public';
  /** The case's trusted-timestamp tokens, written under timestamps/. */
  timestamps?: readonly TimestampToken[];
  /** Asks for a token over the manifest's SHA-256 (timestamps on); null leaves the bundle without one. */
  stampManifest?: (sha256: string) => Promise<{ reply: Uint8Array; chainPem: string } | null>;
}

export interface ExportedBundle {
  blob: Blob;
  /** `<case-slug>-<YYYY-MM-DD>.zip`. */
  fileName: string;
  plan: BundlePlan;
}

export async function exportCase(snapshot: CaseSnapshot, options: ExportOptions): Promise<ExportedBundle> {
  const gather = options.variant === 'public' ? gatherPublicBundleInput : gatherBundleInput;
  const input = await gather(snapshot, options);
  options.signal?.throwIfAborted();
  const plan = await buildBundlePlan({ ...input, selfCheckScript: SELF_CHECK_SCRIPT });
  await addManifestToken(plan, options);
  options.signal?.throwIfAborted();
  const blob = await writeBundleZip(plan, {
    readOriginal: options.readOriginal,
    signal: options.signal,
    onProgress: options.onProgress,
    modified: options.now,
  });
  return { blob, fileName: plan.zipName, plan };
}

async function addManifestToken(plan: BundlePlan, options: ExportOptions): Promise<void> {
  const manifest = plan.entries.find((e) => e.path === MANIFEST_PATH)?.source;
  if (!options.stampManifest || manifest?.kind !== 'bytes') return;
  const token = await options.stampManifest(await sha256Hex(manifest.data)).catch(() => null);
  // After manifest.json and manifest.sha256, which the verifier meets first.
  if (token) plan.entries.splice(2, 0, ...manifestTokenEntries(token));
}
