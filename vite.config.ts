/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Lit records its versions and a metadata map on `globalThis`. The widget promises
 * host pages no globals besides its elements and `window.AcuptWidget`, so the
 * bundled copy keeps them module-local instead.
 */
function litWithoutGlobals(): Plugin {
  return {
    name: 'acupt:lit-without-globals',
    transform(code, id) {
      if (!/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return null;
      const out = code
        .replace(/\(\w+\.(litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[^"]*"\)/g, 'void 0')
        .replace(/\w+\.litPropertyMetadata\?\?=new WeakMap/, 'void 0')
        .replace(/\blitPropertyMetadata\b/g, 'acuptPropertyMetadata');
      if (out === code) return null;
      const local = out.includes('acuptPropertyMetadata') ? 'const acuptPropertyMetadata=new WeakMap;' : '';
      return { code: local + out, map: null };
    },
  };
}

// `vite build` writes the ES module; `vite build --mode iife` the classic script sites paste in.
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    plugins: [litWithoutGlobals()],
    define: { __VERSION__: JSON.stringify(version) },
    server: { open: '/demo/index.html' },
    test: { environment: 'node', include: ['test/unit/**/*.test.ts'] },
    build: {
      target: 'es2022',
      emptyOutDir: !iife,
      sourcemap: iife ? false : true,
      lib: iife
        ? { entry: 'src/global.ts', formats: ['iife'], name: 'AcuptWidget', fileName: () => 'acupt-widget.js' }
        : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'acupt-widget.mjs' },
    },
  };
});
