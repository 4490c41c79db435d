// Export a case: gather → plan → zip. The caller (an extension page) downloads the Blob.

import { type BundlePlan, buildBundlePlan } from '../domain/bundle';
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
  const plan = await buildBundlePlan(input);
  const blob = await writeBundleZip(plan, {
    readOriginal: options.readOriginal,
    signal: options.signal,
    onProgress: options.onProgress,
    modified: options.now,
  });
  return { blob, fileName: plan.zipName, plan };
}
