// The three engines of the browser suite, as @web/test-runner launchers, each rendering with a
// different default font family (so no layout test depends on the fonts a machine happens to have).
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, freePort, paths } from './engines.mjs';

const fonts = (name) => new URL(`../test/fonts/${name}.conf`, import.meta.url).pathname;

/**
 * Every engine's page starts with this viewport, so a test sees the same window in all three.
 * Other sizes (a phone, 200% zoom) are iframes: WebKitGTK's window is at least 447 px wide.
 */
export const VIEWPORT = { width: 1280, height: 900 };

/** A page that keeps the suite's viewport: @web/test-runner-chrome sets 800 × 600 before each test file. */
async function createPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = () => setViewport(VIEWPORT);
  return page;
}

/** Chromium through the DevTools Protocol, with the machine's own fonts. */
export const chromium = () =>
  chromeLauncher({ createPage, launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } });

/** Firefox ESR through WebDriver BiDi (puppeteer-core), every font resolving to DejaVu Serif. */
export const firefox = () =>
  chromeLauncher({
    puppeteer,
    createPage,
    launchOptions: {
      browser: 'firefox',
      executablePath: paths.firefox(),
      headless: true,
      env: { ...process.env, FONTCONFIG_FILE: fonts('dejavu-serif') },
      // No update checks, telemetry or remote settings: the machine has no internet.
      extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'network.connectivity-service.enabled': false },
    },
  });

async function waitForPort(port, child, what) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode})`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not listen on ${port}`);
}

/**
 * WebKitGTK (Safari's engine) through WebKitWebDriver and MiniBrowser. WebKitGTK has no
 * headless mode, so this starts an Xvfb display and the driver before the first session and
 * stops both with the run; every font resolves to Liberation Sans.
 */
class WebKitLauncher extends WebdriverLauncher {
  #children = [];
  /** The window sizing, done once before the first test page. */
  #sized;

  constructor() {
    super({});
  }

  async initialize(config, testFiles) {
    const display = `:${90 + (process.pid % 500)}`;
    const port = await freePort();
    const env = { ...process.env, DISPLAY: display, FONTCONFIG_FILE: fonts('liberation-sans') };
    const start = (bin, args) => {
      const child = spawn(bin, args, { env, stdio: 'ignore' });
      this.#children.push(child);
      return child;
    };
    // However the run ends (a failed start, Ctrl+C), neither is left running.
    process.once('exit', () => this.#kill());
    start(paths.xvfb(), [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    await waitForPort(port, start(paths.webkitDriver(), [`--port=${port}`, '--host=127.0.0.1']), 'WebKitWebDriver');
    this.options = {
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      // A command that has not answered in 20 s will not (every one takes well under a second here):
      // failing then leaves time to open the page in a new window before the runner gives up on it.
      connectionRetryTimeout: 20000,
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: paths.miniBrowser(), args: ['--automation'] },
      },
    };
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    await this.ensureManagerInitialized();
    this.#sized ??= this.#size();
    await this.#sized;
    // The base class starts the navigation without awaiting it (SessionManager.queueStartSession): a
    // navigation WebKitWebDriver fails becomes an unhandled rejection, which stops the whole run
    // ("Uncaught exception, stopping test runner", exit 1, no report). Awaited here, as the other
    // launchers do. A navigation that hung (seen in CI: no answer to "url" in WebKit, between two
    // test files) is given a new browser window, as the same window may still load it late.
    try {
      await this.driverManager.startSession(id, url);
    } catch (error) {
      console.log(`WebKit: opening ${url} failed (${error.message.split('\n')[0]}); opening it in a new window`);
      await this.#reopen();
      await this.driverManager.startSession(id, url);
    }
  }

  /** Ends the WebDriver session (its MiniBrowser with it) and starts another. */
  async #reopen() {
    const { driver } = this;
    clearInterval(this.pendingHeartbeat);
    this.driver = this.driverManager = undefined;
    await Promise.race([driver?.deleteSession().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    await this.ensureManagerInitialized();
    await (this.#sized = this.#size());
  }

  /** Sizes the window so that its page, below MiniBrowser's toolbar, gets the suite's viewport. */
  async #size() {
    const [dx, dy] = await this.driver.execute(() => [outerWidth - innerWidth, outerHeight - innerHeight]);
    await this.driver.setWindowRect(null, null, VIEWPORT.width + dx, VIEWPORT.height + dy);
  }

  async stop() {
    await super.stop();
    this.#kill();
  }

  #kill() {
    for (const child of this.#children.splice(0).reverse()) child.kill();
  }
}

export const webkit = () => new WebKitLauncher();

/** The engines to run: all three, or those `ACUPT_ENGINES` names (`chromium,firefox`). */
export function engines() {
  const all = { chromium, firefox, webkit };
  const wanted = (process.env.ACUPT_ENGINES || 'chromium,firefox,webkit').split(/[\s,]+/).filter(Boolean);
  for (const name of wanted) if (!all[name]) throw new Error(`ACUPT_ENGINES: unknown engine "${name}" (chromium, firefox, webkit)`);
  return wanted.map((name) => all[name]());
}
