// `npm test` runs this first (`pretest`): it installs the Debian packages the suite needs when
// they are missing — as root, or through sudo when that needs no password — and otherwise
// stops with one line naming them. On a machine that has them it does nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { paths } from './engines.mjs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const anyIn = (dir, pattern) => existsSync(dir) && readdirSync(dir).some((name) => pattern.test(name));

/** Each package and how to tell it is there. */
export const NEEDS = [
  // The browser suite's three engines, Xvfb for WebKitGTK (it has no headless mode).
  ['chromium', () => !!paths.chromium()],
  ['firefox-esr', () => !!paths.firefox()],
  ['webkit2gtk-driver', () => !!paths.webkitDriver() && !!paths.miniBrowser()],
  ['xvfb', () => !!paths.xvfb()],
  // Reads what a test printed (page-tools.test.ts).
  ['poppler-utils', () => has('pdftotext')],
  // A second font family, so each engine can render with a different default (test/fonts/).
  ['fonts-liberation', () => existsSync('/usr/share/fonts/truetype/liberation')],
  // The WordPress plugin's end-to-end test.
  ['wordpress', () => existsSync('/usr/share/wordpress/wp-settings.php')],
  // A block theme and a classic one: a classic theme prints the head before the content.
  ['wordpress-theme-twentytwentythree', () => existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree')],
  ['wordpress-theme-twentytwentyone', () => existsSync('/usr/share/wordpress/wp-content/themes/twentytwentyone')],
  // The test installs WordPress and lints the plugin with PHP's command line.
  ['php-cli', () => has('php')],
  ['mariadb-server', () => has('mariadbd') || existsSync('/usr/sbin/mariadbd')],
  ['apache2', () => existsSync('/usr/sbin/apachectl')],
  ['libapache2-mod-php', () => anyIn('/usr/lib/apache2/modules', /^libphp/)],
  ['php-mysql', () => anyIn('/etc/php', /./) && spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0],
];

const missing = NEEDS.filter(([, present]) => !present()).map(([pkg]) => pkg);
if (missing.length) {
  const root = process.getuid?.() === 0;
  const sudo = !root && has('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!has('apt-get') || (!root && !sudo)) {
    console.error(`The tests need these Debian packages: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing the Debian packages the tests need: ${missing.join(' ')}`);
  const run = (args) =>
    sudo
      ? execFileSync('sudo', ['env', 'DEBIAN_FRONTEND=noninteractive', ...args], { stdio: 'inherit' })
      : execFileSync(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
  const still = NEEDS.filter(([pkg, present]) => missing.includes(pkg) && !present()).map(([pkg]) => pkg);
  if (still.length) {
    console.error(`Installed, but still not found: ${still.join(' ')}`);
    process.exit(1);
  }
}
