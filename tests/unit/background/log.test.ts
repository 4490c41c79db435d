// The worker's logger: console lines with the Proofpack prefix, at or above its threshold.
import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel, logFailure } from '../../../src/background/log';

function recordingSink() {
  const lines: [LogLevel, unknown[]][] = [];
  const at =
    (level: LogLevel) =>
    (...args: unknown[]) =>
      void lines.push([level, args]);
  return { lines, sink: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

describe('logger', () => {
  it('prefixes every line and passes details through untouched', () => {
    const { lines, sink } = recordingSink();
    const error = new Error('disk full');
    createLogger(sink).error('capture failed', error, { tabId: 3 });
    expect(lines).toEqual([['error', ['[Proofpack] capture failed', error, { tabId: 3 }]]]);
  });

  it('drops lines below its threshold', () => {
    const { lines, sink } = recordingSink();
    const log = createLogger(sink, 'warn');
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    expect(lines.map(([level]) => level)).toEqual(['warn', 'error']);
  });

  it('logs a rejection with what failed, at the level asked for', async () => {
    const { lines, sink } = recordingSink();
    const log = createLogger(sink, 'debug');
    const error = new Error('gone');
    await Promise.reject(error).catch(logFailure('badge refresh', 'warn', log));
    expect(lines).toEqual([['warn', ['[Proofpack] badge refresh failed:', error]]]);
  });
});
