// Generates custom-elements.json from the JSDoc on each element class (run by `npm run build`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The base's emit(type, …) dispatches whatever event its caller names; the analyzer
      // would list a bogus event called "type". Real events are documented with @event.
      name: 'acupt:no-dynamic-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const declaration of mod.declarations ?? [])
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'type');
      },
    },
  ],
};
