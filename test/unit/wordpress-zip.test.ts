import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PLUGIN, SCRIPT, ZIP } from '../../scripts/wordpress-zip.mjs';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root));
const { version } = JSON.parse(read('package.json').toString()) as { version: string };

/** The entries of a zip, read from its central directory, each checked against its CRC-32. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const [method, crc, size] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20)];
    const [nameLength, extra, comment] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data), name).toBe(crc);
    entries.set(name, data);
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

const sri = (code: Buffer) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

describe('dist/acupt-widget-wordpress.zip (run `npm run build` first)', () => {
  const entries = unzip(readFileSync(ZIP));
  const file = (name: string) => entries.get(`acupt-widget/${name}`)?.toString() ?? '';
  const scripts = readdirSync(new URL('dist/', root)).filter((name) => SCRIPT.test(name)).sort();

  it('is one plugin folder, acupt-widget/, with its main file, readme and uninstaller', () => {
    expect([...entries.keys()].every((name) => name.startsWith('acupt-widget/'))).toBe(true);
    for (const name of ['acupt-widget.php', 'readme.txt', 'uninstall.php', 'integrity.php', 'blocks/editor.js', 'css/sizing-hint.css']) {
      expect(entries.has(`acupt-widget/${name}`), name).toBe(true);
    }
  });

  it('holds every file of integrations/wordpress/acupt-widget/ as it is', () => {
    const sources = readdirSync(PLUGIN, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(sources.length).toBeGreaterThan(5);
    for (const entry of sources) {
      const path = relative(fileURLToPath(PLUGIN), `${entry.parentPath}/${entry.name}`);
      expect(entries.get(`acupt-widget/${path}`)?.equals(readFileSync(`${entry.parentPath}/${entry.name}`)), path).toBe(true);
    }
  });

  it('ships the built script and every language add-on byte for byte, with their SRI hashes', () => {
    expect(scripts).toContain('acupt-widget.js');
    const shipped = [...entries.keys()].filter((name) => name.startsWith('acupt-widget/js/'));
    expect(shipped).toEqual(['acupt-widget/js/', ...scripts.map((name) => `acupt-widget/js/${name}`)]);
    const listed = Object.fromEntries([...file('integrity.php').matchAll(/'([^']+)' => '([^']+)'/g)].map(([, name, hash]) => [name, hash]));
    expect(listed).toEqual(Object.fromEntries(scripts.map((name) => [name, sri(read(`dist/${name}`))])));
    for (const name of scripts) expect(entries.get(`acupt-widget/js/${name}`)?.equals(read(`dist/${name}`)), name).toBe(true);
  });

  it('ships the sizing hint the README shows and the bench measures', () => {
    expect(file('css/sizing-hint.css')).toBe(read('demo/sizing-hint.css').toString());
  });

  it('says the package version everywhere WordPress reads one', () => {
    expect(file('acupt-widget.php')).toMatch(new RegExp(`^ \\* Version: +${version}$`, 'm'));
    expect(file('acupt-widget.php')).toContain(`const ACUPT_WIDGET_VERSION = '${version}';`);
    expect(file('readme.txt')).toMatch(new RegExp(`^Stable tag: ${version}$`, 'm'));
  });

  it('has a readme.txt in the WordPress.org format', () => {
    const readme = file('readme.txt');
    expect(readme).toMatch(/^=== .+ ===\n/);
    for (const header of ['Requires at least: 6.1', 'Requires PHP: 8.2', 'Tested up to: ', 'License: ', 'License URI: ']) expect(readme).toContain(`\n${header}`);
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Screenshots', 'Changelog']) expect(readme).toContain(`\n== ${section} ==\n`);
    // Each screenshot named in the readme exists, as WordPress.org expects it beside the plugin.
    const shots = /== Screenshots ==\n\n([^]*?)\n\n==/.exec(readme)![1]!.split('\n');
    shots.forEach((_, i) => expect(read(`integrations/wordpress/assets/screenshot-${i + 1}.png`).subarray(1, 4).toString()).toBe('PNG'));
  });

  it('registers three dynamic blocks that share one editor script', () => {
    for (const name of ['quiz', 'compare', 'book']) {
      const block = JSON.parse(file(`blocks/${name}/block.json`)) as Record<string, unknown>;
      expect(block).toMatchObject({ apiVersion: 3, name: `acupt/${name}`, textdomain: 'acupt-widget', editorScript: 'acupt-widget-blocks' });
      expect(Object.values(block.attributes as Record<string, { type: string }>).every((attribute) => attribute.type === 'string')).toBe(true);
      // A block.json `script` would load the widget on every page of a classic theme: PHP loads it where used.
      expect(block).not.toHaveProperty('script');
    }
  });
});
