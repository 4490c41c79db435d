// Keeps a page on loopback, as its stubbed backend would: remote stylesheets/fonts/scripts a library
// adds at run time are left out, and fetch() to another host answers 404 locally. Import it first.
const remote = (url) => {
  try {
    const u = new URL(url, location.href);
    return /^https?:$/.test(u.protocol) && u.host !== location.host && !u.hostname.endsWith('.test');
  } catch {
    return false;
  }
};
const blocked = (node) =>
  (node instanceof HTMLLinkElement && remote(node.href)) ||
  (node instanceof HTMLScriptElement && node.src && remote(node.src));
for (const method of ['appendChild', 'insertBefore']) {
  const original = Node.prototype[method];
  Node.prototype[method] = function (node, ...rest) {
    return blocked(node) ? node : original.call(this, node, ...rest);
  };
}
const originalFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  remote(typeof input === 'string' ? input : input.url)
    ? Promise.resolve(new Response('', { status: 404 }))
    : originalFetch(input, init);
