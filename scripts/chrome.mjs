import { existsSync } from 'node:fs';

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

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** `CHROME_PATH` if set, else the usual install paths; exits with one clear line when none exists. */
export function findChrome() {
  const found = process.env.CHROME_PATH || candidates.find((path) => existsSync(path));
  if (found && existsSync(found)) return found;
  console.error(
    `No Chrome/Chromium found${process.env.CHROME_PATH ? ` at CHROME_PATH=${process.env.CHROME_PATH}` : ''}: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its executable.`,
  );
  process.exit(1);
}
