import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';
import { chromeArgs, findChrome } from './scripts/chrome.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** The policy a strict clinic site sends; pages named *.csp.html are served under it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background page in headless Chromium gets no animation frames.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } })],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', define: { __VERSION__: JSON.stringify(version) } })],
  middleware: [
    function strictCsp(context, next) {
      if (context.path.endsWith('.csp.html')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
};
