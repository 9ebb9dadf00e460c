/**
 * Static server for the fixture pages (tests/fixtures/pages/<name>/), each under the address it
 * stands for. The browser maps the real host names to this server (Chromium:
 * `--host-resolver-rules`; Firefox: an HTTP proxy, which sends absolute-form URLs), so routing is on
 * host + path, read from each fixture's meta.json `url`.
 *
 * - `http://<host><path>` of a fixture's meta.json → its source.html.
 * - The same path under any other host (e.g. `plain.test`, which no content script matches) → the same
 *   page: the benchmark loads a page with and without the extension this way (TOOLCHAIN.md).
 * - `/fixtures/<name>/` → that fixture, whatever the host (handy by hand).
 * - Any other file in a fixture folder (e.g. `strict-csp.css`, `iframes-inner.htm`) → served under any
 *   path ending in its name: pages refer to them relative to their own address.
 * - Everything else: 404. Every request is recorded (method, host, path) for the network tests.
 *
 * CLI: `npx tsx scripts/serve-fixtures.ts [--port N]` prints the routes and serves until Ctrl-C.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES_DIR = path.join(REPO, 'tests/fixtures/pages');

export type FixtureKind = 'article' | 'section' | 'english' | 'long' | 'other-layout' | 'robustness';

export interface Fixture {
  /** Folder name, e.g. `sample-article`. */
  name: string;
  /** The address the page stands for, e.g. `http://arabic.china.org.cn/txt/2025-01/27/content_117688011.htm`. */
  url: string;
  host: string;
  kind: FixtureKind;
  dir: string;
  notes?: string;
}

/** Every fixture page, read from the meta.json files. */
export function listFixtures(dir = FIXTURES_DIR): Fixture[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'meta.json')))
    .map((d) => {
      const meta = JSON.parse(fs.readFileSync(path.join(dir, d.name, 'meta.json'), 'utf8')) as Omit<Fixture, 'name' | 'dir'>;
      return { ...meta, name: d.name, dir: path.join(dir, d.name) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The host names the fixtures stand for, plus `plain.test` (a host no content script matches). */
export function fixtureHosts(fixtures = listFixtures()): string[] {
  return [...new Set([...fixtures.map((f) => f.host), 'plain.test'])].sort();
}

export interface ServedRequest {
  method: string;
  host: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  fixtures: Fixture[];
  /** Every request the server answered, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Start the server on 127.0.0.1 (port 0 = a free one). */
export async function startFixtureServer(opts: { port?: number; dir?: string } = {}): Promise<FixtureServer> {
  const fixtures = listFixtures(opts.dir);
  const byHostPath = new Map(fixtures.map((f) => [`${f.host}${new URL(f.url).pathname}`, f]));
  const byPath = new Map(fixtures.map((f) => [new URL(f.url).pathname, f]));
  const byName = new Map(fixtures.map((f) => [f.name, f]));
  const assets = new Map<string, string>();
  for (const f of fixtures)
    for (const file of fs.readdirSync(f.dir))
      if (!['source.html', 'meta.json'].includes(file) && !file.endsWith('.md')) assets.set(file, path.join(f.dir, file));

  const requests: ServedRequest[] = [];

  const server = http.createServer((req, res) => {
    // Absolute-form (proxy) or origin-form request target.
    const target = new URL(req.url ?? '/', `http://${req.headers.host ?? 'unknown'}`);
    const host = target.host.toLowerCase();
    const p = decodeURIComponent(target.pathname);
    let file: string | undefined;
    const named = /^\/fixtures\/([a-z0-9-]+)\/?$/.exec(p);
    const fx = byHostPath.get(`${host}${p}`) ?? byPath.get(p) ?? (named ? byName.get(named[1]!) : undefined);
    if (fx) file = path.join(fx.dir, 'source.html');
    else file = assets.get(path.posix.basename(p));

    const status = file ? 200 : p === '/favicon.ico' ? 204 : 404;
    requests.push({ method: req.method ?? 'GET', host, path: p, status });
    if (!file) {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(status === 404 ? `no fixture at ${host}${p}\n` : undefined);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    fixtures,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const srv = await startFixtureServer({ port: i > 0 ? Number(process.argv[i + 1]) : 0 });
  console.log(`Fixture server on ${srv.origin}`);
  for (const f of srv.fixtures) console.log(`  ${f.name.padEnd(16)} ${f.url}   (${srv.origin}/fixtures/${f.name}/)`);
  const rules = fixtureHosts(srv.fixtures).map((h) => `MAP ${h} 127.0.0.1:${srv.port}`).join(', ');
  console.log(`\nChromium: --host-resolver-rules="${rules}, EXCLUDE localhost"`);
}
