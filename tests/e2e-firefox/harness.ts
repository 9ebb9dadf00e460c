/**
 * Firefox end-to-end harness (issue 7): the built Firefox extension installed as a temporary add-on
 * in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi, on the same fixture pages
 * and the same fixture server as the Chromium suite (tests/e2e/harness.ts), under their real host
 * names.
 *
 *   const sharh = await launchFirefox();
 *   const page = await sharh.open('sample-article');          // http://arabic.china.org.cn/...
 *   await waitForHighlights(page);                              // CSS.highlights.get('sharh-<kind>')
 *   const popup = await sharh.openPopup(page);                  // moz-extension://UUID/popup.html?tabId=N
 *   await sharh.screenshot(popup, 'popup');                     // artifacts/firefox-popup.png
 *   await sharh.close();                                        // throws if a request left the machine
 *
 * How it differs from Chromium, and why (../shared/TOOLCHAIN.md "Firefox end to end"):
 * - Real host names: Firefox has no host-resolver flag, so every protocol's proxy is a small
 *   recording proxy here. It forwards fixture hosts to the fixture server (which routes absolute-form
 *   URLs on host + path) and answers 502 to anything else, so it also sees, and records, every
 *   request Firefox itself makes (background page, updates, telemetry…), not just the pages'.
 * - The moz-extension UUID is pinned (pref `extensions.webextensions.uuids`), so extension pages have
 *   a known address; Firefox fires no load event for them: navigate without awaiting, then poll.
 * - Tab ids come from `browser.tabs.query` evaluated in an extension page of our own (the options
 *   page, the "control" tab): the popup is told its tab by `?tabId=N`, as in Chromium.
 * - Highlights are read in the page world with `CSS.highlights.get('sharh-<kind>')` (the page can
 *   iterate a Highlight; our content script cannot iterate the registry in Firefox).
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { ARTIFACTS_DIR, HIGHLIGHT_KINDS, REPO, isLocalUrl, rangeCount, readSharhHighlights, startFixtureServer, type Fixture, type FixtureServer } from '../e2e/harness';
import { fixtureHosts } from '../../scripts/serve-fixtures';

export { HIGHLIGHT_KINDS, rangeCount, REPO, type Fixture, type FixtureServer } from '../e2e/harness';

/** Debian's Firefox ESR (installed by `npm run setup`). */
export const FIREFOX = process.env.SHARH_FIREFOX ?? '/usr/bin/firefox-esr';
/** Which Firefox manifest to test: 3 (shipped, see README) or 2. */
export const FIREFOX_MV = (process.env.SHARH_FIREFOX_MV ?? '3') === '2' ? 2 : 3;
export const FIREFOX_EXTENSION_DIR = process.env.SHARH_FIREFOX_EXTENSION_DIR ?? path.join(REPO, `.output/firefox-mv${FIREFOX_MV}`);
/** The moz-extension:// host we pin for our add-on (any fixed UUID will do). */
export const EXTENSION_UUID = '5a4b7c1e-0d2f-4e6a-9b3c-1f2e3d4c5b6a';

/** Prefs that keep Firefox off the network (on top of puppeteer's own defaults, which already turn
 * off app updates, normandy's URL, safe browsing lists, health report and the blocklist server). */
export const QUIET_PREFS: Record<string, unknown> = {
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'browser.aboutHomeSnippets.updateUrl': '',
  'browser.discovery.enabled': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.topsites.contile.enabled': false,
  'browser.translations.enable': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.contentanalysis.enabled': false,
  'captivedetect.canonicalURL': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.enabled': false,
  'dom.push.serverURL': '',
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.discovery.api_url': '',
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.trr.mode': 5,
  'privacy.query_stripping.enabled': false,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Firefox's remote settings (dozens of collections synced on first use): the address Mozilla's own
  // automation uses, which fails at once; honoured in release builds only with the env var set below.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'services.sync.enabled': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.coverage.endpoint.base': '',
};

/** Every protocol through one proxy (ours), including localhost: nothing is fetched directly. */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.socks': '',
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

export interface RecordedRequest {
  url: string;
  /** `proxy` (seen by the recording proxy: anything Firefox fetched over the network, from any
   * context) or `page` (a BiDi network event of a tab, including extension pages, data: and the like). */
  from: 'proxy' | 'page';
  /** `navigation` or the method (BiDi gives puppeteer no resource type); CONNECT for https/wss. */
  type: string;
}

/** The gecko id of a built extension (from its manifest; wxt.config.ts sets it). */
export function geckoId(dir = FIREFOX_EXTENSION_DIR): string {
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = m.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json has no browser_specific_settings.gecko.id (wxt.config.ts)`);
  return id;
}

/** Fail early with the fix. */
export function assertFirefoxPrerequisites(dir = FIREFOX_EXTENSION_DIR): void {
  if (!fs.existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: run \`npm run setup\` (installs Debian's firefox-esr).`);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No built Firefox extension in ${dir}: run \`npx wxt build -b firefox${FIREFOX_MV === 3 ? ' --mv3' : ''}\`.`);
}

/** True for addresses that stay on this machine (Chromium's rule plus our moz-extension host). */
export function isLocalFirefoxUrl(url: string, hosts: Set<string>): boolean {
  if (url.startsWith(`moz-extension://${EXTENSION_UUID}/`)) return true;
  return isLocalUrl(url, '-', hosts);
}

interface RecordingProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * The proxy Firefox uses for every protocol. Plain http to a fixture host is forwarded to the
 * fixture server as it came (absolute form: the server routes on host + path); everything else is
 * recorded and refused (502; CONNECT for https/wss is refused the same way), so it never leaves.
 */
async function startRecordingProxy(server: FixtureServer, hosts: Set<string>, record: (r: RecordedRequest) => void): Promise<RecordingProxy> {
  const proxy = http.createServer((req, res) => {
    const url = req.url ?? '';
    record({ url, from: 'proxy', type: req.method ?? 'GET' });
    let host = '';
    try {
      host = new URL(url).host;
    } catch {
      /* origin-form: someone talked to the proxy as a server */
    }
    if (!hosts.has(host)) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`sharh e2e proxy: ${url} is not a fixture host\n`);
      return;
    }
    const fwd = http.request({ host: '127.0.0.1', port: server.port, method: req.method, path: url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    fwd.on('error', () => res.writeHead(502).end());
    req.pipe(fwd);
  });
  const refuse = (req: http.IncomingMessage, socket: net.Socket, scheme: string) => {
    record({ url: `${scheme}://${req.url}`, from: 'proxy', type: req.method ?? 'CONNECT' });
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
  };
  proxy.on('connect', (req, socket: net.Socket) => refuse(req, socket, 'connect'));
  proxy.on('upgrade', (req, socket: net.Socket) => {
    record({ url: req.url ?? '', from: 'proxy', type: `UPGRADE ${req.headers.upgrade ?? ''}` });
    socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (proxy.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}

export interface LaunchOptions {
  headless?: boolean;
  server?: FixtureServer;
  extensionDir?: string;
  viewport?: { width: number; height: number };
  /** More Firefox prefs (e.g. a short `extensions.background.idle.timeout`). */
  prefs?: Record<string, unknown>;
}

export interface FirefoxSharh {
  browser: Browser;
  server: FixtureServer;
  extensionId: string;
  /** `moz-extension://UUID` */
  extensionOrigin: string;
  /** Milliseconds: Firefox launch, add-on install. */
  timings: { launchMs: number; installMs: number };
  requests: RecordedRequest[];
  /** Requests to anything but fixture hosts, loopback, our moz-extension host, data: or blob:. */
  foreignRequests(): RecordedRequest[];
  fixture(name: string): Fixture;
  newTab(): Promise<Page>;
  /** Open a fixture by name under its real address in a new tab; waits for `load`. */
  open(name: string, opts?: { url?: string }): Promise<Page>;
  /** The WebExtension tab id of a page opened by `newTab`/`open`. */
  tabId(page: Page): Promise<number>;
  /** Open `popup.html?tabId=N` in a tab of its own, popup-sized. */
  openPopup(target: Page | number): Promise<Page>;
  /** Open any page of ours (`/options.html`…) and wait until it has loaded. */
  openExtensionPage(pathAndQuery: string, page?: Page): Promise<Page>;
  /** Evaluate in an extension page (the control tab), where `browser.*` is at hand. */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  storageGet(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  storageSet(items: Record<string, unknown>): Promise<void>;
  /** artifacts/firefox-<name>.png */
  screenshot(page: Page, name: string, opts?: { fullPage?: boolean }): Promise<string>;
  /** Close everything; throws if any request would have left the machine. */
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launchFirefox(opts: LaunchOptions = {}): Promise<FirefoxSharh> {
  const extensionDir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  assertFirefoxPrerequisites(extensionDir);
  const ownServer = !opts.server;
  const server = opts.server ?? (await startFixtureServer());
  const hosts = new Set(fixtureHosts(server.fixtures));
  const requests: RecordedRequest[] = [];
  const proxy = await startRecordingProxy(server, hosts, (r) => requests.push(r));
  const id = geckoId(extensionDir);
  const viewport = opts.viewport ?? { width: 1280, height: 900 };

  const t0 = performance.now();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: opts.headless ?? true,
      // Needed to open moz-extension:// pages over BiDi (TOOLCHAIN.md).
      args: ['--remote-allow-system-access'],
      defaultViewport: viewport,
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        ...QUIET_PREFS,
        ...proxyPrefs(proxy.port),
        'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
        'intl.accept_languages': 'en-US',
        // Grant optional permissions without the doorhanger nobody can click in headless Firefox
        // (still only what the manifest declares optional; still only from a user gesture).
        'extensions.webextOptionalPermissionPrompts': false,
        ...opts.prefs,
      },
    });
  } catch (e) {
    await proxy.close();
    if (ownServer) await server.close();
    throw e;
  }
  const launchMs = performance.now() - t0;
  const t1 = performance.now();
  const installed = await browser.installExtension(path.resolve(extensionDir));
  const installMs = performance.now() - t1;
  if (installed !== id) throw new Error(`installed add-on id ${installed}, expected ${id}`);
  const origin = `moz-extension://${EXTENSION_UUID}`;

  const watch = (page: Page) => {
    page.on('request', (r: HTTPRequest) => requests.push({ url: r.url(), from: 'page', type: r.isNavigationRequest() ? 'navigation' : r.method() }));
  };
  browser.on('targetcreated', (t) => {
    if (t.type() === 'page') void t.page().then((p) => p && watch(p), () => undefined);
  });
  for (const p of await browser.pages()) watch(p);

  /** Start a navigation to one of our pages and wait for it: Firefox fires no load event there. */
  const gotoExtension = async (page: Page, pathAndQuery: string): Promise<Page> => {
    const url = `${origin}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`;
    void page.goto(url, { timeout: 0 }).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const ok = await page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url).catch(() => false);
      if (ok) return page;
      await sleep(50);
    }
    throw new Error(`extension page ${url} did not load`);
  };

  let control: Promise<Page> | null = null;
  const controlPage = (): Promise<Page> => (control ??= browser.newPage().then((p) => gotoExtension(p, '/options.html')));
  const inExtension = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> => {
    const page = await controlPage();
    return page.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>;
  };
  type Tabs = { tabs: { query(q: object): Promise<{ id: number }[]> } };
  const allTabIds = () => inExtension(() => (globalThis as unknown as { browser: Tabs }).browser.tabs.query({}).then((ts) => ts.map((t) => t.id)));

  const tabIds = new WeakMap<Page, number>();
  let tabLock: Promise<unknown> = Promise.resolve();
  const newTab = (): Promise<Page> => {
    // One at a time: the new tab is the one id that was not there before.
    const run = tabLock.then(async () => {
      await controlPage();
      const before = new Set(await allTabIds());
      const page = await browser.newPage();
      for (let i = 0; i < 100; i++) {
        const fresh = (await allTabIds()).filter((t) => !before.has(t));
        if (fresh.length === 1) {
          tabIds.set(page, fresh[0]!);
          break;
        }
        await sleep(50);
      }
      return page;
    });
    tabLock = run.catch(() => undefined);
    return run;
  };

  const sharh: FirefoxSharh = {
    browser,
    server,
    extensionId: id,
    extensionOrigin: origin,
    timings: { launchMs, installMs },
    requests,
    foreignRequests: () => requests.filter((r) => !isLocalFirefoxUrl(r.url, hosts)),
    fixture(name) {
      const f = server.fixtures.find((x) => x.name === name);
      if (!f) throw new Error(`no fixture named ${name} (have: ${server.fixtures.map((x) => x.name).join(', ')})`);
      return f;
    },
    newTab,
    async open(name, o = {}) {
      const page = await newTab();
      await page.goto(o.url ?? sharh.fixture(name).url, { waitUntil: 'load', timeout: 20_000 });
      return page;
    },
    async tabId(page) {
      const known = tabIds.get(page);
      if (known === undefined) throw new Error(`unknown tab id for ${page.url()} (open it with sharh.open/newTab)`);
      return known;
    },
    async openPopup(target) {
      const tab = typeof target === 'number' ? target : await sharh.tabId(target);
      const popup = await browser.newPage();
      await popup.setViewport({ width: 420, height: 640 });
      return gotoExtension(popup, `/popup.html?tabId=${tab}`);
    },
    async openExtensionPage(pathAndQuery, page) {
      return gotoExtension(page ?? (await browser.newPage()), pathAndQuery);
    },
    inExtension: inExtension as FirefoxSharh['inExtension'],
    storageGet: (keys = null) =>
      inExtension((k) => (globalThis as unknown as { browser: { storage: { local: { get(k: unknown): Promise<Record<string, unknown>> } } } }).browser.storage.local.get(k), keys),
    storageSet: (items) => inExtension((i) => (globalThis as unknown as { browser: { storage: { local: { set(i: unknown): Promise<void> } } } }).browser.storage.local.set(i), items),
    screenshot: (page, name, o = {}) => screenshot(page, name, o),
    async close() {
      const foreign = sharh.foreignRequests();
      await browser.close().catch(() => undefined);
      await proxy.close();
      if (ownServer) await server.close();
      if (foreign.length) throw new Error(`requests that would leave the machine:\n${foreign.map((r) => `  ${r.from} ${r.type} ${r.url}`).join('\n')}`);
    },
  };
  return sharh;
}

/**
 * The `sharh-<kind>` highlights, read in the page world with `CSS.highlights.get` (one name per
 * kind): the text of each range, in registration order. Kinds with no highlight are left out.
 */
export function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(readSharhHighlights, HIGHLIGHT_KINDS);
}

/** Wait until at least `min` ranges are highlighted; returns them (throws on timeout). */
export async function waitForHighlights(page: Page, opts: { min?: number; timeout?: number } = {}): Promise<Record<string, string[]>> {
  const min = opts.min ?? 1;
  const timeout = opts.timeout ?? 10_000;
  const deadline = Date.now() + timeout;
  let last: Record<string, string[]> = {};
  while (Date.now() < deadline) {
    last = await highlights(page).catch(() => ({}));
    if (rangeCount(last) >= min) return last;
    await sleep(50);
  }
  throw new Error(`no sharh-* highlights after ${timeout} ms on ${page.url()} (saw ${JSON.stringify(Object.keys(last))})`);
}

/** Poll `fn` until `ok(value)`; returns the last value (throws with it on timeout). */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeout;
  let v: T | undefined;
  while (Date.now() < deadline) {
    v = await fn().catch(() => undefined as T);
    if (v !== undefined && ok(v)) return v;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(v)})`);
}

/** Write artifacts/firefox-<name>.png and return its path. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `firefox-${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`) as `${string}.png`;
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? false });
  return file;
}

/** The popup's "This site" switch (a checkbox with role="switch" inside its label). */
export async function siteSwitchState(popup: Page): Promise<boolean | null> {
  return popup.evaluate(() => {
    const input = [...document.querySelectorAll<HTMLInputElement>('label input[role="switch"]')].find((i) => /this site/i.test(i.closest('label')?.textContent ?? ''));
    return input ? input.checked : null;
  });
}

/** Click the "This site" switch like a user (on its label). */
export async function clickSiteSwitch(popup: Page): Promise<void> {
  const labels = await popup.$$('label');
  for (const l of labels) {
    const isSite = await l.evaluate((el) => !!el.querySelector('input[role="switch"]') && /this site/i.test(el.textContent ?? ''));
    if (isSite) {
      await l.click();
      return;
    }
  }
  throw new Error('no "This site" switch in the popup');
}

/** The popup's visible text. */
export const bodyText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);

/** Write the recorded requests to artifacts/firefox-<name>.requests.txt. */
export function saveRequestLog(sharh: FirefoxSharh, name: string): string {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `firefox-${name}.requests.txt`);
  fs.writeFileSync(file, sharh.requests.map((r) => `${r.from}\t${r.type}\t${r.url}`).join('\n') + '\n');
  return file;
}
