import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUNDLE = new URL('../dist/acupt-widget.js', import.meta.url);
/** The size budget of the classic script, gzip level 9, bytes. */
export const BUDGET = 24000;

export function bundleFacts() {
  const code = readFileSync(BUNDLE);
  return {
    bytes: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
  };
}
