/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { texts } from './scripts/texts.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Lit records its versions and a metadata map on `globalThis`, and polyfills
 * `Symbol.metadata` for standard decorators. The widget promises host pages no globals
 * besides its elements and `window.AcuptWidget` and no change to their built-ins, so the
 * bundled copy keeps the map module-local and drops the rest (it uses no decorators:
 * Lit then reads `this[undefined]`, finds nothing, and skips decorator metadata). It also
 * shortens two of Lit's error messages, for mistakes our static styles cannot make.
 */
function litWithoutGlobals(): Plugin {
  return {
    name: 'acupt:lit-without-globals',
    transform(code, id) {
      if (!/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(id)) return null;
      const out = code
        .replace(/\(\w+\.(litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[^"]*"\)/g, 'void 0')
        .replace(/\w+\.litPropertyMetadata\?\?=new WeakMap/, 'void 0')
        .replace(/Symbol\.metadata\?\?=Symbol\("metadata"\)/, 'void 0')
        .replace(/\blitPropertyMetadata\b/g, 'acuptPropertyMetadata')
        // Messages for programming mistakes the widget's own static styles cannot make: short, for the budget.
        .replace(/"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"[^"]*"/, '"css: not a css result: "+$1')
        .replace(/"CSSResult is not constructable[^"]*"/, '"CSSResult: use css"');
      if (out === code) return null;
      const local = out.includes('acuptPropertyMetadata') ? 'const acuptPropertyMetadata=new WeakMap;' : '';
      return { code: local + out, map: null };
    },
  };
}

/**
 * Code paths of Lit and Floating UI the widget cannot take, left out for the size budget: Lit's
 * `<style>` fallback for browsers without constructable style sheets (every supported browser has
 * them; a strict CSP would refuse the fallback anyway), attribute conversion to Boolean, Number,
 * Object or Array (every property is a string), and the polyfill and hydration hooks; Floating
 * UI's own overflow detection (the widget's platform brings one: src/shared/popover.ts). A
 * library whose code no longer reads so fails the build.
 */
function unusedPaths(): Plugin {
  const cuts: [RegExp, RegExp, string][] = [
    [/@lit\/reactive-element\/css-tag\.js$/, /else for\(const e of o\)\{const o=document\.createElement\("style"\)[^}]*\}/, ''],
    [/@lit\/reactive-element\/css-tag\.js$/, /c=e\?t=>t:t=>t instanceof CSSStyleSheet\?\(t=>\{[^}]*\}\)\(t\):t/, 'c=t=>t'],
    [/@lit\/reactive-element\/reactive-element\.js$/, /u=\{toAttribute\(t,s\)\{switch\(s\)\{.*?return i\}\}/, 'u={toAttribute:d,fromAttribute:d}'],
    // The hooks of the ShadyDOM polyfills and of server-side rendering's hydration, which Lit looks
    // up on `globalThis`: a page's global of one of those names would be handed the widget's classes.
    [/@lit\/reactive-element\/css-tag\.js$/, /=(\w)\.ShadowRoot&&\(void 0===\1\.ShadyCSS\|\|\1\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/, '=!0'],
    [/@lit\/reactive-element\/reactive-element\.js$/, /\w+\?\.\(\{ReactiveElement:\w+\}\),/, ''],
    [/@lit\/reactive-element\/reactive-element\.js$/, /\w+\.reactiveElementPolyfillSupport/, 'void 0'],
    [/lit-html\/lit-html\.js$/, /\w+\.litHtmlPolyfillSupport;(\w+)\?\.\(\w+,\w+\)/, 'void 0;0'],
    // Floating UI's detectOverflow, for a platform without one: the widget's brings its own.
    [/@floating-ui\/core\/dist\/floating-ui\.core\.mjs$/, /platform\.detectOverflow \? platform : \{\s*\.\.\.platform,\s*detectOverflow\s*\}/, 'platform'],
    [/lit-element\/lit-element\.js$/, /\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\);const (\w+)=\w+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:\w+\}\);/, '0;'],
  ];
  return {
    name: 'acupt:unused-paths',
    apply: 'build',
    transform(code, id) {
      let out = code;
      for (const [file, path, by] of cuts) {
        if (!file.test(id)) continue;
        if (!path.test(out)) throw new Error(`acupt:unused-paths: ${path} is not in ${id}`);
        out = out.replace(path, by);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

interface Node {
  type?: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Whitespace-only minification of the static parts of Lit's `css` and `html` templates. */
export function squeeze(tag: 'css' | 'html', text: string): string {
  if (tag === 'html') return text.replace(/\s+/g, ' ');
  // Not before ":" (a space there is a descendant combinator) nor around "+"/"-" (calc()).
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2');
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** `code` with each range replaced by its text (ranges of the original, not overlapping). */
const edited = (code: string, edits: Edit[]) =>
  edits.sort((a, b) => b.start - a.start).reduce((out, { start, end, text }) => out.slice(0, start) + text + out.slice(end), code);

/**
 * Lit ships its templates' text as written. Minifying the bundle leaves their indentation,
 * which costs the size budget ~0.7 kB gzip, so the static parts are squeezed here.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'acupt:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      const edits: Edit[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as Node;
        const tag = (n.tag as { name?: string } | undefined)?.name;
        if (n.type === 'TaggedTemplateExpression' && (tag === 'css' || tag === 'html')) {
          for (const q of (n.quasi as { quasis: Node[] }).quasis) {
            edits.push({ start: q.start, end: q.end, text: squeeze(tag, code.slice(q.start, q.end)) });
          }
        }
        for (const key in n) if (key !== 'tag') visit(n[key]);
      };
      visit(this.parse(code));
      return edits.length ? { code: edited(code, edits), map: null } : null;
    },
  };
}

/**
 * The built-in Spanish ships as its texts alone, in the order of the English ones, as an
 * add-on does (src/i18n/pack.ts): the English gives the names back when the script starts.
 * Readable source, 0.25 kB less in the budget.
 */
function flatTranslations(): Plugin {
  return {
    name: 'acupt:flat-translations',
    apply: 'build',
    async load(id) {
      if (!/\/src\/i18n\/translations\/[\w-]+\.ts$/.test(id)) return null;
      return `import { unflatten } from '../pack.js';\nexport default unflatten(${JSON.stringify(await texts(id))});`;
    },
  };
}

/**
 * A second copy of the classic script (two plugins, two versions) stops before any of its
 * code runs: its Lit would otherwise ask again for the `lit-html` Trusted Types policy,
 * which a strict CSP refuses. The first copy stays in use; a different version says so.
 */
// No declarations: this text is inserted into the minified IIFE, whose names it must not clash with.
// (An add-on loaded first leaves a namespace with no version: that one the core takes over.)
const secondCopy = `if(window.AcuptWidget?.version){window.AcuptWidget.version!=="${version}"&&console.warn("[acupt-widget] version ${version} ignored: "+window.AcuptWidget.version+" is already running.");return}`;

/**
 * The classic script's first line. A byte order mark: a page that declares no encoding (so the
 * browser reads it as windows-1252) loading the script without `charset=utf-8` (Apache's default
 * for .js) would decode the script as the page, "15â€“30"; the mark decides a classic script's
 * encoding before either. (A module is always UTF-8.) Then V8's compile hint (Chrome 136+; a
 * comment elsewhere): nearly every function runs as the elements first render, so compiling
 * them all with the script, off the main thread, saves compiling each lazily on it as it is first
 * called. Lighthouse traces of the bench's page, 9 alternating runs each: the widget's main-thread
 * work per load 74 → 64 ms (script at the end of the body) and 81 → 65 ms (`defer`), the
 * longest widget task in a run a median 9.5 → 7.4 ms.
 */
function scriptHead(): Plugin {
  return {
    name: 'acupt:script-head',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = '\uFEFF//# allFunctionsCalledOnLoad\n' + chunk.code;
    },
  };
}

/**
 * The modules that each begin a phase of the classic script. Run at once, its modules (Lit's first
 * touch of the DOM's interfaces, each element's classes, texts and styles) and compiling the
 * script held the page's main thread for one task of 11–20 ms on this machine: a long task on
 * PageSpeed's 4× slower phone whenever the script runs after the first paint (`defer`). So the
 * modules before the first of these run in the script's own task, the page's defaults and the
 * namespace among them (src/global.ts), and each phase in a task after the one before: 0.2 to
 * 3.6 ms each here (medians). Modules run in the order they are imported, each using only what modules
 * before it declare, which stays in scope of every later phase.
 */
const PHASES = [
  'src/i18n/translations/es.ts',
  '@lit/reactive-element/css-tag.js',
  'lit-html/lit-html.js',
  'src/shared/attrs.ts',
  'src/shared/base.styles.ts',
  '@floating-ui/utils/dist/floating-ui.utils.mjs',
  'src/content/sources.ts',
  'src/quiz/questions.ts',
];
const PHASE = '__acupt_phase__';

function phases(): Plugin {
  return {
    name: 'acupt:phases',
    apply: 'build',
    transform(code, id) {
      return PHASES.some((end) => id.endsWith(`/${end}`)) ? { code: `${PHASE}();\n${code}`, map: null } : null;
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const edits: Edit[] = [];
        // (function(){ …modules… })(): each marker, a statement of the function's body or one of a
        // sequence of expressions that is one, becomes the start of a function run in a later task.
        // In parentheses, as V8 compiles such a function with the script, off the main thread; else
        // each phase would parse all the code of the phases after it again as it starts.
        const [iife] = this.parse(chunk.code).body as unknown as Node[];
        const body = ((iife?.expression as Node)?.callee as Node)?.body as Node | undefined;
        const isMarker = (n: Node) => n.type === 'CallExpression' && (n.callee as Node).name === PHASE;
        for (const statement of (body?.body as Node[]) ?? []) {
          const expr = statement.type === 'ExpressionStatement' ? (statement.expression as Node) : undefined;
          const list = expr?.type === 'SequenceExpression' ? (expr.expressions as Node[]) : expr ? [expr] : [];
          list.forEach((n, i) => {
            if (!isMarker(n)) return;
            const before = list[i - 1];
            const after = list[i + 1];
            const [start, end] = list.length === 1 ? [statement.start, statement.end] : [before?.end ?? n.start, after?.start ?? n.end];
            edits.push({ start, end, text: `${before ? ';' : ''}setTimeout((function(){` });
          });
        }
        if (edits.length !== PHASES.length || chunk.code.split(PHASE).length - 1 !== PHASES.length)
          throw new Error(`acupt:phases: ${edits.length} of ${PHASES.length} phases found at the top of the script`);
        edits.push({ start: body!.end - 1, end: body!.end - 1, text: '}))'.repeat(PHASES.length) });
        chunk.code = edited(chunk.code, edits);
        this.parse(chunk.code);
      }
    },
  };
}

// `vite build` writes the ES module; `vite build --mode iife` the classic script sites paste in.
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    plugins: [litWithoutGlobals(), unusedPaths(), minifyTemplates(), flatTranslations(), ...(iife ? [phases(), scriptHead()] : [])],
    define: { __VERSION__: JSON.stringify(version) },
    server: { open: '/demo/index.html' },
    test: { environment: 'node', include: ['test/unit/**/*.test.ts'] },
    build: {
      target: 'es2022',
      emptyOutDir: !iife,
      sourcemap: iife ? false : true,
      rolldownOptions: iife ? { output: { intro: secondCopy } } : {},
      lib: iife
        ? { entry: 'src/global.ts', formats: ['iife'], name: 'AcuptWidget', fileName: () => 'acupt-widget.js' }
        : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'acupt-widget.mjs' },
    },
  };
});
