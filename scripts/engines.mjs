import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** Flags that keep headless Chromium from hanging on a machine without internet access. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

const first = (paths) => paths.find((path) => path && existsSync(path));

/** Where each engine the browser suite runs in lives; `CHROME_PATH` and `FIREFOX_PATH` win. */
export const paths = {
  chromium: () =>
    first([
      process.env.CHROME_PATH,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]),
  firefox: () => first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
  webkitDriver: () => first(['/usr/bin/WebKitWebDriver']),
  miniBrowser: () =>
    first(['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser']),
  xvfb: () => first(['/usr/bin/Xvfb']),
};

/** Chromium's executable; exits with one line saying how to get one when there is none. */
export function findChrome() {
  const found = paths.chromium();
  if (found) return found;
  console.error(
    `No Chrome/Chromium found${process.env.CHROME_PATH ? ` at CHROME_PATH=${process.env.CHROME_PATH}` : ''}: run \`npm test\` once (it installs Debian's chromium), or set CHROME_PATH to its executable.`,
  );
  process.exit(1);
}

/** A free TCP port on loopback. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
