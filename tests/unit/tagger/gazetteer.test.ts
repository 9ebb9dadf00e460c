import { describe, expect, it } from 'vitest';
import { withArticle, stemOf } from '../../../lib/analysis/tagger/stem';
import { gazClasses, isNisbaWord } from '../../../lib/analysis/tagger/gazetteer-features';
import { buildSnapshot } from '../../../lib/analysis/tagger/gazetteer-lists';
import { normaliseString } from '../../../lib/analysis/normalize';
import { NAME_DB } from '../../../lib/analysis/tagger/gazetteer-name-db';

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
  it('knows personal names of the arabic-name-to-en list as class g, not other words', () => {
    // Family names no core list has (الحمداني) and given names the core lists lack (هيثم is G too).
    expect(gazClasses(n('الحمداني'))).toContain('g');
    expect(gazClasses(n('وهيثم'))).toContain('g');
    expect(gazClasses(n('هيثم'))).toContain('G');
    expect(gazClasses(n('الكتاب'))).not.toContain('g');
    expect(gazClasses(n('قال'))).not.toContain('g');
  });
  it('has a name list of single normalised Arabic words, sorted and unique', () => {
    const ws = NAME_DB.split(' ');
    expect(ws.length).toBeGreaterThan(2000);
    for (const w of ws) expect(w).toMatch(/^[\u0621-\u064A]{2,}$/);
    expect(ws.map(n)).toEqual(ws);
    expect([...new Set(ws)].sort()).toEqual(ws);
  });
  it('has a snapshot builder that yields sorted key<TAB>classes lines', () => {
    const lines = buildSnapshot().split('\n');
    expect(lines.length).toBeGreaterThan(1000);
    expect([...lines].sort()).toEqual(lines);
    for (const l of lines.slice(0, 50)) expect(l).toMatch(/^[^\t]+\t[^\t]+$/);
  });
});
