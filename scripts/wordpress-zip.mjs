// The last step of `npm run build`: dist/acupt-widget-wordpress.zip, the WordPress plugin
// (integrations/wordpress/acupt-widget/) with the scripts just built inside it, so a site serves
// the widget itself (no CDN), and a generated integrity.php with their SRI hashes.
// A zip writer this small beats a dependency: Node has deflate and (20.15+) crc32.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = new URL('../', import.meta.url);
const DIST = new URL('dist/', ROOT);
export const PLUGIN = new URL('integrations/wordpress/acupt-widget/', ROOT);
export const ZIP = new URL('acupt-widget-wordpress.zip', DIST);
/** The built scripts the plugin ships: the core and each language add-on (`acupt-widget.fr.js`). */
export const SCRIPT = /^acupt-widget(\.[\w-]+)?\.js$/;

/** The plugin's files, each as its path in the zip and its bytes, sorted by path. */
export function pluginFiles() {
  const files = readdirSync(PLUGIN, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = `${entry.parentPath ?? entry.path}/${entry.name}`;
      return [`acupt-widget/${relative(fileURLToPath(PLUGIN), path)}`, readFileSync(path)];
    });
  const scripts = readdirSync(DIST).filter((name) => SCRIPT.test(name));
  const hashes = scripts.map((name) => {
    const code = readFileSync(new URL(name, DIST));
    files.push([`acupt-widget/js/${name}`, code]);
    return `\t'${name}' => 'sha384-${createHash('sha384').update(code).digest('base64')}',\n`;
  });
  files.push(['acupt-widget/css/sizing-hint.css', readFileSync(new URL('demo/sizing-hint.css', ROOT))]);
  files.push([
    'acupt-widget/integrity.php',
    Buffer.from(
      "<?php\n// Written by scripts/wordpress-zip.mjs: the scripts in js/ and their Subresource Integrity hashes.\n\n" +
        `defined( 'ABSPATH' ) || exit;\n\nreturn array(\n${hashes.join('')});\n`,
    ),
  ]);
  return files.sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * A zip archive of `files` with an entry for each folder, deflated where that is smaller,
 * UTF-8 names, Unix modes, and one fixed date so the same input gives the same bytes.
 */
export function zip(files) {
  const folders = new Set(files.flatMap(([path]) => path.split('/').slice(0, -1).map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`)));
  const entries = [...[...folders].map((path) => [path, Buffer.alloc(0)]), ...files].sort(([a], [b]) => (a < b ? -1 : 1));
  const DATE = (1 << 5) | 1; // 1980-01-01, the first day a zip can say
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [path, data] of entries) {
    const name = Buffer.from(path);
    const folder = path.endsWith('/');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = folder || deflated.length >= data.length;
    const body = stored ? data : deflated;
    // Shared by the local header (from offset 4) and the central one (from offset 6).
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0
    common.writeUInt16LE(0x0800, 2); // the name is UTF-8
    common.writeUInt16LE(stored ? 0 : 8, 4);
    common.writeUInt16LE(0, 6); // time 00:00
    common.writeUInt16LE(DATE, 8);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(body.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(name.length, 22);
    const local = Buffer.concat([u32(0x04034b50), common, name, body]);
    // Comment length, disk, internal attributes, then the Unix mode (high half; 0x10: a DOS folder) and the offset.
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE((((folder ? 0o40755 : 0o100644) << 16) | (folder ? 0x10 : 0)) >>> 0, 6);
    tail.writeUInt32LE(offset, 10);
    central.push(Buffer.concat([u32(0x02014b50), u16((3 << 8) | 20), common, tail, name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const u16 = (n) => Buffer.from([n & 0xff, n >> 8]);
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = pluginFiles();
  const archive = zip(files);
  writeFileSync(ZIP, archive);
  const scripts = files.filter(([path]) => path.startsWith('acupt-widget/js/')).map(([path]) => path.slice(16));
  console.log(`dist/acupt-widget-wordpress.zip  ${archive.length} bytes, ${files.length} files (${scripts.join(', ')})\n`);
}
