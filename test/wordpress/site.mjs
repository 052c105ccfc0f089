// A throwaway WordPress site for the plugin's end-to-end test, from Debian's packages: its own
// MariaDB (no TCP, a socket in a temporary folder), its own Apache on 127.0.0.1 and a free port,
// and its own WordPress config and wp-content. `stop()` removes all of it.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort } from '../../scripts/engines.mjs';

const WORDPRESS = '/usr/share/wordpress';
const THEMES = ['twentytwentythree', 'twentytwentyone'];
/** www-data's user or group id (`-u`, `-g`): Apache's children run as www-data and write wp-content. */
const www = (flag) => Number(execFileSync('id', [flag, 'www-data'], { encoding: 'utf8' }));

/** Waits for `ready()` to be true, checking every 0.1 s. */
async function until(what, ready, seconds = 30) {
  for (const end = Date.now() + seconds * 1000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await ready()) return;
  }
  throw new Error(`${what}: not done within ${seconds} s`);
}

const quiet = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], ...options });

/**
 * Starts the site. Returns its URL, `php(code)` to run PHP inside WordPress (the value of `code`'s
 * `return`, as JSON), the paths of its logs, and `stop()`.
 */
export async function startSite() {
  if (process.getuid?.() !== 0) throw new Error('The WordPress test runs as root: it writes /etc/wordpress and runs Apache as www-data.');
  const work = mkdtempSync('/tmp/acupt-wp-');
  chmodSync(work, 0o755);
  const port = await freePort();
  // Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php when that is set;
  // one per run, so two runs on a machine keep apart.
  const name = `acupt-widget-test-${port}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const url = `http://127.0.0.1:${port}`;
  const socket = join(work, 'mysqld.sock');
  const content = join(work, 'wp-content');
  const debugLog = join(work, 'debug.log');
  const apacheLog = join(work, 'apache-error.log');
  const stops = [];
  /** Undoes each step of the start that was done, last first; once. */
  const stop = async () => {
    for (const undo of stops.splice(0).reverse()) {
      try {
        await undo();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
  };
  stops.push(() => rmSync(work, { recursive: true, force: true }));

  try {
    // MariaDB: a fresh data folder, a socket only.
    const data = join(work, 'db');
    quiet('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db']);
    const mariadb = spawn(
      'mariadbd',
      ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(work, 'mysqld.pid')}`, `--log-error=${join(work, 'mysqld.err')}`, '--skip-log-bin', '--innodb-buffer-pool-size=32M'],
      { stdio: 'ignore' },
    );
    const sql = (query) => quiet('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', query]);
    const exited = once(mariadb, 'exit');
    stops.push(async () => {
      try {
        sql('DROP DATABASE IF EXISTS wordpress');
      } finally {
        mariadb.kill();
        await exited;
      }
    });
    await until('MariaDB', () => existsSync(socket) && spawnOk('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-u', 'root', 'ping']));
    sql("CREATE DATABASE wordpress; CREATE USER wordpress@localhost IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO wordpress@localhost;");

    // wp-content: Debian's themes, an empty plugins folder for the upload, a test-only mu-plugin.
    for (const dir of ['plugins', 'themes', 'uploads', 'upgrade', 'mu-plugins']) mkdirSync(join(content, dir), { recursive: true });
    for (const theme of THEMES) symlinkSync(`${WORDPRESS}/wp-content/themes/${theme}`, join(content, 'themes', theme));
    writeFileSync(join(content, 'mu-plugins', 'acupt-test.php'), MU_PLUGIN);
    writeFileSync(debugLog, '');
    execFileSync('chown', ['-R', `${www('-u')}:${www('-g')}`, content, debugLog]);

    writeFileSync(configFile, config({ url, socket, content, debugLog }));
    stops.push(() => rmSync(configFile, { force: true }));

    // Apache: only the modules WordPress needs, everything of its own in `work`.
    const modules = '/usr/lib/apache2/modules';
    const php = readdirSync(modules).find((file) => /^libphp.*\.so$/.test(file));
    const apacheConfig = join(work, 'apache.conf');
    writeFileSync(apacheConfig, apache({ name, port, work, content, apacheLog, modules, php }));
    quiet('/usr/sbin/apache2', ['-f', apacheConfig, '-k', 'start']);
    stops.push(async () => {
      // Apache's parent is not our child (it daemonizes): wait for its pid to go.
      const pid = Number(readFileSync(join(work, 'apache.pid'), 'utf8'));
      quiet('/usr/sbin/apache2', ['-f', apacheConfig, '-k', 'stop']);
      await until('Apache stop', () => !alive(pid));
    });
    await until('Apache', async () => (await fetch(`${url}/wp-includes/images/blank.gif`).catch(() => null))?.ok);
  } catch (error) {
    await stop();
    throw error;
  }

  const cli = join(work, 'cli.php');
  writeFileSync(cli, CLI);
  /** Runs PHP in WordPress as the command line sees it (no user), returning what `code` returns. */
  const phpIn = (code, { installing = false } = {}) => {
    const out = quiet('php', [cli, code], { env: { ...process.env, WORDPRESS_CONFIG: name, ACUPT_HOST: `127.0.0.1:${port}`, ACUPT_INSTALLING: installing ? '1' : '' } });
    return JSON.parse(out);
  };
  return { url, content, php: phpIn, debugLog, apacheLog, stop };
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function spawnOk(command, args) {
  try {
    quiet(command, args);
    return true;
  } catch {
    return false;
  }
}

const config = ({ url, socket, content, debugLog }) => `<?php
// Written by test/wordpress/site.mjs for one test run; removed when it ends.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', '${content}' );
// Application passwords over plain http.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
// The plugin upload writes to wp-content directly.
define( 'FS_METHOD', 'direct' );
// No update checks, news or fonts from the internet; no cron requests.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
`;

const apache = ({ name, port, work, content, apacheLog, modules, php }) => `# Written by test/wordpress/site.mjs for one test run.
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${work}/apache.pid
DefaultRuntimeDir ${work}
Mutex file:${work} default
ErrorLog ${apacheLog}
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule alias_module ${modules}/mod_alias.so
LoadModule env_module ${modules}/mod_env.so
LoadModule php_module ${modules}/${php}
TypesConfig /etc/mime.types
DocumentRoot ${WORDPRESS}
DirectoryIndex index.php
SetEnv WORDPRESS_CONFIG ${name}
Alias /wp-content ${content}
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory ${WORDPRESS}>
  Require all granted
</Directory>
<Directory ${content}>
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`;

// PHP's command line: WordPress's config needs a host; an install must say so before loading.
const CLI = `<?php
$_SERVER['HTTP_HOST'] = getenv( 'ACUPT_HOST' );
if ( getenv( 'ACUPT_INSTALLING' ) ) {
	define( 'WP_INSTALLING', true );
}
require '${WORDPRESS}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
echo wp_json_encode( eval( $argv[1] ) );
`;

// Test-only: the classic editor when the editor's URL has ?classic, as on a site with the
// Classic Editor plugin; and an offline site, which asks WordPress.org for no updates or plugins
// (it would warn that it cannot reach it).
const MU_PLUGIN = `<?php
add_filter( 'use_block_editor_for_post', fn( $use ) => isset( $_GET['classic'] ) ? false : $use );
add_filter( 'plugins_api', fn() => new WP_Error( 'offline', 'This test site is offline.' ) );
foreach ( array( 'core', 'plugins', 'themes' ) as $kind ) {
	remove_action( 'admin_init', "_maybe_update_$kind" );
}
foreach ( array( 'load-plugins.php', 'load-themes.php', 'load-update.php', 'load-update-core.php' ) as $screen ) {
	remove_action( $screen, 'wp_update_plugins' );
	remove_action( $screen, 'wp_update_themes' );
}
// Added by wp-admin, after this file: after an upload, WordPress checks for updates.
add_action( 'admin_init', fn() => remove_all_actions( 'upgrader_process_complete' ) );
`;
