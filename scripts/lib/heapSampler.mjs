// Peak JS heap of a page while something runs: CDP Runtime.getHeapUsage (the V8 heap plus
// ArrayBuffer backing stores, where file bytes read into JavaScript land) sampled every 25 ms,
// after a garbage collection. Shared by the e2e memory budgets and `npm run bench`.

/**
 * @template T
 * @param {import('playwright-core').CDPSession} cdp a CDP session attached to the page
 * @param {() => Promise<T>} work
 * @returns {Promise<{ value: T, peak: number, start: number }>} in bytes: the peak, and the heap
 *   (after a garbage collection) just before `work` began
 */
export async function peakHeapDuring(cdp, work) {
  await cdp.send('HeapProfiler.collectGarbage');
  let peak = 0;
  let sampling = true;
  const sample = async () => {
    const usage = await cdp.send('Runtime.getHeapUsage');
    peak = Math.max(peak, usage.usedSize + (usage.backingStorageSize ?? 0));
  };
  await sample();
  const start = peak;
  const sampler = (async () => {
    while (sampling) {
      await sample();
      await new Promise((r) => setTimeout(r, 25));
    }
  })();
  let value;
  try {
    value = await work();
  } finally {
    sampling = false;
    await sampler;
  }
  await sample();
  return { value, peak, start };
}
