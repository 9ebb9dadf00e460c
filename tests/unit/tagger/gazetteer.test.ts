import { describe, expect, it } from 'vitest';
import { withArticle, stemOf } from '../../../lib/analysis/tagger/stem';
import { gazClasses, isNisbaWord } from '../../../lib/analysis/tagger/gazetteer-features';
import { buildSnapshot } from '../../../lib/analysis/tagger/gazetteer-lists';
import { normaliseString } from '../../../lib/analysis/normalize';

const n = normaliseString;

describe('word keys', () => {
  it.each([
    ['والصين', 'الصين'],
    ['بالقاهره', 'القاهره'],
    ['للصين', 'الصين'],
    ['وللصين', 'الصين'],
    ['بكين', 'بكين'],
  ])('withArticle(%s) = %s', (w, k) => expect(withArticle(w)).toBe(k));
  it('stemOf drops the article too', () => expect(stemOf('والصين')).toBe('صين'));
});

describe('gazetteer classes (snapshot of the core lists)', () => {
  it('knows places exactly, with their proclitics', () => {
    expect(gazClasses(n('الصين'))).toContain('1L');
    expect(gazClasses(n('والصين'))).toContain('1L');
  });
  it('reads a definite common noun only loosely as a place without the article', () => {
    const c = gazClasses(n('الصور'));
    expect(c.filter((x) => !x.startsWith('s'))).not.toContain('1L');
  });
  it('knows given names and nationality adjectives', () => {
    expect(gazClasses(n('محمد'))).toContain('G');
    expect(isNisbaWord(n('الأمريكي'))).toBe(true);
    expect(isNisbaWord(n('الكتاب'))).toBe(false);
  });
  it('has a snapshot builder that yields sorted key<TAB>classes lines', () => {
    const lines = buildSnapshot().split('\n');
    expect(lines.length).toBeGreaterThan(1000);
    expect([...lines].sort()).toEqual(lines);
    for (const l of lines.slice(0, 50)) expect(l).toMatch(/^[^\t]+\t[^\t]+$/);
  });
});
