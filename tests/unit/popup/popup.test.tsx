// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { until } from './until';
import { Popup } from '../../../components/popup/Popup';
import type { PopupBrowser, PopupDeps } from '../../../components/popup/deps';
import { ok, type PageStatus } from '../../../lib/messaging';
import { getSettings, setGlobalEnabled, setSiteEnabled, updateSettings } from '../../../lib/settings';
import { HEADLINE, sampleAnalysis } from './sample';
import { fakeTranslator } from './fake-translator';

const ARTICLE_URL = 'http://arabic.china.org.cn/txt/2025-01/27/content_117688011.htm';
const article = (): PageStatus => ({ state: 'article', host: 'arabic.china.org.cn', headline: HEADLINE, date: '2025-01-27', analysis: sampleAnalysis(), counts: {} });

interface Harness {
  root: HTMLElement;
  deps: PopupDeps;
  sent: { type: string; data: unknown }[];
  text(): string;
}

/** Render the popup for tab 7 at `url`, whose content script answers `status` (a function may change its mind). */
function mount(url: string, status: PageStatus | 'absent' | (() => PageStatus), extra: Partial<PopupDeps> = {}): Harness {
  const sent: Harness['sent'] = [];
  const browser: PopupBrowser = {
    tabs: {
      get: async (id) => ({ id, url }),
      query: async () => [{ id: 7, url }],
      sendMessage: async (_id, msg) => {
        const m = msg as { type: string; data: unknown };
        sent.push(m);
        if (status === 'absent') throw new Error('Could not establish connection. Receiving end does not exist.');
        if (m.type === 'sharh/reveal') return ok(true);
        return ok(typeof status === 'function' ? status() : status);
      },
      reload: vi.fn(async () => {}),
    },
    runtime: {
      // The background: 'sharh/annotate-tab' injects the gate script where none runs, then the page answers.
      sendMessage: vi.fn(async (msg: unknown) => {
        const m = msg as { type: string; data: unknown };
        if (m.type !== 'sharh/annotate-tab') return ok(true);
        sent.push(m);
        return ok(typeof status === 'function' ? status() : status === 'absent' ? ({ state: 'not-article', reason: 'section-page' } satisfies PageStatus) : status);
      }),
      openOptionsPage: vi.fn(async () => {}),
    },
    permissions: { request: vi.fn(async () => true), remove: vi.fn(async () => true) },
  };
  const deps: PopupDeps = {
    browser,
    translator: null,
    clipboard: { writeText: vi.fn(async () => {}) },
    download: vi.fn(),
    tabId: 7,
    pollMs: 20,
    ...extra,
  };
  const root = document.createElement('div');
  document.body.append(root);
  render(<Popup deps={deps} />, root);
  return { root, deps, sent, text: () => root.textContent ?? '' };
}

const button = (h: Harness, name: RegExp) => {
  const b = [...h.root.querySelectorAll('button')].find((x) => name.test(x.textContent ?? ''));
  if (!b) throw new Error(`no button ${name} in: ${h.text()}`);
  return b;
};
const switchNamed = (h: Harness, name: RegExp) => {
  const s = [...h.root.querySelectorAll<HTMLInputElement>('input[role=switch]')].find((x) => name.test(x.closest('label')?.textContent ?? ''));
  if (!s) throw new Error(`no switch ${name}`);
  return s;
};

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('article state', () => {
  it('shows the headline in Arabic and English, the site, the date, the brief and the grouped facts', async () => {
    const h = mount(ARTICLE_URL, article());
    await until(() => expect(h.text()).toContain('Liang Wenfeng'));
    const ar = h.root.querySelector('.ar-headline')!;
    expect(ar.textContent).toBe(HEADLINE);
    expect(ar.getAttribute('dir')).toBe('rtl');
    expect(ar.getAttribute('lang')).toBe('ar');
    expect(h.root.querySelector('.en-headline')!.textContent).toBe('About DeepSeek');
    expect(h.root.querySelector('.meta')!.textContent).toBe('arabic.china.org.cn · January 27, 2025');
    expect(h.text()).toContain(sampleAnalysis().summary.english);
    expect([...h.root.querySelectorAll('.group h3')].map((x) => x.textContent)).toEqual(['Who', 'Where', 'What', 'Figures', 'When']);
    for (const t of ['DeepSeek', 'Liang Wenfeng', 'Nvidia', '$5.6 million', '2,048 GPUs', '671 billion parameters', 'January 20']) expect(h.text()).toContain(t);
    // No translator in this browser: no translation UI at all.
    expect(h.text()).not.toMatch(/machine translation|translate/i);
  });

  it('shows each fact with its Arabic original bidi-isolated and its mention count', async () => {
    const h = mount(ARTICLE_URL, article());
    await until(() => expect(h.root.querySelectorAll('button.fact').length).toBeGreaterThan(5));
    const first = h.root.querySelector('button.fact')!;
    expect(first.querySelector('.en')!.textContent).toBe('DeepSeek');
    const bdi = first.querySelector('bdi')!;
    expect([bdi.getAttribute('dir'), bdi.getAttribute('lang'), bdi.textContent]).toEqual(['rtl', 'ar', 'ديبسيك']);
    expect(first.querySelector('.count')!.textContent).toContain('×4');
    expect(first.textContent).toContain('4 mentions');
  });

  it('a click reveals the first mention, the next click the next one; arrows move between facts', async () => {
    const h = mount(ARTICLE_URL, article());
    await until(() => expect(h.root.querySelector('button.fact')).not.toBeNull());
    const a = sampleAnalysis();
    const deepseek = a.annotations.filter((s) => s.english === 'DeepSeek');
    const facts = [...h.root.querySelectorAll<HTMLButtonElement>('button.fact')];
    facts[0]!.click();
    facts[0]!.click();
    await until(() => expect(h.sent.filter((m) => m.type === 'sharh/reveal')).toHaveLength(2));
    expect(h.sent.filter((m) => m.type === 'sharh/reveal').map((m) => m.data)).toEqual([
      { start: deepseek[0]!.start, end: deepseek[0]!.end, showCard: true },
      { start: deepseek[1]!.start, end: deepseek[1]!.end, showCard: true },
    ]);
    await until(() => expect(h.root.querySelector('[role=status][aria-live]')!.textContent).toBe('Showing DeepSeek on the page, mention 2 of 4.'));
    facts[0]!.focus();
    facts[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(facts[1]);
    facts[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(facts[facts.length - 1]);
  });

  it('copies the facts as Markdown and downloads CSV and JSON', async () => {
    const h = mount(ARTICLE_URL, article());
    await until(() => expect(h.text()).toContain('Copy as Markdown'));
    button(h, /Copy as Markdown/).click();
    await until(() => expect(h.text()).toContain('Copied'));
    const md = vi.mocked(h.deps.clipboard.writeText).mock.calls[0]![0];
    expect(md).toContain('- **DeepSeek** (ديبسيك) — 4 mentions');
    button(h, /CSV/).click();
    button(h, /JSON/).click();
    const calls = vi.mocked(h.deps.download).mock.calls;
    expect(calls.map((c) => [c[0], c[1]])).toEqual([
      ['sharh-arabic.china.org.cn-2025-01-27.csv', 'text/csv;charset=utf-8'],
      ['sharh-arabic.china.org.cn-2025-01-27.json', 'application/json'],
    ]);
    expect(calls[0]![2]).toContain('$5.6 million');
    expect(JSON.parse(calls[1]![2]).facts).toHaveLength(sampleAnalysis().facts.length);
  });

  it('folds a long Who list after 8 names, and unfolds it on request', async () => {
    const many = article() as Extract<PageStatus, { state: 'article' }>;
    const extra = Array.from({ length: 9 }, (_, i) => ({ start: 10 + i, end: 11 + i, kind: 'organization' as const, text: 'ش', english: `Org ${i}` }));
    many.analysis.annotations = [...many.analysis.annotations, ...extra];
    const h = mount(ARTICLE_URL, many);
    await until(() => expect(h.text()).toContain('Show 5 more'));
    const who = () => h.root.querySelectorAll('#list-who button.fact').length;
    expect(who()).toBe(8);
    button(h, /Show 5 more/).click();
    await until(() => expect(who()).toBe(13));
  });

  it('renders page text as text, never as markup', async () => {
    const evil = article() as Extract<PageStatus, { state: 'article' }>;
    evil.headline = '<img src=x onerror="window.pwned=1"> عنوان';
    for (const x of [...evil.analysis.annotations, ...evil.analysis.facts]) if (x.english === 'DeepSeek') x.english = '<b>bold</b>';
    const h = mount(ARTICLE_URL, evil);
    await until(() => expect(h.text()).toContain('<img src=x'));
    expect(h.root.querySelector('img, b')).toBeNull();
    expect(h.text()).toContain('<b>bold</b>');
  });
});

describe('other states', () => {
  it('not an article: says so and offers to read it anyway', async () => {
    let status: PageStatus = { state: 'not-article', reason: 'section page' };
    const h = mount('http://arabic.china.org.cn/node_7000000.htm', () => status);
    await until(() => expect(h.text()).toContain('Not a news article'));
    status = article();
    button(h, /Read it anyway/).click();
    await until(() => expect(h.text()).toContain('DeepSeek'));
    expect(h.sent).toContainEqual({ type: 'sharh/annotate-tab', data: { tabId: 7 } });
  });

  it('a page whose address rules it out (no gate script declared there): "Not a news article", and "Read it anyway" goes through the background', async () => {
    const h = mount('http://arabic.china.org.cn/science/node_7086780.htm', 'absent');
    await until(() => expect(h.text()).toContain('Not a news article'));
    expect(h.text()).not.toContain("hasn't read this page");
    button(h, /Read it anyway/).click();
    await until(() => expect(h.sent).toContainEqual({ type: 'sharh/annotate-tab', data: { tabId: 7 } }));
    // The portal's English service: the same state, from the host.
    const en = mount('http://www.china.org.cn/business/2025-01/27/content_117688504.htm', 'absent');
    await until(() => expect(en.text()).toContain('Not a news article'));
  });

  it('analysis still running: polls until the article is ready', async () => {
    let n = 0;
    const h = mount(ARTICLE_URL, () => (++n < 3 ? { state: 'running' } : article()));
    await until(() => expect(h.text()).toContain('Reading the article'));
    await until(() => expect(h.text()).toContain('Liang Wenfeng'));
    expect(n).toBeGreaterThanOrEqual(3);
  });

  it('a browser page: extensions cannot run there', async () => {
    const h = mount('chrome://extensions/', 'absent');
    await until(() => expect(h.text()).toContain("Sharh can't run on this page"));
    expect(h.root.querySelectorAll('input[role=switch]')).toHaveLength(1); // only the global switch
    const store = mount('https://chromewebstore.google.com/detail/x', 'absent');
    await until(() => expect(store.text()).toContain('extension stores'));
    const file = mount('file:///home/me/a.html', 'absent');
    await until(() => expect(file.text()).toContain('file URLs'));
  });

  it('no content script on a default site: a clear state with a reload button, not an error', async () => {
    const h = mount(ARTICLE_URL, 'absent');
    await until(() => expect(h.text()).toContain("Sharh hasn't read this page yet"));
    button(h, /Reload the page/).click();
    expect(h.deps.browser.tabs.reload).toHaveBeenCalledWith(7);
  });

  it('an error reply: shows the message and a retry', async () => {
    const h = mount(ARTICLE_URL, { state: 'error', message: 'Extraction failed.' });
    await until(() => expect(h.text()).toContain("Sharh could not read this page (Extraction failed.)."));
    expect(button(h, /Try again/)).toBeTruthy();
  });
});

describe('switches', () => {
  it('site switched off: a button switches it on again (no permission needed for a default site)', async () => {
    await setSiteEnabled('arabic.china.org.cn', false);
    let status: PageStatus = { state: 'off', host: 'arabic.china.org.cn', reason: 'site' };
    const h = mount(ARTICLE_URL, () => status);
    await until(() => expect(h.text()).toContain('Sharh is off on arabic.china.org.cn'));
    expect(switchNamed(h, /This site/).checked).toBe(false);
    status = article();
    button(h, /Switch on for arabic.china.org.cn/).click();
    await until(() => expect(h.text()).toContain('Liang Wenfeng'));
    expect((await getSettings()).sites['arabic.china.org.cn']).toBe(true);
    expect(h.deps.browser.permissions.request).not.toHaveBeenCalled();
    expect(h.deps.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sharh/site-changed', data: { host: 'arabic.china.org.cn', enabled: true } });
  });

  it('a non-default site: switching on asks for its host permission first, in the click', async () => {
    const h = mount('https://www.example.com/news/1', 'absent');
    await until(() => expect(h.text()).toContain('Sharh is off on example.com'));
    button(h, /Switch on for example.com/).click();
    // Asked synchronously, inside the click's user gesture.
    expect(h.deps.browser.permissions.request).toHaveBeenCalledWith({ origins: ['*://example.com/*', '*://www.example.com/*'] });
    await until(() => expect(h.deps.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sharh/site-changed', data: { host: 'example.com', enabled: true } }));
    expect((await getSettings()).sites['example.com']).toBe(true);
  });

  it('a refused permission changes nothing and says why', async () => {
    const h = mount('https://example.com/a', 'absent');
    vi.mocked(h.deps.browser.permissions.request).mockResolvedValue(false);
    await until(() => expect(h.text()).toContain('Switch on for example.com'));
    button(h, /Switch on for example.com/).click();
    await until(() => expect(h.text()).toContain('Permission for example.com was not granted.'));
    expect((await getSettings()).sites['example.com']).toBeUndefined();
    expect(h.deps.browser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('the per-site switch turns the site off and tells the background; the global switch persists', async () => {
    const h = mount(ARTICLE_URL, article());
    await until(() => expect(h.text()).toContain('DeepSeek'));
    const site = switchNamed(h, /This site/);
    expect(site.checked).toBe(true);
    site.click();
    await until(async () => expect(h.deps.browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'sharh/site-changed', data: { host: 'arabic.china.org.cn', enabled: false } }));
    expect((await getSettings()).sites['arabic.china.org.cn']).toBe(false);
    switchNamed(h, /Everywhere/).click();
    await until(async () => expect((await getSettings()).enabled).toBe(false));
  });

  it('global switch off: the state offers to switch Sharh on', async () => {
    await setGlobalEnabled(false);
    const h = mount(ARTICLE_URL, { state: 'off', host: 'arabic.china.org.cn', reason: 'global' });
    await until(() => expect(h.text()).toContain('Sharh is switched off'));
    button(h, /Switch Sharh on/).click();
    await until(async () => expect((await getSettings()).enabled).toBe(true));
  });
});

describe('on-device translation', () => {
  it('available: translates headline and chosen sentences at once, labelled as done on this device', async () => {
    const t = fakeTranslator({ availability: 'available', translate: (s) => (s === HEADLINE ? 'DeepSeek defies US curbs' : 'On January 20, DeepSeek released R1.') });
    const h = mount(ARTICLE_URL, article(), { translator: t });
    await until(() => expect(h.text()).toContain('Machine translation done on this device'));
    expect(h.root.querySelector('.en-headline')!.textContent).toContain('DeepSeek defies US curbs');
    expect(h.text()).toContain('On January 20, DeepSeek released R1.');
    expect(t.calls.translate).toEqual([HEADLINE, sampleAnalysis().summary.sentences![0]!.text]);
    // The brief stays.
    expect(h.text()).toContain(sampleAnalysis().summary.english);
  });

  it('downloadable: a button starts the download, a progress bar follows it, then the translation shows', async () => {
    const t = fakeTranslator({ availability: 'downloadable', manual: true });
    const h = mount(ARTICLE_URL, article(), { translator: t });
    await until(() => expect(h.text()).toContain('Translate 1 key sentence on this device'));
    expect(t.calls.create).toHaveLength(0); // nothing downloads without a click
    button(h, /Translate/).click();
    expect(t.calls.create).toHaveLength(1); // create() runs inside the click (user activation)
    await until(() => expect(h.text()).toContain('Preparing the translator'));
    t.progress(0.4);
    await until(() => expect(h.text()).toContain('Downloading the language model… 40%'));
    expect((h.root.querySelector('progress') as HTMLProgressElement).value).toBeCloseTo(0.4);
    t.finish();
    await until(() => expect(h.text()).toContain('Machine translation done on this device'));
  });

  it('downloadable: cancel stops the download and keeps the brief', async () => {
    const t = fakeTranslator({ availability: 'downloadable', manual: true });
    const h = mount(ARTICLE_URL, article(), { translator: t });
    await until(() => expect(h.text()).toContain('on this device'));
    button(h, /Translate/).click();
    t.progress(0.1);
    await until(() => expect(h.text()).toContain('Downloading'));
    button(h, /Cancel/).click();
    await until(() => expect(h.text()).toContain('Translation cancelled.'));
    expect(t.calls.create[0]!.signal!.aborted).toBe(true);
    expect(h.text()).toContain(sampleAnalysis().summary.english);
  });

  it('create() never settles: times out to the brief with a retry', async () => {
    const t = fakeTranslator({ availability: 'downloadable', create: 'never' });
    const h = mount(ARTICLE_URL, article(), { translator: t, translationTimeouts: { createTimeoutMs: 60 } });
    await until(() => expect(h.text()).toContain('on this device'));
    button(h, /Translate/).click();
    await until(() => expect(h.text()).toContain('did not get ready in time'));
    expect(button(h, /Try again/)).toBeTruthy();
    expect(h.text()).toContain(sampleAnalysis().summary.english);
  });

  it('translation switched off during a download: the download stops and the translation UI goes away', async () => {
    const t = fakeTranslator({ availability: 'downloadable', manual: true });
    const h = mount(ARTICLE_URL, article(), { translator: t });
    await until(() => expect(h.text()).toContain('on this device'));
    button(h, /Translate/).click();
    t.progress(0.2);
    await until(() => expect(h.text()).toContain('Downloading'));
    await updateSettings((s) => ({ ...s, translation: false }));
    await until(() => expect(h.root.querySelector('.translate')).toBeNull());
    expect(t.calls.create[0]!.signal!.aborted).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(h.text()).not.toContain('Translation cancelled');
  });

  it('translation switched off in the options: the translator is not even asked', async () => {
    await updateSettings((s) => ({ ...s, translation: false }));
    const t = fakeTranslator({ availability: 'available' });
    const h = mount(ARTICLE_URL, article(), { translator: t });
    await until(() => expect(h.text()).toContain('DeepSeek'));
    await new Promise((r) => setTimeout(r, 30));
    expect(t.calls.availability).toHaveLength(0);
    expect(h.text()).not.toContain('Machine translation');
  });
});
