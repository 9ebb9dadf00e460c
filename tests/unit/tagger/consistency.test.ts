import { describe, expect, it } from 'vitest';
import { propagate } from '../../../lib/analysis/tagger/consistency';
import { chunkSpans } from '../../../lib/analysis/tagger/annotator';
import { makeDoc } from '../../../lib/analysis/tokens';
import type { Chunk } from '../../../lib/analysis/tagger/bio';

const seq = (text: string, chunks: Chunk[]) => ({ tokens: makeDoc(text).tokens, chunks });

describe('one name, one reading in an article', () => {
  it('marks later untagged mentions of a tagged name', () => {
    const out = propagate([
      seq('قال وزير الدفاع دونالد رامسفيلد', [{ type: 'PERS', from: 3, to: 4, margin: 50 }]),
      seq('وقد سلك رامسفيلد طريقا', []),
      seq('عقيدة رامسفيلد', [{ type: 'PERS', from: 1, to: 1, margin: 30 }]),
      seq('تحت رئاسة دونالد رامسفيلد', []),
    ]);
    expect(out[1]).toEqual([{ type: 'PERS', from: 2, to: 2, margin: 30 }]);
    expect(out[3]).toEqual([{ type: 'PERS', from: 2, to: 3, margin: 50 }]); // the longest known reading
  });

  it('never spreads common words nor overwrites found names', () => {
    const out = propagate([seq('في المدينة', [{ type: 'LOC', from: 0, to: 0 }]), seq('في بكين', [{ type: 'LOC', from: 1, to: 1 }])]);
    expect(out[1]).toEqual([{ type: 'LOC', from: 1, to: 1 }]);
  });
});

describe('chunks → spans', () => {
  it('keeps MISC as a product only where a product fits', () => {
    const doc = makeDoc('أطلقت الشركة تطبيق ديبسيك مقابل 5 دولار');
    const chunks: Chunk[] = [
      { type: 'MISC', from: 3, to: 3 },
      { type: 'MISC', from: 6, to: 6 },
    ];
    expect(chunkSpans(doc, chunks).map((s) => [s.kind, s.text])).toEqual([['product', 'ديبسيك']]);
    expect(chunkSpans(doc, chunks, { misc: 'all' })).toHaveLength(2);
    expect(chunkSpans(doc, chunks, { misc: 'none' })).toHaveLength(0);
  });

  it('drops a lone definite non-nisba word as a person, keeps nisba family names', () => {
    const doc = makeDoc('إطلاق العنان وقال البارزاني');
    const spans = chunkSpans(doc, [{ type: 'PERS', from: 1, to: 1 }, { type: 'PERS', from: 3, to: 3 }]);
    expect(spans.map((s) => s.text)).toEqual(['البارزاني']);
  });

  it('drops a lone counted noun right after digits (3.5 جيجاهرتز), keeps a name there', () => {
    const doc = makeDoc('في نطاق 3.5 جيجاهرتز ومنذ 2020 بكين');
    const toks = doc.tokens.map((t) => t.norm);
    const unit = toks.indexOf('جيجاهرتز');
    const city = toks.indexOf('بكين');
    const spans = chunkSpans(doc, [{ type: 'PERS', from: unit, to: unit }, { type: 'LOC', from: city, to: city }]);
    expect(spans.map((s) => s.text)).toEqual(['بكين']);
  });

  it('trims proclitics before the article, and gives Latin English', () => {
    const doc = makeDoc('زار والسعودية وللصين ثم Nvidia');
    const spans = chunkSpans(doc, [{ type: 'LOC', from: 1, to: 1 }, { type: 'LOC', from: 2, to: 2 }, { type: 'ORG', from: 4, to: 4, margin: 500 }]);
    expect(spans.map((s) => s.text)).toEqual(['السعودية', 'لصين', 'Nvidia']);
    expect(spans[2]!.english).toBe('Nvidia');
    expect(spans[2]!.confidence).toBe(0.5);
  });

  it('proposes only above a margin when asked', () => {
    const doc = makeDoc('زار بكين');
    expect(chunkSpans(doc, [{ type: 'LOC', from: 1, to: 1, margin: 3 }], { minMargin: 5 })).toEqual([]);
  });
});
