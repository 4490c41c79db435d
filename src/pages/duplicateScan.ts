// Finds a case's duplicates for the evidence list, in the panel's page after the list is drawn:
// screenshots by their capture-time hash, then (only among those of the same size) by their decoded
// pixels; chat captures by reading the transcripts a recording might contain. Originals never change,
// so what was read is kept by hash for the next scan.
import { type DuplicateFinding, type DuplicateSource, findDuplicates } from '../domain/complaint';
import { type Evidence, originalFileOf } from '../domain/evidence';
import { parseTranscript } from '../domain/transcript';
import { pixelDigest } from '../capture/pixelDigest';
import { openDatabase, type ProofpackDb } from '../storage/db';
import { getOriginal } from '../storage/evidence';

/** Decoding holds the whole image in memory: larger screenshots are compared by their hash only. */
const PIXEL_LIMIT = 40_000_000;

const pixelsBySha = new Map<string, string | null>();
const linesBySha = new Map<string, { role: string; text: string }[] | null>();
let db: ProofpackDb | null = null;

async function cached<T>(cache: Map<string, T | null>, sha256: string, read: () => Promise<T | null>) {
  if (!cache.has(sha256)) cache.set(sha256, await read().catch(() => null));
  return cache.get(sha256) ?? undefined;
}

export async function scanDuplicates(items: readonly Evidence[]): Promise<DuplicateFinding[]> {
  db ??= openDatabase();
  const store = db;
  const shots = items.flatMap((e) => (e.kind === 'screenshot' ? [e] : []));
  const sizeKey = (e: (typeof shots)[number]) => `${e.image.width}x${e.image.height}`;
  const hashesBySize = new Map<string, Set<string>>();
  for (const e of shots) hashesBySize.set(sizeKey(e), (hashesBySize.get(sizeKey(e)) ?? new Set()).add(e.image.sha256));
  const longest = Math.max(0, ...items.map((e) => (e.kind === 'transcript' && e.recording ? e.messageCount : 0)));
  const sources: DuplicateSource[] = [];
  for (const e of items) {
    const sha256 = originalFileOf(e).sha256;
    const source: DuplicateSource = { id: e.id, kind: e.kind, capturedAtMs: e.capturedAtMs, sha256 };
    if (e.kind === 'screenshot' && (hashesBySize.get(sizeKey(e))?.size ?? 0) > 1 && !e.fullPage) {
      if (e.image.width * e.image.height <= PIXEL_LIMIT) {
        const read = async () => {
          const png = await getOriginal(store, e.id);
          return png ? pixelDigest(png) : null;
        };
        const pixels = await cached(pixelsBySha, sha256, read);
        if (pixels) source.pixels = pixels;
      }
    } else if (e.kind === 'transcript' && longest > 0 && e.messageCount <= longest) {
      const read = async () => {
        const json = await getOriginal(store, e.id);
        const parsed = json ? parseTranscript(await json.text()) : null;
        return parsed?.messages.map(({ role, text }) => ({ role, text })) ?? null;
      };
      const messages = await cached(linesBySha, sha256, read);
      source.recording = Boolean(e.recording);
      if (messages) source.messages = messages;
    }
    sources.push(source);
  }
  return findDuplicates(sources);
}
