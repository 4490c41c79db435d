// What every benchmark shares: the JSON-or-text report line and small statistics.
export const json = process.argv.includes('--json');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const round = (x, digits = 2) =>
  x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits;

/** One figure beside the baseline measured in the same run; `target` is the budget for the ratio. */
export function report(name, value, baseline, unit, target) {
  const ratio = baseline ? value / baseline : null;
  if (json) {
    console.log(
      JSON.stringify({
        name,
        value: round(value),
        baseline: round(baseline),
        ratio: ratio === null ? null : round(ratio, 3),
        unit,
      }),
    );
  } else {
    const verdict =
      target === undefined || ratio === null
        ? ''
        : ratio <= target
          ? `  ✓ (target ≤ ${target})`
          : `  ✗ over target ≤ ${target}`;
    console.log(
      `${name}: ${round(value)} ${unit} vs baseline ${round(baseline)} ${unit} ` +
        `→ ratio ${ratio === null ? 'n/a' : round(ratio, 3)}${verdict}`,
    );
  }
}

/** A provider page in front and an extension page to send requests from, with the worker (capture benchmarks). */
export async function capturePages(session, server) {
  const provider = await session.context.newPage();
  await provider.goto(server.url('provider/index.html'));
  const panel = await session.context.newPage();
  await panel.goto(session.extensionUrl('src/ui/sidepanel/index.html'));
  await provider.bringToFront();
  return { provider, panel, sw: await session.serviceWorker() };
}
