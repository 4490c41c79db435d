// The floor of any structured reading of the bench page (tests/fixtures/chat-bench/chat.html): a reader
// written for this page's rows (no detection, no generality) and the serialising of its messages.
// Runs in the page's content-script world: both chat benchmarks send its source with executeScript.
export function benchFloor() {
  const t0 = performance.now();
  const messages = [];
  for (let r = document.querySelector('.messages')?.firstElementChild; r; r = r.nextElementSibling) {
    const [name, text, time] = r.children;
    messages.push({
      role: r.classList.contains('visitor') ? 'customer' : 'agent',
      author: name.textContent,
      text: text.textContent.replace(/\s+/g, ' ').trim(),
      time: time.textContent,
    });
  }
  JSON.stringify(messages).length;
  return { total: performance.now() - t0 };
}

/**
 * An expression for an extension page or worker that runs benchFloor in the tab and gives its result.
 * A string, not a function: the floor's source must travel inside it (executeScript sends a function
 * by its source, and extension pages may not eval).
 */
export const floorInTab = (tabId, api = 'chrome') => `(async () => {
  const target = { tabId: ${Number(tabId)} };
  const [r] = await ${api}.scripting.executeScript({ target, func: ${benchFloor} });
  return r.result;
})()`;
