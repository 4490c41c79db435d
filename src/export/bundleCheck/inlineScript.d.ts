/** A module bundled into one classic script, as text (scripts/lib/inlineScript.mjs). */
declare module '*?inline-script' {
  const source: string;
  export default source;
}
