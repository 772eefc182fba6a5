// Modules the studio's build (scripts/studio/build.mjs) makes: the built files it exports, and the widgets'
// declared attributes read from the Custom Elements Manifest.
declare module 'virtual:cg-studio-files' {
  /** The texts of dist/collabgov.iife.js, dist/collabgov-checks.js, dist/embed.js and each dist/collabgov-<lang>.js. */
  const files: { iife: string; checks: string; embed: string; version: string; languages: Record<string, string> };
  export default files;
}
declare module 'virtual:cg-attributes' {
  /** Per widget (`form-picker`, ...), each attribute it declares: name, type text and description. */
  const attributes: Record<string, { name: string; type: string; description: string }[]>;
  export default attributes;
}
