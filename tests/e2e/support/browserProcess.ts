// The browser process of one e2e profile, found by its own --user-data-dir (never by name), so a test
// can kill exactly that browser as a crash or power cut would: SIGKILL, no shutdown code runs.
import { readdirSync, readFileSync } from 'node:fs';

/** The pid of the main browser process (not a renderer or helper: those carry --type=) of the profile. */
export function browserPid(userDataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type='))) return +entry;
  }
  throw new Error(`No browser process for ${userDataDir}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGKILLs the profile's browser and waits until it is gone (helpers exit when it does). */
export async function killBrowser(userDataDir: string): Promise<void> {
  const pid = browserPid(userDataDir);
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 200 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (alive(pid)) throw new Error(`Browser ${pid} survived SIGKILL`);
}
