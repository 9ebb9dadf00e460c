// @vitest-environment happy-dom
/**
 * The cheap gate on fixture pages: hits (articles) and misses (section, search, English, non-news
 * Arabic, teaser lists), and its cost on pages that are not articles.
 */
import { describe, expect, test } from 'vitest';
import { arabicShare, gate } from '../../../lib/page/gate';
import { hasFixture, loadPage, loadUnit } from './helpers';

const HITS = ['sample-article', 'long-article', 'other-layout', 'hostile-text', 'rewriting-page', 'strict-csp', 'iframes'];
// many-nodes (100,000 text nodes) takes seconds to parse in happy-dom: covered end to end in Chromium.
const MISSES: [string, string][] = [
  ['section-page', 'section-page'],
  ['english-article', 'not-arabic'],
];

describe('gate: hits', () => {
  for (const name of HITS) {
    test.runIf(hasFixture(name))(`passes ${name}`, () => {
      const { doc, url } = loadPage(name);
      const g = gate(doc, url);
      expect(g).toMatchObject({ pass: true, reason: 'article' });
      expect(g.container).toBeTruthy();
    });
  }

  test('the sample article passes even without its known URL (layout + date line)', () => {
    const { doc } = loadPage('sample-article');
    expect(gate(doc, 'http://arabic.china.org.cn/some/other/path.htm').pass).toBe(true);
  });
});

describe('gate: misses', () => {
  for (const [name, reason] of MISSES) {
    test.runIf(hasFixture(name))(`leaves ${name} alone (${reason})`, () => {
      const { doc, url } = loadPage(name);
      expect(gate(doc, url)).toMatchObject({ pass: false, reason });
    });
  }

  test('section page judged on its content alone (URL hint removed) is still a miss', () => {
    const { doc } = loadPage('section-page');
    expect(gate(doc, 'http://arabic.china.org.cn/x/y.htm').pass).toBe(false);
  });

  test('search result page', () => {
    const { doc, url } = loadUnit('search-page.html');
    expect(gate(doc, url)).toMatchObject({ pass: false, reason: 'search-page' });
    // Content alone (no search URL): teasers with headline links.
    expect(gate(doc, 'http://www.example.com/results.html').pass).toBe(false);
  });

  test('non-news Arabic page (about us: long paragraphs, og:type website, no date)', () => {
    const { doc, url } = loadUnit('non-news-arabic.html');
    expect(gate(doc, url)).toMatchObject({ pass: false, reason: 'not-news' });
  });

  test('headlines and teasers in one container', () => {
    const { doc, url } = loadUnit('teaser-list.html');
    expect(gate(doc, url)).toMatchObject({ pass: false, reason: 'teaser-list' });
  });

  test("a known site's service in another language is turned down by its host alone", () => {
    const { doc } = loadPage('sample-article');
    expect(gate(doc, 'http://www.china.org.cn/txt/2025-01/27/content_117688011.htm')).toMatchObject({ pass: false, reason: 'not-arabic' });
    expect(gate(doc, 'http://french.china.org.cn/txt/2025-01/27/content_117688011.htm')).toMatchObject({ pass: false, reason: 'not-arabic' });
    expect(gate(doc, 'http://m.arabic.china.org.cn/txt/2025-01/27/content_117688011.htm').pass).toBe(true);
  });

  test('an empty page and a page without a body', () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(gate(doc, 'http://arabic.china.org.cn/txt/2025-01/27/content_1.htm').pass).toBe(false);
  });
});

describe('gate: cost', () => {
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  for (const name of ['english-article', 'section-page']) {
    test.runIf(hasFixture(name))(`well under 1 ms on the ${name} (median of 25, happy-dom)`, () => {
      const { doc, url } = loadPage(name);
      for (let i = 0; i < 5; i++) gate(doc, url); // warm up
      expect(median(Array.from({ length: 25 }, () => gate(doc, url).ms))).toBeLessThan(1);
    });
  }
});

describe('arabicShare', () => {
  test.each([
    ['ديبسيك', 1],
    ['DeepSeek', 0],
    ['ديبسيك DeepSeek', 6 / 14],
    ['2048 — !', 0],
  ])('%s → %d', (s, share) => expect(arabicShare(s)).toBeCloseTo(share, 5));

  test('counts exactly as a loop over character codes would, on mixed random text', () => {
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x2ff], [0x400, 0x4ff], [0x600, 0x6ff], [0x4e00, 0x4e40], [0x9ff0, 0xa010], [0x2000, 0x206f]];
    const isArabic = (c: number) => (c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x6fa && c <= 0x6ff);
    const isOther = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff) || (c >= 0x4e00 && c <= 0x9fff);
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 200; k++) {
      let s = '';
      for (let i = rand(300); i > 0; i--) {
        const [a, b] = ranges[rand(ranges.length)]!;
        s += String.fromCharCode(a + rand(b - a + 1));
      }
      let ar = 0;
      let all = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (isArabic(c)) ar++;
        if (isArabic(c) || isOther(c)) all++;
      }
      expect(arabicShare(s)).toBe(all ? ar / all : 0);
    }
  });
});
