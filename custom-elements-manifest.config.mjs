// The Custom Elements Manifest (custom-elements.json) lists only what a page author or a designer may use: the
// public attributes, properties, events, slots, CSS parts and tokens. The analyzer (0.11.0) records private and
// protected members with their privacy but keeps them, and does not apply `@internal` to lit's static properties;
// the plugin below leaves out, on every element: private and protected members (TypeScript `private`/`protected`,
// `#private`), static members, methods, members whose JSDoc says `@internal`, and lit's internal reactive state
// (`state: true` in `static properties`).
const INTERNAL = /@internal\b/;

function publicApiOnly() {
  const internal = new Set();
  return {
    name: 'collabgov-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node)) return;
      for (const member of node.members) {
        const name = member.name?.getText?.();
        if (!name) continue;
        const docs = (member.jsDoc ?? []).map((d) => d.getText()).join('\n');
        if (INTERNAL.test(docs)) internal.add(name);
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (isStatic && name === 'properties' && member.initializer && ts.isObjectLiteralExpression(member.initializer)) {
          for (const prop of member.initializer.properties) {
            const text = prop.getText();
            if (/\bstate\s*:\s*true\b/.test(text) || INTERNAL.test((prop.jsDoc ?? []).map((d) => d.getText()).join('\n'))) {
              internal.add(prop.name.getText());
            }
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind !== 'class') continue;
          d.members = (d.members ?? []).filter(
            (m) => (m.privacy ?? 'public') === 'public' && !m.static && m.kind !== 'method' && !internal.has(m.name),
          );
          d.attributes = (d.attributes ?? []).filter((a) => !internal.has(a.fieldName));
          // An attribute documented only by `@attr` (on the base class) is text.
          for (const a of d.attributes) a.type ??= { text: 'string' };
        }
      }
    },
  };
}

export default {
  globs: ['src/widgets/**/*.ts', 'src/core/base.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [publicApiOnly()],
};
