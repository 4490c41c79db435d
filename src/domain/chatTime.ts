// When a chat took place, from the times it displays: a captured chat is dated at its first shown
// time, not at the moment it was captured. Pure: the capture's own instant and offset give the
// day and the zone for times shown without a date.

const CLOCK = /(?:(上午|下午|晚上|早上|凌晨|中午)\s*)?(\d{1,2})[:：](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?/i;
const YMD = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
const MD = /(?:^|\s)(\d{1,2})[-/.月](\d{1,2})日?(?=\s)/;
const YESTERDAY = /yesterday|昨天/i;
const OFFSET = /([+-]\d{2}:\d{2}|Z)$/;

const pad = (n: number): string => String(n).padStart(2, '0');

function hours24(h: number, half: string | undefined, ampm: string | undefined): number {
  const pm = ampm?.toLowerCase() === 'p' || half === '下午' || half === '晚上' || (half === '中午' && h < 11);
  const am = ampm?.toLowerCase() === 'a' || half === '上午' || half === '早上' || half === '凌晨';
  if (pm && h < 12) return h + 12;
  if (am && h === 12) return 0;
  return h;
}

/**
 * The instant (RFC 3339, in the capture's offset) a displayed chat time stands for, or null when the
 * text is no time. A time without a date is on the capture's day, or the day before when that would
 * be after the capture.
 */
export function shownTimeAt(shown: string, capturedAt: string): string | null {
  const clock = CLOCK.exec(shown);
  const offset = OFFSET.exec(capturedAt)?.[1];
  const captured = Date.parse(capturedAt);
  if (!clock || !offset || Number.isNaN(captured)) return null;
  const h = hours24(Number(clock[2]), clock[1], clock[5]);
  const m = Number(clock[3]);
  const s = Number(clock[4] ?? 0);
  if (h > 23 || m > 59 || s > 59) return null;
  const day = capturedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const ymd = YMD.exec(shown);
  const md = ymd ? null : MD.exec(` ${shown}`);
  let [y, mo, d] = ymd ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])] : day;
  if (md) [mo, d] = [Number(md[1]), Number(md[2])];
  const zone = offset === 'Z' ? '+00:00' : offset;
  const at = (yy: number, mm: number, dd: number): string => {
    const date = new Date(Date.UTC(yy, mm - 1, dd));
    const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    return `${day}T${pad(h)}:${pad(m)}:${pad(s)}.000${zone}`;
  };
  if (YESTERDAY.test(shown)) return at(y, mo, d - 1);
  const same = at(y, mo, d);
  return !ymd && !md && Date.parse(same) > captured ? at(y, mo, d - 1) : same;
}

/** When the chat began as it shows it: the first message time that reads as a time, else null. */
export function chatShownStart(messages: readonly { time?: string }[], capturedAt: string): string | null {
  for (const m of messages) {
    const at = m.time ? shownTimeAt(m.time, capturedAt) : null;
    if (at) return at;
  }
  return null;
}
