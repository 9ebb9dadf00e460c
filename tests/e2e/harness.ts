/**
 * End-to-end harness: the built extension in Debian's Chromium, driven by playwright-core, on the
 * fixture pages served locally under their real host names. Shared by every e2e test file and by
 * `npm start` (scripts/start.mjs), so it has no vitest import.
 *
 *   const sharh = await launchSharh();
 *   const page = await sharh.open('sample-article');          // http://arabic.china.org.cn/...
 *   await waitForHighlights(page);                              // CSS.highlights `sharh-<kind>`
 *   const popup = await sharh.openPopup(page);                  // popup.html?tabId=N
 *   await sharh.screenshot(popup, 'popup-sample');              // artifacts/popup-sample.png
 *   expect(sharh.foreignRequests()).toEqual([]);                // nothing left the machine
 *   await sharh.close();
 *
 * Why these choices: ../shared/TOOLCHAIN.md (flags, host mapping, popup opened as a tab with
 * `?tabId=N`, highlights read from the page world because the registry is shared with the content
 * script's isolated world).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { REPO, fixtureHosts, startFixtureServer, type Fixture, type FixtureServer } from '../../scripts/serve-fixtures';

export { REPO, listFixtures, startFixtureServer, type Fixture, type FixtureServer } from '../../scripts/serve-fixtures';

/** The real Chromium binary (/usr/bin/chromium is a wrapper script). Installed by `npm run setup`. */
export const CHROMIUM = process.env.SHARH_CHROMIUM ?? '/usr/lib/chromium/chromium';
export const EXTENSION_DIR = process.env.SHARH_EXTENSION_DIR ?? path.join(REPO, '.output/chrome-mv3');
export const ARTIFACTS_DIR = process.env.SHARH_ARTIFACTS ?? path.join(REPO, 'artifacts');

/** Flags that keep a closed network quiet (TOOLCHAIN.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--lang=en-US',
];

/** Every host the fixtures stand for goes to our server; any other name fails to resolve, so even a
 * request we failed to notice cannot leave the machine. */
export function hostResolverRules(port: number, hosts = fixtureHosts()): string {
  return [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}

/** The names of the highlight kinds (issue 4): `sharh-<kind>`. */
export const HIGHLIGHT_KINDS = ['person', 'organization', 'place', 'product', 'number', 'money', 'percent', 'quantity', 'date'] as const;

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** `page`, `service-worker`, or `failed` (also recorded when the request failed). */
  from: string;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a running fixture server (else one is started and closed with the browser). */
  server?: FixtureServer;
  extensionDir?: string;
  /** Profile folder; default a fresh temporary one (deleted on close). */
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
  args?: string[];
}

export interface Sharh {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  /** The service worker as found at launch (it may restart; `inWorker` always uses the current one). */
  serviceWorker: Worker;
  /** Every request seen from any page, frame or the service worker since launch. */
  requests: RecordedRequest[];
  /** Requests to anything but our fixture hosts (on the local server), chrome-extension://OUR_ID, data: or blob:. */
  foreignRequests(): RecordedRequest[];
  fixture(name: string): Fixture;
  /** A new tab whose chrome.tabs id is known (see `tabId`). */
  newTab(): Promise<Page>;
  /** Open a fixture page by name (under its real address) in a new tab and wait for `load`. */
  open(name: string, opts?: { url?: string }): Promise<Page>;
  /** The chrome.tabs id of a page opened by `newTab`/`open`. */
  tabId(page: Page): Promise<number>;
  /** Open `popup.html?tabId=N` as a page (a tab of its own, popup-sized). */
  openPopup(target: Page | number, opts?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /** Evaluate in the extension's service worker. */
  inWorker<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** chrome.storage.local as the extension sees it. */
  storageGet(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  storageSet(items: Record<string, unknown>): Promise<void>;
  screenshot(page: Page, name: string, opts?: { fullPage?: boolean }): Promise<string>;
  /** Close browser (and own server); throws if any request would have left the machine. */
  close(): Promise<void>;
}

/** Fail early with the fix, not with a playwright stack trace. */
export function assertPrerequisites(extensionDir = EXTENSION_DIR): void {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run \`npm run setup\` (installs Debian's chromium).`);
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run \`npm run build\`.`);
}

export async function launchSharh(opts: LaunchOptions = {}): Promise<Sharh> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  assertPrerequisites(extensionDir);
  const ownServer = !opts.server;
  const server = opts.server ?? (await startFixtureServer());
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sharh-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostResolverRules(server.port, fixtureHosts(server.fixtures))}`,
      ...(opts.args ?? []),
    ],
  });

  const requests: RecordedRequest[] = [];
  context.on('request', (r) => requests.push({ url: r.url(), resourceType: r.resourceType(), from: r.serviceWorker() ? 'service-worker' : 'page' }));
  context.on('requestfailed', (r) => requests.push({ url: r.url(), resourceType: r.resourceType(), from: 'failed' }));

  context.setDefaultTimeout(10_000);

  // Ours is the only extension loaded: its id is in its service worker's URL.
  const ours = (w: Worker) => w.url().startsWith('chrome-extension://');
  const waitForWorker = (timeout: number) => context.waitForEvent('serviceworker', { predicate: ours, timeout }).catch(() => undefined);
  let serviceWorker = context.serviceWorkers().find(ours) ?? (await waitForWorker(20_000));
  if (!serviceWorker) {
    // Seen once while the build was being rewritten: no worker showed up. An extension page wakes it
    // (the id of an unpacked extension without a manifest key comes from its path).
    const wake = await context.newPage();
    await wake.goto(`chrome-extension://${extensionIdForPath(extensionDir)}/popup.html`).catch(() => undefined);
    serviceWorker = context.serviceWorkers().find(ours) ?? (await waitForWorker(15_000));
    await wake.close();
  }
  if (!serviceWorker) {
    await context.close();
    if (ownServer) await server.close();
    throw new Error(`the extension's service worker did not start: is ${extensionDir} a valid build?`);
  }
  const extensionId = new URL(serviceWorker.url()).host;
  const hosts = new Set(fixtureHosts(server.fixtures));

  const worker = (): Worker => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? serviceWorker!;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- playwright's Unboxed<A> typing does not fit a generic wrapper
  const inWorker = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => worker().evaluate(fn as any, arg) as Promise<R>;

  const tabIds = new WeakMap<Page, number>();
  const allTabIds = (): Promise<number[]> => inWorker(() => (globalThis as any).chrome.tabs.query({}).then((ts: { id: number }[]) => ts.map((t) => t.id)));
  let tabLock: Promise<unknown> = Promise.resolve();

  const newTab = (): Promise<Page> => {
    // One at a time: the new tab is the one id that was not there before.
    const run = tabLock.then(async () => {
      const before = new Set(await allTabIds());
      const page = await context.newPage();
      for (let i = 0; i < 50; i++) {
        const fresh = (await allTabIds()).filter((id: number) => !before.has(id));
        if (fresh.length === 1) {
          tabIds.set(page, fresh[0]!);
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      return page;
    });
    tabLock = run.catch(() => undefined);
    return run;
  };

  const sharh: Sharh = {
    context,
    server,
    extensionId,
    serviceWorker,
    requests,
    foreignRequests: () => requests.filter((r) => !isLocalUrl(r.url, extensionId, hosts)),
    fixture(name) {
      const f = server.fixtures.find((x) => x.name === name);
      if (!f) throw new Error(`no fixture named ${name} (have: ${server.fixtures.map((x) => x.name).join(', ')})`);
      return f;
    },
    newTab,
    async open(name, o = {}) {
      const page = await newTab();
      await page.goto(o.url ?? sharh.fixture(name).url, { waitUntil: 'load' });
      return page;
    },
    async tabId(page) {
      const known = tabIds.get(page);
      if (known !== undefined) return known;
      const url = page.url();
      const ids = await inWorker((u: string) => (globalThis as any).chrome.tabs.query({ url: u }).then((ts: { id: number }[]) => ts.map((t) => t.id)), url);
      if (ids.length !== 1) throw new Error(`cannot tell the tab id of ${url} (open it with sharh.open/newTab)`);
      return ids[0]!;
    },
    async openPopup(target, o = {}) {
      const id = typeof target === 'number' ? target : await sharh.tabId(target);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      if (o.colorScheme) await popup.emulateMedia({ colorScheme: o.colorScheme });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${id}`, { waitUntil: 'load' });
      return popup;
    },
    inWorker: inWorker as Sharh['inWorker'],
    storageGet: (keys = null) => inWorker((k) => (globalThis as any).chrome.storage.local.get(k), keys),
    storageSet: (items) => inWorker((i) => (globalThis as any).chrome.storage.local.set(i), items),
    screenshot: (page, name, o = {}) => screenshot(page, name, o),
    async close() {
      // The suite-wide promise (issue 2): no request leaves the machine from any context. Every file
      // closes its browser through here, so a stray request fails that file's teardown.
      const foreign = sharh.foreignRequests();
      await context.close().catch(() => undefined);
      if (ownServer) await server.close();
      if (!opts.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
      if (foreign.length) throw new Error(`requests that would leave the machine:\n${foreign.map((r) => `  ${r.from} ${r.resourceType} ${r.url}`).join('\n')}`);
    },
  };
  return sharh;
}

/** Chromium's id for an unpacked extension without a `key`: sha256 of its absolute path, first 32 hex
 * digits written with the letters a–p. */
export function extensionIdForPath(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** True for addresses that stay on this machine: our fixture hosts (mapped to the local server),
 * the loopback server itself, our own extension's pages, the browser's own pages, data: and blob:. */
export function isLocalUrl(url: string, extensionId: string, hosts: Set<string> = new Set(fixtureHosts())): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  // The browser's own pages (chrome://version, devtools) are served from inside the browser.
  if (u.protocol === 'chrome:' || u.protocol === 'chrome-untrusted:' || u.protocol === 'devtools:') return true;
  if (u.protocol === 'chrome-extension:') return u.host === extensionId;
  if (u.protocol === 'http:' || u.protocol === 'ws:') {
    if (u.hostname === '127.0.0.1' || u.hostname === 'localhost') return true;
    return hosts.has(u.host);
  }
  return false;
}

/**
 * Runs in the page world (passed to playwright's or puppeteer's `evaluate`, so it must be
 * self-contained): the `sharh-<kind>` entries of `CSS.highlights` — the registry is shared with the
 * content script's world — as the text of each range, in registration order. Reads with `get` only,
 * which every browser allows (Firefox cannot iterate the registry from a content script). Shared by
 * the Chromium and Firefox harnesses.
 */
export function readSharhHighlights(kinds: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const reg = (CSS as unknown as { highlights?: { get(n: string): Iterable<AbstractRange> | undefined } }).highlights;
  if (!reg) return out;
  for (const kind of kinds) {
    const h = reg.get(`sharh-${kind}`);
    if (!h) continue;
    out[`sharh-${kind}`] = [...h].map((r) => {
      // Ranges may be StaticRanges (no toString): rebuild a live Range to read the text.
      const live = document.createRange();
      try {
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      } catch {
        return '';
      }
    });
  }
  return out;
}

/** The `sharh-*` highlights of a page or frame (see `readSharhHighlights`). */
export function highlights(target: Page | Frame): Promise<Record<string, string[]>> {
  return target.evaluate(readSharhHighlights, HIGHLIGHT_KINDS);
}

/** Total number of ranges over all `sharh-*` highlights. */
export const rangeCount = (h: Record<string, string[]>): number => Object.values(h).reduce((n, r) => n + r.length, 0);

/** Wait until at least `min` ranges are highlighted; returns the highlights (throws on timeout). */
export async function waitForHighlights(target: Page | Frame, opts: { min?: number; timeout?: number } = {}): Promise<Record<string, string[]>> {
  const min = opts.min ?? 1;
  const deadline = Date.now() + (opts.timeout ?? 10_000);
  let last: Record<string, string[]> = {};
  while (Date.now() < deadline) {
    last = await highlights(target);
    if (rangeCount(last) >= min) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no sharh-* highlights after ${opts.timeout ?? 10_000} ms on ${target.url()} (saw ${JSON.stringify(Object.keys(last))})`);
}

/** Write a PNG under artifacts/ (gitignored) and return its path. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean; dir?: string } = {}): Promise<string> {
  const dir = opts.dir ?? ARTIFACTS_DIR;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? false });
  return file;
}

/** The popup's per-site switch, found by role and accessible name (the agreed contract: a switch or
 * checkbox named for "this site"). One place to change if the popup's wording changes. */
export function siteSwitch(popup: Page) {
  return popup.getByRole('switch', { name: /site/i }).or(popup.getByRole('checkbox', { name: /site/i })).first();
}

/** Flip a switch (or checkbox) the way a keyboard user does: focus, then Space. Styled switches often
 * cover the real input with their track, so a pointer click at the input's centre hits the track. */
export async function toggle(control: ReturnType<Page['locator']>): Promise<void> {
  await control.focus();
  await control.press('Space');
}

/** Write the recorded requests to artifacts/<name>.requests.txt (for a look after a failure). */
export function saveRequestLog(sharh: Sharh, name: string): string {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.requests.txt`);
  fs.writeFileSync(file, sharh.requests.map((r) => `${r.from}\t${r.resourceType}\t${r.url}`).join('\n') + '\n');
  return file;
}
