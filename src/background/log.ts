// The worker's log: the browser's console only (nothing leaves the machine), every line prefixed
// so it stands out among the page's own, at four levels with a threshold.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
export const LOG_PREFIX = '[Proofpack]';

export type Logger = Record<LogLevel, (message: string, ...details: unknown[]) => void>;

export function createLogger(sink: Pick<Console, LogLevel> = console, threshold: LogLevel = 'info'): Logger {
  const at =
    (level: LogLevel) =>
    (message: string, ...details: unknown[]): void => {
      if (RANK[level] >= RANK[threshold]) sink[level](`${LOG_PREFIX} ${message}`, ...details);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const log = createLogger();

/** A rejection handler that logs what failed and goes on: `void work().catch(logFailure('reminder sync'))`. */
export function logFailure(what: string, level: LogLevel = 'error', logger: Logger = log): (error: unknown) => void {
  return (error) => logger[level](`${what} failed:`, error);
}
