// Builders for storage tests: realistic evidence records and a fresh database per test.
import type { ScreenshotEvidence } from '../../../src/domain/evidence';
import { openDatabase } from '../../../src/storage/db';

let counter = 0;

export function freshDb(upToVersion?: number) {
  counter++;
  return openDatabase(`proofpack-test-${counter}-${Math.random().toString(36).slice(2)}`, upToVersion);
}

export function screenshot(overrides: Partial<ScreenshotEvidence> = {}): ScreenshotEvidence {
  counter++;
  const at = overrides.capturedAtMs ?? Date.parse('2026-11-23T11:00:00Z') + counter * 1000;
  return {
    id: `ev-${counter}`,
    caseId: 'default',
    kind: 'screenshot',
    capturedAt: new Date(at).toISOString().replace('Z', '+00:00'),
    capturedAtMs: at,
    timeZone: 'UTC',
    url: 'https://desk.example.com/status',
    title: 'Status',
    caption: '',
    userAgent: 'Mozilla/5.0 Chrome/156',
    viewport: { width: 1280, height: 720 },
    devicePixelRatio: 1,
    image: { mediaType: 'image/png', bytes: 4, sha256: 'ab'.repeat(32), width: 1280, height: 720 },
    ...overrides,
  };
}

export const png = (text = 'png!') => new Blob([text], { type: 'image/png' });
