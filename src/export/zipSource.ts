// The streaming zip reader's (domain/bundle/zipReader.mjs) way into a picked File or any Blob:
// byte ranges through Blob.slice, so only the chunk being read is in memory; CRC-32 and SHA-256
// taken as the chunks pass. Small entries are hashed whole by WebCrypto (about 4× faster than the
// incremental SHA-256 in JavaScript); entries past WHOLE_HASH_LIMIT stream through it.
import type { RandomAccess, ZipTools } from '../domain/bundle/zipReader.mjs';
import { crc32 } from '../domain/crc32';
import { sha256Hex } from '../domain/hash';
import { Sha256 } from '../domain/sha256';

export const WHOLE_HASH_LIMIT = 32 * 1024 * 1024;

export function blobSource(blob: Blob): RandomAccess {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

export const zipTools: ZipTools = {
  crc32,
  createHash: () => new Sha256(),
  wholeHash: sha256Hex,
  wholeLimit: WHOLE_HASH_LIMIT,
};
