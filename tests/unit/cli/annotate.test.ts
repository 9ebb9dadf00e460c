import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'annotate-'));
const run = (file: string, json = true) => spawnSync(tsx, [join(root, 'scripts/annotate.ts'), ...(json ? ['--json'] : []), file], { encoding: 'utf8', cwd: root });
const write = (name: string, data: string | Buffer) => { const p = join(dir, name); writeFileSync(p, data); return p; };

describe('annotate command', () => {
  it('prints the contract JSON for the sample article, offsets pointing at their text', () => {
    const file = join(root, 'tests/fixtures/text/seed-article.txt');
    const r = run(file);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.text).toBe(readFileSync(file, 'utf8'));
    expect(out.isArticle).toBe(true);
    expect(Array.isArray(out.annotations) && Array.isArray(out.facts)).toBe(true);
    for (const a of out.annotations) expect(out.text.slice(a.start, a.end)).toBe(a.text);
    expect(out.summary.method).toBe('offline-brief');
    expect(out.summary.english).not.toMatch(/[\u0600-\u06FF]/);
  });

  it('prints a readable report without --json', () => {
    const r = run(join(root, 'tests/fixtures/text/seed-article.txt'), false);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== Key facts');
    expect(r.stdout).toContain('== Summary (offline-brief)');
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t \n'],
    ['english', 'Nvidia said on Monday that revenue rose 12 percent to $22 billion.'],
    ['digits', '1234567890 '.repeat(1000)],
    ['controls and lone surrogates', 'ديبسيك \u0001\u0002 \uD800 قال \uDC00 2048'],
  ])('handles %s text: exit 0, valid JSON', (name, content) => {
    const r = run(write(`${name}.txt`, content));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    // Lone surrogates cannot be stored in UTF-8: the file holds U+FFFD in their place.
    expect(out.text).toBe(content.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
    if (name !== 'controls and lone surrogates') expect(out.isArticle).toBe(false);
  });

  it('analyses 5 MB of text without failing', () => {
    const seed = readFileSync(join(root, 'tests/fixtures/text/seed-article.txt'), 'utf8');
    const big = seed.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(seed)));
    const r = spawnSync(tsx, [join(root, 'scripts/annotate.ts'), '--json', write('big.txt', big)], { encoding: 'utf8', cwd: root, maxBuffer: 512 << 20 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).annotations.length).toBeGreaterThan(0);
  }, 120_000);

  it('refuses unreadable input with a clear message and a non-zero exit', () => {
    const missing = run(join(dir, 'nope.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no such file');
    const bin = run(write('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe])));
    expect(bin.status).toBe(1);
    expect(bin.stderr).toMatch(/binary/);
    const folder = run(dir);
    expect(folder.status).toBe(1);
    expect(folder.stderr).toMatch(/not a file/);
  });

  it('finds the article in malformed HTML and points offsets into the extracted text', () => {
    const html = '<html lang="ar" dir="rtl"><head><title>x</title><body><div><p>نشرت صحيفة فاينانشال تايمز مقالا عن شركة ديبسيك الصينية التي استخدمت 2048 وحدة معالجة<b>رسومية</p><p>وقال ليانغ ون فنغ إن الشركة أنفقت 5.6 مليون دولار على تدريب النموذج الكبير';
    const r = run(write('broken.html', html));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.text).toContain('ديبسيك');
    for (const a of out.annotations) expect(out.text.slice(a.start, a.end)).toBe(a.text);
  });
});
