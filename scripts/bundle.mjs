import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const BUNDLE = new URL('../dist/acupt-widget.js', import.meta.url);
/** The size budgets, bytes gzip: the core script (English and Spanish) and each language add-on. */
export const BUDGET = 26000;
export const ADDON_BUDGET = 4500;

/** Bytes after `gzip -9`, the measure the budgets are set in (GNU gzip, as every Debian has it). */
export const gzipSize = (file) => execFileSync('gzip', ['-9', '-c', file instanceof URL ? file.pathname : file], { maxBuffer: 1 << 24 }).length;

export function bundleFacts(file = BUNDLE) {
  const code = readFileSync(file);
  return {
    bytes: code.length,
    gzip: gzipSize(file),
    integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
  };
}
