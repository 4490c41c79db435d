// The bundle's self-check, bundled at build time into one classic script (scripts/lib/inlineScript.mjs)
// that index.html carries inline: a recipient checks the bundle offline with neither Node nor this repository.
import source from './checkPage.ts?inline-script';

export const SELF_CHECK_SCRIPT: string = source;
