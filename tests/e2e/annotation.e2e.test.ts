/**
 * Inline annotation (issue 4 "Done when"), end to end in Chromium with the built extension:
 * every gold name and number of the sample article highlighted with the right kind (read through
 * CSS.highlights, shared by page and content script), the hover card's English, the live site
 * switch and its persistence, nothing on the section and English pages. Screenshots in artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO, highlights, launchSharh, rangeCount, waitForHighlights, type Sharh } from './harness';

const SETTINGS_KEY = 'sharh-settings';
const HOST = 'arabic.china.org.cn';
const GOLD_FILE = path.resolve(REPO, '../shared/eval/dev/seed-deepseek.json');

interface Gold {
  entities: { surface: string; kind: string; en: string }[];
  numbers: { surface: string; kind: string; en: string }[];
}

let sharh: Sharh;

beforeAll(async () => {
  sharh = await launchSharh();
});
afterAll(async () => {
  await sharh?.close();
});

/** Console errors and uncaught exceptions of a page, collected from now on. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Centre of the first client rect of the `sharh-<kind>` range whose text is `text` (page world). */
async function pointOf(page: Page, kind: string, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([name, t]) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name!);
      if (!h) return null;
      for (const r of h) {
        if (r.toString() !== t) continue;
        (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [`sharh-${kind}`, text] as const,
  );
}

const card = (page: Page) => page.locator('sharh-ui[data-sharh-role="card"] .card');

async function hover(page: Page, kind: string, text: string): Promise<{ x: number; y: number }> {
  const p = await pointOf(page, kind, text);
  expect(p, `${kind} "${text}" is highlighted`).not.toBeNull();
  await page.mouse.move(p!.x + 40, p!.y + 200);
  await page.mouse.move(p!.x, p!.y, { steps: 3 });
  return p!;
}

const setSite = async (on: boolean | undefined) => {
  const cur = ((await sharh.storageGet(SETTINGS_KEY))[SETTINGS_KEY] ?? {}) as Record<string, unknown>;
  const sites = { ...((cur.sites as Record<string, boolean>) ?? {}) };
  if (on === undefined) delete sites[HOST];
  else sites[HOST] = on;
  await writeSettings({ enabled: true, kinds: {}, colors: {}, translation: true, ...cur, sites });
};

/** Write the settings as the popup does through WXT storage: value plus its version metadata
 * (`key$`), else the item's v1→v2 migration would reshape what we wrote. */
const writeSettings = (value: Record<string, unknown>) => sharh.storageSet({ [SETTINGS_KEY]: value, [`${SETTINGS_KEY}$`]: { v: 2 } });

describe('sample article', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await sharh.newTab();
    errors = watchErrors(page);
    await page.goto(sharh.fixture('sample-article').url, { waitUntil: 'load' });
    await waitForHighlights(page, { min: 20, timeout: 20_000 });
  });
  afterAll(async () => {
    await page?.close();
  });

  test('every gold name and number is highlighted with the right kind', async () => {
    const gold = JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8')) as Gold;
    const h = await highlights(page);
    const missing: string[] = [];
    for (const g of [...gold.entities, ...gold.numbers]) {
      const ranges = h[`sharh-${g.kind}`] ?? [];
      if (!ranges.some((r) => r === g.surface)) {
        const elsewhere = Object.entries(h).find(([, rs]) => rs.includes(g.surface))?.[0];
        missing.push(`${g.surface} (${g.kind}${elsewhere ? `; found as ${elsewhere}` : ''})`);
      }
    }
    await sharh.screenshot(page, 'annotation-sample-article');
    expect(missing).toEqual([]);
  });

  test('no page-world error; nothing inserted into the article', async () => {
    expect(errors).toEqual([]);
    const inserted = await page.evaluate(() => document.getElementById('artibody')!.querySelectorAll('*:not(p)').length);
    expect(inserted).toBe(0);
  });

  for (const [kind, text, english] of [
    ['organization', 'ديبسيك', 'DeepSeek'],
    ['organization', 'إنفيديا', 'Nvidia'],
    ['money', '5.6 مليون دولار أمريكي', '$5.6 million'],
  ] as const) {
    test(`hover card for ${text}: ${english}, never over the word; Escape closes it`, async () => {
      const p = await hover(page, kind, text);
      await expect.poll(() => card(page).isVisible(), { timeout: 5_000 }).toBe(true);
      expect((await card(page).locator('.english').textContent())?.trim()).toBe(english);
      expect(await card(page).locator('.arabic bdi[dir="rtl"]').textContent()).toBe(text);
      expect(await card(page).locator('.mentions').textContent()).toMatch(/^\d+ mentions? in this article$/);
      const box = (await card(page).boundingBox())!;
      const inside = p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
      expect(inside).toBe(false);
      await sharh.screenshot(page, `annotation-card-${english.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`, { fullPage: false });
      await page.keyboard.press('Escape');
      await expect.poll(() => card(page).count()).toBe(0);
    });
  }
});

describe('popup → page', () => {
  test("'sharh/reveal' (a key fact clicked in the popup) scrolls to the mention, flashes it and shows its card", async () => {
    const page = await sharh.open('sample-article');
    await waitForHighlights(page, { min: 20, timeout: 20_000 });
    const tabId = await sharh.tabId(page);
    const res = await sharh.inWorker(async (id) => {
      const c = (globalThis as any).chrome;
      const st = await c.tabs.sendMessage(id, { type: 'sharh/status', data: {} });
      const span = st.value.analysis.annotations.filter((a: { english: string }) => a.english === 'Nvidia').at(-1);
      const rv = await c.tabs.sendMessage(id, { type: 'sharh/reveal', data: { start: span.start, end: span.end, showCard: true } });
      return { state: st.value.state, text: span.text, reveal: rv };
    }, tabId);
    expect(res).toEqual({ state: 'article', text: 'إنفيديا', reveal: { ok: true, value: true } });
    expect(await page.evaluate(() => CSS.highlights.has('sharh-flash'))).toBe(true);
    await expect.poll(() => card(page).locator('.english').textContent(), { timeout: 3_000 }).toBe('Nvidia');
    await sharh.screenshot(page, 'annotation-reveal-nvidia', { fullPage: false });
    await page.close();
  });
});

describe('dynamic pages', () => {
  test('a paragraph added to the article later is annotated (debounced observation of the article root)', async () => {
    const page = await sharh.open('sample-article');
    await waitForHighlights(page, { min: 20, timeout: 20_000 });
    const nvidia = async () => ((await highlights(page))['sharh-organization'] ?? []).filter((t) => t === 'إنفيديا').length;
    const before = await nvidia();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وأعلنت شركة إنفيديا لاحقا عن نتائجها.';
      document.getElementById('artibody')!.appendChild(p);
    });
    await expect.poll(nvidia, { timeout: 5_000 }).toBe(before + 1);
    await page.close();
  });

  test('in-page navigation (history API) re-runs detection: off on a section URL, on again on an article URL', async () => {
    const page = await sharh.open('sample-article');
    await waitForHighlights(page, { min: 20, timeout: 20_000 });
    const url = page.url();
    await page.evaluate(() => history.pushState({}, '', '/science/node_7086780.htm'));
    await expect.poll(async () => rangeCount(await highlights(page)), { timeout: 5_000 }).toBe(0);
    await page.evaluate((u) => history.pushState({}, '', u), url);
    await waitForHighlights(page, { min: 20, timeout: 10_000 });
    await page.close();
  });

  test('an in-page anchor (#comments) keeps the highlights: no clear and redraw', async () => {
    const page = await sharh.open('sample-article');
    await waitForHighlights(page, { min: 20, timeout: 20_000 });
    const before = rangeCount(await highlights(page));
    const drawn = () => page.evaluate(() => performance.getEntriesByName('sharh-drawn').length);
    expect(await drawn()).toBe(1);
    await page.evaluate(() => {
      location.hash = 'comments';
    });
    await page.waitForTimeout(1_500);
    expect(await drawn()).toBe(1);
    expect(rangeCount(await highlights(page))).toBe(before);
    await page.close();
  });
});

describe('switches', () => {
  test('site switch off removes every trace at once (no reload), persists, and on again redraws', async () => {
    const page = await sharh.open('sample-article');
    const errors = watchErrors(page);
    await waitForHighlights(page, { min: 20, timeout: 20_000 });
    await setSite(false);
    await expect.poll(async () => rangeCount(await highlights(page)), { timeout: 5_000 }).toBe(0);
    // Announced to screen readers (a polite live region in our shadow UI).
    await expect.poll(() => page.locator('sharh-ui [role="status"]').textContent(), { timeout: 3_000 }).toMatch(/off/i);
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(1_500);
    expect(rangeCount(await highlights(page))).toBe(0);
    await setSite(true);
    await waitForHighlights(page, { min: 20, timeout: 10_000 });
    await expect.poll(() => page.locator('sharh-ui [role="status"]').textContent(), { timeout: 3_000 }).toMatch(/on for/i);
    await setSite(undefined);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('global switch off, then on', async () => {
    const page = await sharh.open('sample-article');
    await waitForHighlights(page, { min: 20, timeout: 20_000 });
    const cur = (await sharh.storageGet(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown>;
    await writeSettings({ ...cur, enabled: false });
    await expect.poll(async () => rangeCount(await highlights(page)), { timeout: 5_000 }).toBe(0);
    await writeSettings({ ...cur, enabled: true });
    await waitForHighlights(page, { min: 20, timeout: 10_000 });
    await page.close();
  });
});

describe('pages left alone', () => {
  for (const name of ['section-page', 'english-article']) {
    test(name, async () => {
      const page = await sharh.open(name);
      await page.waitForTimeout(1_500);
      expect(await highlights(page)).toEqual({});
      expect(await page.evaluate(() => document.querySelectorAll('sharh-ui, sharh-mark, [data-sharh]').length)).toBe(0);
      await page.close();
    });
  }
});
