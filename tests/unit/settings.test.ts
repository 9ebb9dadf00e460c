import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, isSiteEnabled, removeSite, sanitiseSettings, setGlobalEnabled, setSiteEnabled, siteChoice, watchSettings } from '../../lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings storage', () => {
  it('starts from the defaults: on for arabic.china.org.cn, off elsewhere', async () => {
    const s = await getSettings();
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(isSiteEnabled(s, 'arabic.china.org.cn')).toBe(true);
    expect(isSiteEnabled(s, 'www.aljazeera.net')).toBe(false);
  });

  it('remembers a per-site choice and the global switch', async () => {
    await setSiteEnabled('www.AlJazeera.net', true);
    await setSiteEnabled('arabic.china.org.cn', false);
    let s = await getSettings();
    expect(isSiteEnabled(s, 'aljazeera.net')).toBe(true);
    expect(isSiteEnabled(s, 'arabic.china.org.cn')).toBe(false);
    await setGlobalEnabled(false);
    s = await getSettings();
    expect(isSiteEnabled(s, 'aljazeera.net')).toBe(false);
    await removeSite('arabic.china.org.cn');
    await setGlobalEnabled(true);
    expect(isSiteEnabled(await getSettings(), 'arabic.china.org.cn')).toBe(true);
  });

  it('drops a corrupted site entry without losing the other sites', async () => {
    await fakeBrowser.storage.local.set({
      'sharh-settings': { enabled: 'yes', sites: { 'good.example': true, 'bad host!': true, 'x.example': 'on', 'off.example': false }, kinds: { date: false, bogus: 1 } },
      'sharh-settings$': { v: 2 },
    });
    const s = await getSettings();
    expect(s.enabled).toBe(true);
    expect(s.sites).toEqual({ 'good.example': true, 'off.example': false });
    expect(s.kinds.date).toBe(false);
    expect(s.kinds.person).toBe(true);
  });

  it('falls back to defaults for values of the wrong type', () => {
    for (const raw of [null, 42, 'x', [], { sites: [1, 2] }, { colors: { person: 'url(javascript:1)' } }]) {
      const s = sanitiseSettings(raw);
      expect(s.sites).toEqual({});
      expect(s.colors).toEqual({});
    }
  });

  it('migrates version 1 settings', async () => {
    await fakeBrowser.storage.local.set({ 'sharh-settings': { on: false, disabledSites: ['arabic.china.org.cn'] }, 'sharh-settings$': { v: 1 } });
    const s = await getSettings();
    expect(s.enabled).toBe(false);
    expect(s.sites).toEqual({ 'arabic.china.org.cn': false });
  });

  it('keeps v2-shaped values that were stored without a version key', async () => {
    await fakeBrowser.storage.local.set({ 'sharh-settings': { enabled: true, sites: { 'news.example': true } } });
    expect((await getSettings()).sites).toEqual({ 'news.example': true });
  });

  it("reads the site switch for www. hosts and keeps it apart from the global switch", async () => {
    await setSiteEnabled('www.example.com', true);
    await setGlobalEnabled(false);
    const s = await getSettings();
    expect(siteChoice(s, 'www.example.com')).toBe(true);
    expect(siteChoice(s, 'arabic.china.org.cn')).toBe(true);
    expect(siteChoice(s, 'other.example')).toBe(false);
    expect(isSiteEnabled(s, 'www.example.com')).toBe(false);
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabled));
    await setGlobalEnabled(false);
    await new Promise((r) => setTimeout(r, 10));
    unwatch();
    expect(seen).toContain(false);
  });
});
