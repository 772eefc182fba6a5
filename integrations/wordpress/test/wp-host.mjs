// A real WordPress for the tests: Debian's `wordpress` package (6.1) with its own MariaDB and PHP's built-in server,
// set up as Debian sets up a site (a config file /etc/wordpress/config-<name>.php that Debian's wp-config.php picks),
// in a temporary folder and on free ports, so that nothing of the machine's own WordPress or MariaDB is touched.
// `startWordPress()` installs the site (no plugin yet); `stop()` ends MariaDB and PHP and removes every file made.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const WORDPRESS = '/usr/share/wordpress';
const HERE = import.meta.dirname;
export const PACKAGES = 'wordpress mariadb-server php-cli php-xml php-mysql php-mbstring php-curl';

/** What is missing to run WordPress here, or null: the tests skip with this (and CI installs the packages). */
export function missing() {
  const needs = [
    [`${WORDPRESS}/wp-settings.php`, 'wordpress'],
    ['/usr/sbin/mariadbd', 'mariadb-server'],
    ['/usr/bin/mariadb-install-db', 'mariadb-server'],
    ['/usr/bin/php', 'php-cli'],
  ].filter(([file]) => !existsSync(file));
  if (!needs.length) {
    const modules = spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout ?? '';
    for (const [mod, pkg] of [['mysqli', 'php-mysql'], ['xml', 'php-xml'], ['mbstring', 'php-mbstring']]) {
      if (!new RegExp(`^${mod}$`, 'mi').test(modules)) needs.push([mod, pkg]);
    }
  }
  if (!needs.length) return null;
  return `WordPress is not installed here (missing: ${[...new Set(needs.map(([, p]) => p))].join(', ')}). Install with: apt-get install -y ${PACKAGES}`;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check, what, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`WordPress test site: ${what} did not come up within ${ms / 1000} s`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

/**
 * Starts MariaDB and PHP, installs WordPress (administrator `admin`), and returns
 * { origin, php(code, input) -> stdout, log() -> WordPress's debug log, stop() }.
 */
export async function startWordPress() {
  const dir = mkdtempSync(join(tmpdir(), 'cgwp-'));
  const name = `collabgov-test-${randomBytes(6).toString('hex')}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const children = [];
  // Should the test process end without stop() (a crash), end MariaDB and PHP and remove the config all the same.
  const onExit = () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
    rmSync(config, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      // Each child leads its own process group (php -S forks its workers into it): end the group.
      const exited = new Promise((r) => child.once('exit', r));
      const signal = (s) => {
        try {
          process.kill(-child.pid, s);
        } catch {}
      };
      signal('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) signal('SIGKILL');
    }
    rmSync(config, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB, on a socket in the folder, with no network port.
    const data = join(dir, 'db');
    const socket = join(dir, 'db.sock');
    run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db']);
    const db = spawn('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(dir, 'db.pid')}`, `--log-error=${join(dir, 'db.err')}`, '--innodb-buffer-pool-size=32M'], { stdio: 'ignore', detached: true });
    children.push(db);
    await waitFor(() => existsSync(socket) || db.exitCode !== null, 'MariaDB');
    if (db.exitCode !== null) throw new Error(`MariaDB exited: ${readFileSync(join(dir, 'db.err'), 'utf8')}`);
    const password = randomBytes(12).toString('hex');
    run('mariadb', ['--no-defaults', '-S', socket, '-uroot', '-e', `CREATE DATABASE wordpress; CREATE USER wordpress@localhost IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO wordpress@localhost;`]);

    // The site's content folder: the theme Debian ships, and empty plugins and uploads.
    const content = join(dir, 'wp-content');
    for (const d of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(content, d), { recursive: true });
    symlinkSync(`${WORDPRESS}/wp-content/themes/twentytwentythree`, join(content, 'themes/twentytwentythree'));

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const key = () => randomBytes(24).toString('hex');
    // What Debian's setup-mysql writes, and a test site's settings: no request leaves the machine, no cron.
    writeFileSync(
      config,
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${password}');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('FS_METHOD', 'direct');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define('${k}', '${key()}');`).join('\n')}
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}');
`,
    );

    const env = { ...process.env, COLLABGOV_WP_CONFIG: name, COLLABGOV_WP_CONTENT: content, COLLABGOV_WP_HOST: `127.0.0.1:${port}` };
    const log = () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '');
    const php = (code, input = null, extra = {}) => {
      const r = spawnSync('php', [join(HERE, 'run.php'), code], { encoding: 'utf8', env: { ...env, ...extra }, input: JSON.stringify(input) });
      if (r.status === 0) return r.stdout;
      // WordPress answers a fatal error with its error page; the reason is in the debug log.
      const reason = log().split('\n').filter((l) => /PHP (Fatal|Parse|Warning)/.test(l)).slice(-3).join('\n');
      throw new Error(`PHP in WordPress failed (${r.status}): ${reason || r.stderr || r.stdout.slice(0, 2000)}\n${code}`);
    };

    php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
       wp_install('collabgov test site', 'admin', 'admin@example.org', false, '', $input['password']);
       update_option('permalink_structure', '/%year%/%monthnum%/%day%/%postname%/');`,
      { password: 'admin-password' },
      { COLLABGOV_WP_INSTALLING: '1' },
    );

    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS, join(HERE, 'router.php')], {
      env: { ...env, PHP_CLI_SERVER_WORKERS: '3' },
      stdio: 'ignore',
      detached: true,
    });
    children.push(server);
    await waitFor(async () => {
      if (server.exitCode !== null) throw new Error(`php -S exited (${server.exitCode})`);
      return fetch(`${origin}/wp-login.php`).then((r) => r.ok, () => false);
    }, 'php -S');

    return { origin, php, log, content, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
