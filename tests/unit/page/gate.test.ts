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
});
