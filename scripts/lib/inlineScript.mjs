// `import source from './x.ts?inline-script'`: the module and everything it imports, bundled by
// Rolldown into one classic script and handed over as a string. The bundle's index.html carries its
// self-check this way, inline, so it runs from file:// under a CSP that admits that script by hash.
import { dirname, resolve } from 'node:path';
import { rolldown } from 'rolldown';

const QUERY = '?inline-script';
const PREFIX = '\0inline-script:';

/** @returns {import('vite').Plugin} */
export function inlineScript() {
  return {
    name: 'proofpack:inline-script',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(QUERY) || !importer) return null;
      return PREFIX + resolve(dirname(importer.replace(/\?.*$/, '')), source.slice(0, -QUERY.length));
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const bundle = await rolldown({ input: id.slice(PREFIX.length), platform: 'browser', logLevel: 'warn' });
      try {
        const { output } = await bundle.generate({ format: 'iife', minify: false });
        for (const file of await bundle.watchFiles) this.addWatchFile(file);
        // The script sits inside <script>…</script>: no "</script" may appear in it.
        const code = (output[0]?.code ?? '').replace(/<\/(script)/gi, '<\\/$1');
        return `export default ${JSON.stringify(code)};`;
      } finally {
        await bundle.close();
      }
    },
  };
}
