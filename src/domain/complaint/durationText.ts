// A length of time as people type it: "27", "2 days", "90 min", "2h 30m", "1.5 hours", 「2天」,
// 「90分钟」, 「两个半小时」. A bare number is hours (the field asks for time lost in hours).

const MINUTES: [RegExp, number][] = [
  [/^(?:w|wk|wks|weeks?|周|星期|个星期|個星期)$/i, 7 * 1440],
  [/^(?:d|days?|天|日)$/i, 1440],
  [/^(?:h|hrs?|hours?|小时|小時|个小时|個小時|钟头|个钟头)$/i, 60],
  [/^(?:m|mins?|minutes?|分钟|分鐘|分)$/i, 1],
];

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 … 九十九 as a number, or null. */
export function chineseNumber(text: string): number | null {
  const m = /^([一二两兩三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || !text) return null;
  const [, tens = '', ten = '', ones = ''] = m;
  if (!ten) return tens && !ones ? (CHINESE_DIGITS[tens] ?? null) : null;
  return (tens ? (CHINESE_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CHINESE_DIGITS[ones] ?? 0) : 0);
}

function amount(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return chineseNumber(text);
}

function unitMinutes(unit: string): number | null {
  return MINUTES.find(([pattern]) => pattern.test(unit))?.[1] ?? null;
}

/** The duration in minutes, or null when the text is not a duration (or is empty). */
export function parseDurationMinutes(value: string | number | undefined): number | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value * 60 : null;
  const text = value.normalize('NFKC').trim().toLowerCase().replace(/,/g, '.');
  if (!text) return null;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text) * 60;
  // Parts like "2 days", "3h", "两个半小时", "半小时"; "and" / "和" / "又" between them.
  const part =
    /([\d.]+|[零一二两兩三四五六七八九十]+)?\s*(个|個)?(半)?\s*([a-z]+|[^\s\d.a-z零一二两兩三四五六七八九十半和又]+)(半)?/gy;
  const cleaned = text.replace(/\s*(?:and|和|又|,|，)\s*/g, ' ').replace(/\s+/g, ' ');
  let total = 0;
  let at = 0;
  let parts = 0;
  while (at < cleaned.length) {
    if (cleaned[at] === ' ') {
      at++;
      continue;
    }
    part.lastIndex = at;
    const m = part.exec(cleaned);
    if (!m) return null;
    const [whole, number, , halfBefore, unit = '', halfAfter] = m;
    const per = unitMinutes(unit);
    const n = number === undefined ? (halfBefore ? 0 : null) : amount(number);
    if (per === null || n === null) return null;
    total += (n + (halfBefore || halfAfter ? 0.5 : 0)) * per;
    at += whole.length;
    parts++;
  }
  return parts ? total : null;
}

/** Hours, for the "time lost" fact. */
export function parseDurationHours(value: string | number | undefined): number | null {
  const minutes = parseDurationMinutes(value);
  return minutes === null ? null : minutes / 60;
}
