/**
 * The background's page wiring with WXT's fake browser (storage is real in-memory; scripting and
 * permissions, which the fake does not implement, get small in-memory stand-ins): runtime-registered
 * content scripts follow the user's extra sites, the shortcut toggles the site, and a tab without
 * a content script gets one before "annotate once".
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { getSettings, setGlobalEnabled, setSiteEnabled } from '../../../lib/settings';
import { CONTENT_JS, REGISTERED_PREFIX, annotateTab, injectAnnotator, injectPart, notifySettingsChanged, onSiteChanged, pageConfig, syncRegisteredScripts, toggleSiteForTab } from '../../../lib/page/injection';

type Reg = { id: string; matches: string[]; js: string[]; persistAcrossSessions?: boolean };
let registered: Reg[];
let granted: Set<string>;
let executed: unknown[];
let contentAnswers: boolean;
const b = fakeBrowser as unknown as WxtBrowser;

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  granted = new Set();
  executed = [];
  contentAnswers = false;
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => registered as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (s: unknown) => {
    registered.push(...(s as Reg[]));
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (f?: { ids?: string[] }) => {
    registered = registered.filter((r) => !f?.ids?.includes(r.id));
  });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (inj: unknown) => {
    executed.push(inj);
    if ((inj as { files?: string[] }).files?.includes(CONTENT_JS)) contentAnswers = true;
    return [] as never;
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => granted.has(o)));
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, msg: { type: string }) => {
    if (!contentAnswers) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { ok: true, value: msg.type === 'sharh/status' ? { state: 'running' } : { state: 'article' } };
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id: 7, url: 'https://www.example-news.com/a' }] as never);
});

const grant = (host: string) => [`*://${host}/*`, `*://www.${host}/*`].forEach((o) => granted.add(o));

describe('registered content scripts follow the extra sites', () => {
  test('an enabled site with its permission is registered (persisting), a disabled one is removed', async () => {
    grant('example-news.com');
    await setSiteEnabled('example-news.com', true);
    await setSiteEnabled('no-permission.org', true);
    expect(await syncRegisteredScripts(b)).toEqual(['example-news.com']);
    expect(registered).toEqual([
      expect.objectContaining({ id: `${REGISTERED_PREFIX}example-news.com`, matches: ['*://example-news.com/*', '*://www.example-news.com/*'], js: ['gate.js'], persistAcrossSessions: true }),
    ]);
    await setSiteEnabled('example-news.com', false);
    await syncRegisteredScripts(b);
    expect(registered).toEqual([]);
  });

  test('a registration left by an older version (content-scripts/content.js) is replaced by the gate script', async () => {
    grant('example-news.com');
    await setSiteEnabled('example-news.com', true);
    registered = [{ id: `${REGISTERED_PREFIX}example-news.com`, matches: ['*://example-news.com/*', '*://www.example-news.com/*'], js: ['content-scripts/content.js'], persistAcrossSessions: true }];
    await syncRegisteredScripts(b);
    expect(registered).toEqual([expect.objectContaining({ id: `${REGISTERED_PREFIX}example-news.com`, js: ['gate.js'] })]);
  });

  test('what the popup asks permission for is exactly what the background checks and registers', async () => {
    // The popup's real switch: permissions.request records the origins it asked for as granted.
    const { setSite } = await import('../../../lib/popup/site');
    const asked: string[][] = [];
    const popupBrowser = {
      permissions: {
        request: async (p: { origins: string[] }) => { asked.push(p.origins); p.origins.forEach((o) => granted.add(o)); return true; },
        remove: async () => true,
      },
      runtime: { sendMessage: async (msg: unknown) => { const m = msg as { data: { host: string; enabled: boolean } }; return { ok: true, value: await onSiteChanged(b, m.data.host, m.data.enabled) }; } },
    };
    expect(await setSite(popupBrowser, 'www.news-site.example', true)).toEqual({ ok: true });
    expect(asked).toHaveLength(1);
    expect(registered.map((r) => r.id)).toEqual([`${REGISTERED_PREFIX}news-site.example`]);
    expect(registered[0]!.matches).toEqual(asked[0]);
  });

  test('a site-changed without the granted permission stores nothing', async () => {
    expect(await onSiteChanged(b, 'no-permission.example', true)).toBe(false);
    expect((await getSettings()).sites['no-permission.example']).toBeUndefined();
    expect(registered).toEqual([]);
  });

  test('default sites (china.org.cn) never get a runtime registration', async () => {
    await setSiteEnabled('arabic.china.org.cn', true);
    await syncRegisteredScripts(b);
    expect(registered).toEqual([]);
  });

  test('site-changed from the popup: stored, registered, and open tabs of the site get the content script', async () => {
    grant('example-news.com');
    expect(await onSiteChanged(b, 'www.example-news.com', true)).toBe(true);
    expect((await getSettings()).sites['example-news.com']).toBe(true);
    expect(registered.map((r) => r.id)).toEqual([`${REGISTERED_PREFIX}example-news.com`]);
    expect(executed).toContainEqual({ target: { tabId: 7 }, files: [CONTENT_JS] });
  });
});

describe('tab actions', () => {
  test('annotate once injects the content script where none answers', async () => {
    const r = await annotateTab(b, 3);
    expect(r).toEqual({ ok: true, value: { state: 'article' } });
    expect(executed).toEqual([{ target: { tabId: 3 }, files: [CONTENT_JS] }]);
  });

  test('the annotator goes into the asking frame', async () => {
    expect(await injectAnnotator(b, 3, 5)).toBe(true);
    expect(executed).toEqual([{ target: { tabId: 3, frameIds: [5] }, files: ['/annotator.js'] }]);
  });

  test('toggle-site on an enabled default site turns it off, then on again', async () => {
    contentAnswers = true;
    const tab = { id: 3, url: 'http://arabic.china.org.cn/txt/2025-01/27/content_1.htm' };
    expect(await toggleSiteForTab(b, tab)).toEqual({ ok: true, value: false });
    expect((await getSettings()).sites['arabic.china.org.cn']).toBe(false);
    expect(await toggleSiteForTab(b, tab)).toEqual({ ok: true, value: true });
    expect((await getSettings()).sites['arabic.china.org.cn']).toBe(true);
  });

  test('toggle-site on a site without permission annotates once and stores nothing', async () => {
    expect(await toggleSiteForTab(b, { id: 4, url: 'https://elsewhere.net/x' })).toEqual({ ok: true, value: true });
    expect((await getSettings()).sites).toEqual({});
    expect(executed).toEqual([{ target: { tabId: 4 }, files: [CONTENT_JS] }]);
  });
});

describe('page config: the background decides "is Sharh on here?" for the content script', () => {
  const article = { tabId: 3, frameId: 0, url: 'http://arabic.china.org.cn/txt/2025-01/27/content_1.htm' };

  test('on by default on china.org.cn: settings for the page, annotator injected into the asking frame', async () => {
    const cfg = await pageConfig(b, { ...article, frameId: 2 }, { load: true, force: false });
    expect(cfg).toMatchObject({ host: 'arabic.china.org.cn', enabled: true, reason: null, loaded: true });
    expect(cfg.kinds.person).toBe(true);
    expect(executed).toEqual([{ target: { tabId: 3, frameIds: [2] }, files: ['/annotator.js'] }]);
  });

  test('site switched off: the reason says site, globally off says global; nothing goes in, nothing is warmed (the gate script asks again on switch-on)', async () => {
    const warm = vi.fn();
    await setSiteEnabled('arabic.china.org.cn', false);
    expect(await pageConfig(b, article, { load: true, force: false }, warm)).toMatchObject({ enabled: false, reason: 'site', loaded: false });
    await setGlobalEnabled(false);
    expect(await pageConfig(b, article, { load: true, force: false }, warm)).toMatchObject({ enabled: false, reason: 'global', loaded: false });
    expect(executed).toEqual([]);
    expect(warm).not.toHaveBeenCalled();
  });

  test('off but forced ("annotate once"): the bundle goes in and the analyser is warmed', async () => {
    const warm = vi.fn();
    await setSiteEnabled('arabic.china.org.cn', false);
    expect(await pageConfig(b, article, { load: true, force: true }, warm)).toMatchObject({ enabled: false, reason: 'site', loaded: true });
    expect(executed).toEqual([{ target: { tabId: 3, frameIds: [0] }, files: ['/annotator.js'] }]);
    expect(warm).toHaveBeenCalledTimes(1);
  });

  test('without load nothing is injected (the popup asking a page the gate turned down)', async () => {
    expect(await pageConfig(b, { ...article, url: 'https://elsewhere.net/x' }, { load: false, force: false })).toMatchObject({ host: 'elsewhere.net', enabled: false, reason: 'site', loaded: false });
    expect(executed).toEqual([]);
  });

  test('later parts go into the asking frame', async () => {
    expect(await injectPart(b, 3, 1, 'card')).toBe(true);
    expect(await injectPart(b, 3, 1, 'readability')).toBe(true);
    expect(executed).toEqual([
      { target: { tabId: 3, frameIds: [1] }, files: ['/card.js'] },
      { target: { tabId: 3, frameIds: [1] }, files: ['/readability.js'] },
    ]);
  });
});

describe('settings changes are announced to the tabs', () => {
  test('every open tab is told; a tab without our scripts is no error', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id: 7 }, { id: 8 }, {}] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tab: number, msg: unknown) => {
      sent.push([tab, msg]);
      if (tab === 8) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, value: true };
    }) as never);
    await expect(notifySettingsChanged(b)).resolves.toBeUndefined();
    expect(sent).toEqual([
      [7, { type: 'sharh/settings-changed', data: {} }],
      [8, { type: 'sharh/settings-changed', data: {} }],
    ]);
  });
});
