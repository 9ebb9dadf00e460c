import { describe, expect, it } from 'vitest';
import { loadTagger, nerAnnotator, loadedTagger, preferKnown, NER_SOURCE } from '../../../lib/analysis/tagger/annotator';
import { makeDoc } from '../../../lib/analysis/tokens';
import { hasArabic } from '../../../lib/analysis/normalize';
import type { Span } from '../../../lib/analysis/types';
import model from '../../../lib/analysis/data/ner-model';

describe('the shipped model', () => {
  it('carries its CC BY-SA 4.0 attribution', () => {
    expect(model.license).toBe('CC BY-SA 4.0');
    expect(model.attribution).toMatch(/ANERcorp/);
  });

  it('proposes nothing before loading, then a person and a place', async () => {
    const doc = makeDoc('وقال الرئيس الأمريكي جو بايدن في واشنطن');
    if (!loadedTagger()) expect(nerAnnotator.find(doc)).toEqual([]);
    const m = await loadTagger();
    expect(await loadTagger()).toBe(m);
    const spans = nerAnnotator.find(doc);
    expect(spans.map((s) => [s.kind, s.text])).toEqual([
      ['person', 'جو بايدن'],
      ['place', 'واشنطن'],
    ]);
    for (const s of spans) {
      expect(s.source).toBe(NER_SOURCE);
      expect(s.confidence).toBeLessThan(0.7);
      expect(s.english).not.toBe('');
      expect(hasArabic(s.english)).toBe(false);
      expect(doc.original.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('trims proclitics before the article', async () => {
    await loadTagger();
    const spans = nerAnnotator.find(makeDoc('وصل الوفد إلى القاهرة ثم زار والسعودية'));
    for (const s of spans) expect(s.text).not.toMatch(/^[وب]ال/);
  });
});

describe('preferKnown', () => {
  const s = (start: number, end: number, source: string): Span => ({ start, end, kind: 'person', text: '', english: '', source });
  it('drops tagger spans that overlap a lexicon or rule span, keeps the others', () => {
    const spans = [s(0, 5, 'lexicon'), s(3, 9, NER_SOURCE), s(10, 12, NER_SOURCE), s(20, 30, 'rules'), s(12, 21, NER_SOURCE)];
    expect(preferKnown(spans).map((x) => `${x.source}:${x.start}`)).toEqual(['lexicon:0', 'ner:10', 'rules:20']);
  });
});

describe('robustness', () => {
  it('handles empty, Latin-only, punctuation-only and long input', async () => {
    await loadTagger();
    expect(nerAnnotator.find(makeDoc(''))).toEqual([]);
    expect(nerAnnotator.find(makeDoc('... ، ؛ !!'))).toEqual([]);
    for (const s of nerAnnotator.find(makeDoc('Nvidia and OpenAI in California'))) expect(hasArabic(s.english)).toBe(false);
    const long = 'وقال الرئيس الأمريكي جو بايدن في واشنطن إن شركة إنفيديا ستفتتح مصنعا في ولاية تكساس. '.repeat(2000);
    const doc = makeDoc(long);
    const t0 = performance.now();
    const spans = nerAnnotator.find(doc);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(spans.length).toBeGreaterThan(2000);
    for (const s of spans.slice(0, 50)) expect(long.slice(s.start, s.end)).toBe(s.text);
  });
});
