// Sums and durations a letter shows with their formula, so the reader can check each figure:
// the pro-rata refund of an outage, the repair-duty breach of 《电信条例》 art. 32, and simple interest.

const HOUR = 3_600_000;

/** A month of service as 30 days (720 h): the convention the letter states in its formula. */
export const MONTH_HOURS = 720;

export interface ProRataRefund {
  monthlyFee: number;
  outageHours: number;
  monthHours: number;
  amount: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
/** Hours to one decimal: `57.5`. */
export const roundHours = (h: number): number => Math.round(h * 10) / 10;

/** `monthlyFee × outageHours / 720 h`, capped at one month's fee. */
export function proRataRefund(monthlyFee: number, outageMs: number): ProRataRefund | null {
  if (!(monthlyFee > 0) || !(outageMs > 0)) return null;
  const outageHours = roundHours(outageMs / HOUR);
  const amount = round2(Math.min(monthlyFee, (monthlyFee * outageHours) / MONTH_HOURS));
  return { monthlyFee, outageHours, monthHours: MONTH_HOURS, amount };
}

export interface RepairDuty {
  /** When the fault was reported (the clock starts 自接到申告之日起). */
  reportedMs: number;
  limitHours: 48 | 72;
  dueMs: number;
  /** When service came back, or null while still down. */
  restoredMs: number | null;
  /** Hours past the deadline at restoration (or at `now` while down); 0 when repaired in time. */
  overdueHours: number;
}

export function repairDuty(
  reportedMs: number,
  rural: boolean,
  restoredMs: number | null,
  now: number,
): RepairDuty | null {
  const limitHours = rural ? 72 : 48;
  const dueMs = reportedMs + limitHours * HOUR;
  const endMs = restoredMs ?? now;
  if (endMs < reportedMs) return null;
  return { reportedMs, limitHours, dueMs, restoredMs, overdueHours: Math.max(0, roundHours((endMs - dueMs) / HOUR)) };
}

export interface SimpleInterest {
  principal: number;
  ratePercent: number;
  days: number;
  perDay: number;
  amount: number;
}

/** Simple interest `principal × rate × days / 365`, with the daily figure a claim form asks for. */
export function simpleInterest(principal: number, ratePercent: number, days: number): SimpleInterest | null {
  if (!(principal > 0) || !(days > 0)) return null;
  const perDay = (principal * ratePercent) / 100 / 365;
  return { principal, ratePercent, days, perDay: Math.round(perDay * 10_000) / 10_000, amount: round2(perDay * days) };
}
