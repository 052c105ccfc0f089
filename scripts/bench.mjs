// `npm run bench`: size, render time against the Declarative Shadow DOM limit, long tasks and
// layout shift of dist/acupt-widget.js, measured in one headless Chromium run.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { BUNDLE, BUDGET, bundleFacts } from './bundle.mjs';
import { chromeArgs, findChrome } from './engines.mjs';

const RUNS = 11;
const code = readFileSync(BUNDLE);
const hint = readFileSync(new URL('../demo/sizing-hint.css', import.meta.url), 'utf8');

const BOOKING = 'booking-url="https://booking.example.com/clinic" phone="+1 555 010 2000"';
const elements = (tables) =>
  `${'<acupt-compare></acupt-compare>'.repeat(tables)}<acupt-quiz ${BOOKING}></acupt-quiz><acupt-book ${BOOKING}></acupt-book>`;
const TEXT = '<p>Back pain is common. Most of the time it eases within a few weeks, and staying gently active helps. '.repeat(3);

/**
 * Each page records `window.bench = { ms }` once its elements are rendered and the next
 * frame (style, layout, paint) has been produced; nothing forces a synchronous layout.
 */
const DONE = `requestAnimationFrame(() => setTimeout(() => { bench = { ms: performance.now() - t0 } }))`;
const pages = {
  // The widget as sites load it; the script is preloaded so its fetch does not count.
  script: (n) => `<!doctype html><html lang="en"><head><link rel="preload" as="script" href="/acupt-widget.js"></head><body>
    <script>t0 = performance.now()</script>${elements(n)}<script src="/acupt-widget.js"></script>
    <script>Promise.all([...document.querySelectorAll('acupt-compare,acupt-quiz,acupt-book')].map((e) => e.updateComplete))
      .then(() => ${DONE})</script></body></html>`,
  // The same DOM, serialised from a rendered page, with no script: the physical limit.
  dsd: (n, dom) => `<!doctype html><html lang="en"><head></head><body>
    <script>t0 = performance.now()</script>${dom}<script>${DONE}</script></body></html>`,
  // Text first, widget script late (as with a slow network), with or without the README's sizing hint.
  cls: (withHint) => `<!doctype html><html lang="en"><head><style>${withHint ? hint : ''}
    body { margin: 0 auto; max-width: 46rem; font: 17px/1.6 system-ui, sans-serif; padding: 1rem; }</style></head><body>
    <h1>Acupuncture or physical therapy?</h1>${TEXT}<p>Ready? <acupt-book ${BOOKING}></acupt-book> or call us.</p>
    <acupt-quiz ${BOOKING}></acupt-quiz>${TEXT}<acupt-compare></acupt-compare>${TEXT}
    <script>
      shift = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) shift += e.value })
        .observe({ type: 'layout-shift', buffered: true });
      addEventListener('load', () => setTimeout(() => {
        const s = document.createElement('script'); s.src = '/acupt-widget.js'; document.body.append(s);
        s.onload = () => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => { bench = { cls: shift } })), 300);
      }, 300));
    </script></body></html>`,
};

let dsdDom = {};
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/acupt-widget.js') {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' });
    return res.end(code);
  }
  const kind = url.pathname.slice(1);
  const n = Number(url.searchParams.get('n') ?? 1);
  const html = kind === 'dsd' ? pages.dsd(n, dsdDom[n]) : kind === 'cls' ? pages.cls(url.searchParams.has('hint')) : pages.script(n);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });

async function visit(path) {
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench, { timeout: 30000 });
  return page.evaluate(() => window.bench);
}

/** Serialises every rendered shadow root, styles included, as Declarative Shadow DOM. */
async function captureDsd(n) {
  await visit(`/script?n=${n}`);
  return page.evaluate(() => {
    const roots = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        const style = document.createElement('style');
        style.textContent = el.shadowRoot.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
        el.shadowRoot.prepend(style);
        roots.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    };
    walk(document.body);
    return [...document.body.children]
      .filter((el) => el.localName.startsWith('acupt-'))
      .map((el) => el.outerHTML.replace(/>[^]*$/, '>') + el.getHTML({ shadowRoots: roots }) + `</${el.localName}>`)
      .join('');
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Alternates A and B so drift in machine load affects both equally. */
async function abTimes(n) {
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    a.push((await visit(`/script?n=${n}`)).ms);
    b.push((await visit(`/dsd?n=${n}`)).ms);
  }
  return { script: median(a), dsd: median(b) };
}

async function longTasks(n) {
  await page.evaluateOnNewDocument(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  const tasks = [];
  for (let i = 0; i < RUNS; i++) {
    await visit(`/script?n=${n}`);
    await new Promise((r) => setTimeout(r, 50));
    tasks.push(...(await page.evaluate(() => window.longTasks)).filter((d) => d > 50));
  }
  return tasks;
}

const { gzip } = bundleFacts();
const rows = [];
for (const n of [1, 50]) {
  dsdDom[n] = await captureDsd(n);
  const { script, dsd } = await abTimes(n);
  rows.push({ tables: n, script, dsd, ratio: script / dsd });
}
const cls = {};
for (const withHint of [false, true]) {
  const shifts = [];
  for (let i = 0; i < 3; i++) shifts.push((await visit(`/cls${withHint ? '?hint' : ''}`)).cls);
  cls[withHint ? 'hint' : 'none'] = Math.max(...shifts);
}
const tasks = await longTasks(50);
await browser.close();
server.close();

const ms = (v) => `${v.toFixed(1)} ms`;
console.log(`\nacupt-widget bench — Chromium headless, 1280×900, median of ${RUNS} alternating runs\n`);
console.log(`gzip size                          ${gzip} bytes (budget ${BUDGET})`);
for (const r of rows) {
  const label = `${r.tables} compare + quiz + book`.padEnd(24);
  console.log(`${label} script ${ms(r.script).padStart(9)}   DSD ${ms(r.dsd).padStart(9)}   ratio ${r.ratio.toFixed(2)}`);
}
console.log(`long tasks > 50 ms (50 tables)     ${tasks.length ? tasks.map(ms).join(', ') : 'none'}`);
console.log(`layout shift, late script          ${cls.none.toFixed(3)} without sizing hint, ${cls.hint.toFixed(3)} with it\n`);
const ok = rows[1].ratio <= 1.5 && tasks.length === 0 && cls.hint === 0 && gzip <= BUDGET;
console.log(ok ? 'All targets met.' : 'Targets NOT met (ratio ≤ 1.5 for 50 tables, no long task, CLS 0 with hint, size ≤ budget).');
process.exitCode = ok ? 0 : 1;
