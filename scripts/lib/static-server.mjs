// A tiny static file server on 127.0.0.1 for end-to-end checks of the built files.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root`; `routes` maps a path to { body, type, headers } for pages made on the fly.
 * With `{ gzip: true }` every answer is gzip-compressed (level 9, cached) for clients that accept it, and not cached
 * by the browser: what the benchmark measures over the wire. `headers` are added to every file's answer (e.g. a
 * CDN's `access-control-allow-origin`).
 */
export function serve(root, routes = {}, { gzip = false, headers = {} } = {}) {
  const compressed = new Map();
  const send = (req, res, status, headers, body) => {
    if (!gzip || !/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return res.writeHead(status, headers).end(body);
    const key = req.url;
    if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
    res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(compressed.get(key));
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const route = routes[url.pathname];
    if (route) {
      send(req, res, 200, { 'content-type': route.type ?? TYPES['.html'], ...(route.headers ?? {}) }, route.body);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      send(req, res, 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }, body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

/** Launch options for the system Chromium. */
export function chromiumOptions() {
  return {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}
