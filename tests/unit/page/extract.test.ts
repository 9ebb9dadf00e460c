// @vitest-environment happy-dom
/**
 * Extraction: body root, headline and date from the site rule (data), the semantic path for other
 * layouts, Readability on a clone located back in the live page — and the page is never changed.
 * Also on a jsdom Document, as the `annotate` command uses it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, isoDate } from '../../../lib/page/extract';
import { PAGES, hasFixture, loadPage, loadUnit } from './helpers';

describe('extractArticle', () => {
  test.runIf(hasFixture('sample-article'))('sample article: site rule, headline, date, body text without share links', () => {
    const { doc, url } = loadPage('sample-article');
    const before = doc.documentElement.outerHTML;
    const a = extractArticle(doc, { url });
    expect(a).toMatchObject({ isArticle: true, method: 'site', date: '2025-01-27' });
    expect(a.root!.id).toBe('artibody');
    expect(a.title).toMatch(/^فاينانشال تايمز: ديبسيك/);
    expect(a.text.startsWith('27 يناير 2025 / شبكة الصين/')).toBe(true);
    expect(a.text.endsWith('مع المنافسين الصينيين.')).toBe(true);
    expect(a.text).not.toMatch(/انقلها الى|فيسبوك|أخبار ذات صلة/);
    expect(a.text.split('\n')).toHaveLength(10);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test.runIf(hasFixture('other-layout'))('other layout: <article> with og:type article', () => {
    const { doc, url } = loadPage('other-layout');
    const a = extractArticle(doc, { url });
    expect(a.isArticle).toBe(true);
    expect(a.method).toBe('semantic');
    expect(a.title).toMatch(/إنفيديا/);
    expect(a.text.length).toBeGreaterThan(500);
  });

  test.runIf(hasFixture('section-page'))('section page: not an article', () => {
    const { doc, url } = loadPage('section-page');
    expect(extractArticle(doc, { url }).isArticle).toBe(false);
  });

  test('Readability on a clone finds the body in the live page when no rule or <article> applies', () => {
    const ps = Array.from({ length: 6 }, (_, i) => `<p>الفقرة رقم ${i + 1}: أعلنت الشركة اليوم عن نتائج أعمالها للربع الأخير من العام، وقالت إن الإيرادات ارتفعت بشكل ملحوظ مقارنة بالعام الماضي بفضل الطلب القوي على منتجاتها في الأسواق الخارجية والمحلية.</p>`).join('');
    const html = `<html lang="ar" dir="rtl"><head><title>نتائج الشركة</title><meta property="og:type" content="article"></head><body><div id="nav"><a href="/">الرئيسية</a> <a href="/x">اقتصاد</a></div><div class="wrap"><div class="story-x"><h1>نتائج الشركة</h1>${ps}</div><div class="side"><a href="/1">خبر</a></div></div></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const before = doc.documentElement.outerHTML;
    const a = extractArticle(doc, { url: 'http://www.example-ar.com/news/1' });
    expect(a.method).toBe('readability');
    expect(a.root!.className).toBe('story-x');
    expect(a.text).toContain('الفقرة رقم 6');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('non-news page: text is extracted but isArticle is false', () => {
    const { doc, url } = loadUnit('non-news-arabic.html');
    const a = extractArticle(doc, { url });
    expect(a.isArticle).toBe(false);
  });

  test.runIf(hasFixture('sample-article'))('works on a jsdom Document (annotate command) with the same text', () => {
    const html = fs.readFileSync(path.join(PAGES, 'sample-article/source.html'), 'utf8');
    const dom = new JSDOM(html, { url: 'http://arabic.china.org.cn/txt/2025-01/27/content_117688011.htm', virtualConsole: new VirtualConsole() });
    const a = extractArticle(dom.window.document as unknown as Document);
    const { doc, url } = loadPage('sample-article');
    expect(a.isArticle).toBe(true);
    expect(a.text).toBe(extractArticle(doc, { url }).text);
    dom.window.close();
  });
});

describe('isoDate', () => {
  test.each([
    ['arabic.china.org.cn | 27. 01. 2025 |', '2025-01-27'],
    ['2025-03-18T10:00:00+08:00', '2025-03-18'],
    ['2025/1/5', '2025-01-05'],
    ['no date', ''],
  ])('%s → %s', (s, d) => expect(isoDate(s)).toBe(d));
});
