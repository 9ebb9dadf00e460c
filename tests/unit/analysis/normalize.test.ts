import { describe, expect, it } from 'vitest';
import { NORMALISERS, normalise, normaliseChar, normaliseString, toOriginal } from '../../../lib/analysis/normalize';
import { cliticReadings, makeDoc, sentences } from '../../../lib/analysis/tokens';

describe('each normaliser does what its example says', () => {
  for (const n of NORMALISERS) {
    it(`${n.id}: ${n.example[0]} → ${n.example[1]}`, () => {
      expect(normaliseString(n.example[0])).toBe(n.example[1]);
    });
  }
});

describe('normalise keeps exact offsets', () => {
  const cases: [string, string][] = [
    ['ولـ"غوغل"', 'ول"غوغل"'],
    ['مُحَمَّدٌ قال', 'محمد قال'],
    ['٥٫٦ مليون', '5.6 مليون'],
    ['«أوبن أيه آي»', '"اوبن ايه اي"'],
  ];
  for (const [input, norm] of cases) {
    it(`${input} → ${norm}`, () => {
      const nt = normalise(input);
      expect(nt.norm).toBe(norm);
      expect(nt.map.length).toBe(norm.length + 1);
      for (let i = 0; i < norm.length; i++) expect(normaliseChar(input[nt.map[i]!]!)).toBe(norm[i]);
    });
  }
  it('maps a normalised stretch back to the whole original word', () => {
    const input = 'قال مُحَمَّدٌ أمس';
    const nt = normalise(input);
    const ns = nt.norm.indexOf('محمد');
    const [s, e] = toOriginal(nt, ns, ns + 4);
    expect(input.slice(s, e)).toBe('مُحَمَّد');
  });
  it('leaves text of other scripts alone', () => {
    expect(normaliseString('DeepSeek R1, 2,048 GPUs')).toBe('DeepSeek R1, 2,048 GPUs');
  });
});

describe('tokens', () => {
  it('splits at script boundaries and keeps numbers whole', () => {
    const doc = makeDoc('من نوع H800إنفيديا و5.6 مليون ب18,5');
    expect(doc.tokens.map((t) => t.norm)).toEqual(['من', 'نوع', 'H800', 'انفيديا', 'و', '5.6', 'مليون', 'ب', '18,5']);
    const t = doc.tokens[3]!;
    expect(doc.original.slice(t.start, t.end)).toBe('إنفيديا');
  });
  it('reads proclitics and restores the article after لل', () => {
    const stems = (w: string) => cliticReadings(w).map((r) => r.stem);
    expect(stems('ولغوغل')).toContain('غوغل');
    expect(stems('للصين')).toContain('الصين');
    expect(stems('بكين')).toEqual(['بكين', 'كين']);
  });
});

describe('sentences', () => {
  it('splits on stops but not inside decimals', () => {
    const s = sentences('أنفقت 5.6 مليون دولار. ثم توقفت!\nسطر جديد');
    expect(s.map((x) => x.text)).toEqual(['أنفقت 5.6 مليون دولار.', 'ثم توقفت!', 'سطر جديد']);
  });
});
