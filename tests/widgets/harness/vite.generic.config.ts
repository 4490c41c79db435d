// The extension as built for the zoo's "adapters off" runs: the same build with the adapter list
// (src/capture/chat/registry.ts) replaced by an empty one, so every page is read by the generic
// reader alone. An alias, because CRXJS builds the content script with the parent's `resolve` but
// not its plugins. Used only by the zoo harness; dist/ and the shipped extension are not affected.
import { fileURLToPath } from 'node:url';
import { type ConfigEnv, mergeConfig, type UserConfig } from 'vite';
import base from '../../../vite.config';

export default (env: ConfigEnv): UserConfig =>
  mergeConfig(base(env) as UserConfig, {
    resolve: {
      alias: [
        { find: /^\.\/registry(\.ts)?$/, replacement: fileURLToPath(new URL('./noAdapters.ts', import.meta.url)) },
      ],
    },
    build: { outDir: process.env.ZOO_GENERIC_DIST ?? '.tmp/widgets/dist-generic' },
  });
