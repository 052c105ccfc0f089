import { esbuildPlugin } from '@web/dev-server-esbuild';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './scripts/engines.mjs';
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
 * Returns `{ supported: true, heap, nodes, listeners, on: { window, document, visualViewport } }`:
 * V8 heap bytes in use, DOM nodes and JS event listeners alive in the renderer (the whole page,
 * shadow roots included), and the listeners on `window`, `document` and `visualViewport`
 * (where Floating UI's autoUpdate listens), counted by event type. Elsewhere `{ supported: false }`.
 */
function heapCommand() {
  /** One DevTools session per page, opened on first use. */
  const sessions = new WeakMap();
  return {
    name: 'acupt:heap-command',
    async executeCommand({ command, session }) {
      if (command !== 'heap') return undefined;
      // The DevTools Protocol is Chromium's: elsewhere the test counts what it can in the page.
      if (session.browser.name !== 'Chrome') return { supported: false };
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
      return { supported: true, heap: usedSize, nodes, listeners: jsEventListeners, on };
    },
  };
}

/** WebDriver's key values of the keys a chord holds. */
const WEBDRIVER_KEYS = { Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D', Tab: '\uE004' };

/**
 * `executeServerCommand('chord', { keys: ['Shift', 'Tab'] })` presses keys together, as a
 * visitor does: held in order, released in reverse. With `click: [x, y]` it clicks there
 * while they are held (a Ctrl+click). The runner's `sendKeys({ down })` has no WebDriver
 * (WebKitGTK) version; WebDriver's actions API does it, the keys and the mouse in step.
 */
function chordCommand() {
  return {
    name: 'acupt:chord-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'chord') return undefined;
      const { keys, click } = payload;
      const { browser } = session;
      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        for (const key of keys) await page.keyboard.down(key);
        if (click) await page.mouse.click(...click);
        for (const key of keys.toReversed()) await page.keyboard.up(key);
        return true;
      }
      const hold = { type: 'pause', duration: 0 };
      const mouse = click
        ? [{ type: 'pointerMove', duration: 0, x: click[0], y: click[1] }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }]
        : [];
      const key = (type) => (name) => ({ type, value: WEBDRIVER_KEYS[name] ?? name });
      const actions = [
        { type: 'key', id: 'chord-keys', actions: [...keys.map(key('keyDown')), ...mouse.map(() => hold), ...keys.toReversed().map(key('keyUp'))] },
      ];
      if (click) actions.push({ type: 'pointer', id: 'chord-mouse', parameters: { pointerType: 'mouse' }, actions: [...keys.map(() => hold), ...mouse] });
      await browser.driver.performActions(actions);
      await browser.driver.releaseActions();
      return true;
    },
  };
}

/** The text of a PDF, in reading order, by poppler's pdftotext (a Debian package: scripts/setup.mjs). */
function pdfText(pdf) {
  return new Promise((resolve, reject) => {
    const child = spawn('pdftotext', ['-', '-'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (text += chunk));
    child.on('error', reject).on('close', (code) => (code ? reject(new Error(`pdftotext exited ${code}`)) : resolve(text)));
    child.stdin.end(pdf);
  });
}

/**
 * `executeServerCommand('print')` prints the test's page as the browser's own Print does (A4, print
 * media) and returns the text printed. Chromium and Firefox (puppeteer) only: WebKitWebDriver has
 * no Print Page.
 */
function printCommand() {
  return {
    name: 'acupt:print-command',
    async executeCommand({ command, session }) {
      if (command !== 'print') return undefined;
      return pdfText(await session.browser.getPage(session.id).pdf({ format: 'A4' }));
    },
  };
}

/**
 * `executeServerCommand('ax', { path })` returns what a screen reader is given of the page at
 * `path` on the test server: its accessibility tree (shadow trees included) as `role: name` lines,
 * once every element of the widget has rendered. Chromium gives a screen reader what is out of
 * sight (content-visibility: auto) only when one is running when the page opens, so the page is
 * opened in a Chromium of its own, started as a screen reader starts it.
 */
function axCommand() {
  return {
    name: 'acupt:ax-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax') return undefined;
      const { origin } = new URL(session.browser.getPage(session.id).url());
      const chrome = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...chromeArgs, '--force-renderer-accessibility'] });
      try {
        const page = await chrome.newPage();
        await page.goto(new URL(payload.path, origin).href);
        await page.waitForFunction(() => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('acupt-') || el.matches(':state(ready)')));
        const nodes = [];
        const walk = (node) => {
          nodes.push(`${node.role}: ${node.name ?? ''}`);
          node.children?.forEach(walk);
        };
        walk(await page.accessibility.snapshot({ interestingOnly: false }));
        return nodes;
      } finally {
        await chrome.close();
      }
    },
  };
}

// The runner stops on an uncaught exception and says why on stderr alone: a CI log that keeps only
// standard output would end mid-run with no reason given. Said there too.
process.on('uncaughtException', (error) => console.log('\nThe test runner stopped on an uncaught exception:', error));

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background page in headless Chromium gets no animation frames.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  // Time for WebKit to give up on a page that hung (20 s) and open it in a new window (scripts/launchers.mjs).
  browserStartTimeout: 60000,
  browsers: engines(),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', define: { __VERSION__: JSON.stringify(version) } }),
    heapCommand(),
    chordCommand(),
    printCommand(),
    axCommand(),
  ],
  middleware: [
    function strictCsp(context, next) {
      if (context.path.endsWith('.csp.html')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
    // /no-charset/<path>: <path> as a host that declares no encoding serves it (Apache's defaults).
    async function noCharset(context, next) {
      if (!context.path.startsWith('/no-charset/')) return next();
      context.path = context.path.slice('/no-charset'.length);
      await next();
      context.set('Content-Type', context.path.endsWith('.js') ? 'text/javascript' : 'text/html');
    },
  ],
};
