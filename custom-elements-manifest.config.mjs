/**
 * Custom Elements Manifest settings. Lit's `state: true` properties in `static properties` are
 * internal, but the analyzer lists them as attributes: drop attributes whose field is private.
 */
export default {
  globs: ['src/elements/**/*.ts'],
  // The shared base class is read so that its attributes (`lang`, `primary`) are listed, inherited,
  // on every element.
  exclude: ['src/elements/shared/!(cap-element).ts', 'src/**/*.styles.ts', 'src/**/messages.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'cap-hide-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            const hidden = new Set(
              (declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name),
            );
            declaration.attributes = (declaration.attributes ?? []).filter((a) => !hidden.has(a.fieldName));
            declaration.members = (declaration.members ?? []).filter((m) => !hidden.has(m.name) || m.kind === 'method');
          }
        }
      },
    },
  ],
};
