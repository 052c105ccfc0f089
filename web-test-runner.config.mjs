import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFileSync } from 'node:fs';
import { engines } from './scripts/launchers.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** The policy a strict clinic site sends; pages named *.csp.html are served under it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * `executeServerCommand('heap')` in a test: forces a full garbage collection in that test's
 * page, then reports what survived it, through the Chrome DevTools Protocol of the page
 * (puppeteer's, from @web/test-runner-chrome). The leak tests in lifecycle.test.ts compare
 * a report taken before a thousand mount/unmount cycles with one taken after.
 *
 * Returns `{ heap, nodes, listeners, on: { window, document, visualViewport } }`: V8 heap
 * bytes in use, DOM nodes and JS event listeners alive in the renderer (the whole page,
 * shadow roots included), and the listeners on `window`, `document` and `visualViewport`
 * (where Floating UI's autoUpdate listens), counted by event type.
 */
function heapCommand() {
  /** One DevTools session per page, opened on first use. */
  const sessions = new WeakMap();
  return {
    name: 'acupt:heap-command',
    async executeCommand({ command, session }) {
      if (command !== 'heap') return undefined;
      // The DevTools Protocol is Chromium's: elsewhere the test counts what it can in the page.
      if (session.browser.name !== 'Chrome') return null;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      // Twice: what the first collection only finalises (weak callbacks) the second frees.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      const on = {};
      for (const target of ['window', 'document', 'visualViewport']) {
        const { result } = await cdp.send('Runtime.evaluate', { expression: target, objectGroup: 'acupt-heap' });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        on[target] = {};
        for (const { type } of listeners) on[target][type] = (on[target][type] ?? 0) + 1;
      }
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'acupt-heap' });
      return { heap: usedSize, nodes, listeners: jsEventListeners, on };
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background page in headless Chromium gets no animation frames.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: engines(),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', define: { __VERSION__: JSON.stringify(version) } }),
    heapCommand(),
  ],
  middleware: [
    function strictCsp(context, next) {
      if (context.path.endsWith('.csp.html')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
};
