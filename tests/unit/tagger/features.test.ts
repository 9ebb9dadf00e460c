import { describe, expect, it } from 'vitest';
import { featureStrings, sequenceFeatures, hashString, stemOf, shapeOf, LEXICAL_TEMPLATES } from '../../../lib/analysis/tagger/features';
import { makeDoc } from '../../../lib/analysis/tokens';

const doc = makeDoc('وقال الرئيس الأمريكي جو بايدن في واشنطن');
const toks = doc.tokens;
const at = (norm: string) => toks.findIndex((t) => t.norm === norm);

describe('stems and shapes', () => {
  it.each([
    ['والسعوديه', 'سعوديه'],
    ['للصين', 'صين'],
    ['بالقاهره', 'قاهره'],
    ['الرييس', 'رييس'],
    ['بايدن', 'بايدن'],
    ['ال', 'ال'],
  ])('stemOf(%s) = %s', (w, s) => expect(stemOf(w)).toBe(s));

  it('shapes Latin, digits and Arabic', () => {
    expect(shapeOf({ norm: 'DeepSeek', type: 'lat' }, 'DeepSeek')).toBe('XxxXxx');
    expect(shapeOf({ norm: 'H800', type: 'lat' }, 'H800')).toBe('Xdd');
    expect(shapeOf({ norm: '2025', type: 'num' }, '2025')).toBe('num4');
    expect(shapeOf({ norm: 'بايدن', type: 'ar' }, 'بايدن')).toBe('ar5');
  });
});

describe('features of a hand-made sentence', () => {
  it('has the word, its context and its cues', () => {
    const f = featureStrings(toks, at('بايدن'));
    for (const s of ['b=', 'w=بايدن', 's=بايدن', 'sh=ar5', 'p2=با', 'x2=دن', 'g3=^با', 'g3=دن$', 'w-1=جو', 'w-2=الامريكي', 'w+1=في', 'w+2=واشنطن', 'w-1w=جو|بايدن', 'ww+1=بايدن|في', 'cue+1=loc', 'x2-1=جو'])
      expect(f).toContain(s);
  });

  it('strips proclitics and the article, and classes cue words', () => {
    const f = featureStrings(toks, at('الرييس'));
    expect(f).toContain('s=رييس');
    expect(f).toContain('cue-1=per'); // وقال → قال
    expect(f).toContain('cue=per');
    expect(featureStrings(toks, 0)).toContain('w-1=<s>');
    expect(featureStrings(toks, toks.length - 1)).toContain('w+1=</s>');
  });

  it('hashes exactly the readable features, in order', () => {
    const { hashes, offsets, lexical } = sequenceFeatures(toks, undefined, true);
    toks.forEach((_, i) => {
      const strings = featureStrings(toks, i);
      const hs = Array.from(hashes.subarray(offsets[i]!, offsets[i + 1]!));
      expect(hs).toEqual(strings.map(hashString));
      const lex = Array.from(lexical!.subarray(offsets[i]!, offsets[i + 1]!));
      expect(lex).toEqual(strings.map((s) => (LEXICAL_TEMPLATES.has(s.slice(0, s.indexOf('='))) ? 1 : 0)));
    });
  });

  it('hashes with 32-bit FNV-1a', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});

describe('pair hashes split by neighbour', () => {
  it('pairLeftInto and pairRightInto give pairHashes’s hashes (what training reads) in its order', async () => {
    const f = await import('../../../lib/analysis/tagger/features');
    const d = makeDoc('وقال الرئيس الأمريكي جو بايدن في واشنطن، إن شركة أبل Apple باعت 3 ملايين هاتف آيفون.');
    const oov = (_i: number, w: string) => w.length % 3 === 0;
    const vs = d.tokens.map((t) => f.wordView(t, oov));
    for (let i = 0; i < vs.length; i++) {
      const v = vs[i]!;
      const p1 = i > 0 ? vs[i - 1]! : f.PAD_VIEW;
      const n1 = i + 1 < vs.length ? vs[i + 1]! : f.END_VIEW;
      const pairs: number[] = [];
      f.pairHashes(vs, i, pairs);
      const all = Int32Array.from(pairs, (h) => h | 0);
      const k = pairs.length;
      const l = new Int32Array(4);
      const r = new Int32Array(2);
      const kl = f.pairLeftInto(v, p1, l);
      const kr = f.pairRightInto(v, n1, r);
      const ordered = v.oov ? [l[0], r[0]] : [l[0], r[0], l[1], l[2], l[3], r[1]];
      expect(kl + kr).toBe(k);
      expect(ordered).toEqual(Array.from(all.subarray(0, k)));
    }
    expect(vs.some((v) => v.oov) && vs.some((v) => !v.oov && v.type !== 'punct')).toBe(true);
  });
});
