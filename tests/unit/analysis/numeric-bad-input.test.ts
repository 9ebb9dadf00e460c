import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../lib/analysis/tokens';
import { numericAnnotator } from '../../../lib/analysis/numeric';
import { formatMoney, formatNumber, formatPercent, formatQuantity } from '../../../lib/analysis/english-numbers';

const find = (t: string) => numericAnnotator.find(makeDoc(t));

describe('numeric: bad input never throws', () => {
  const table: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t  \r\n '],
    ['only digits', '1234567890'.repeat(50)],
    ['only digits and separators', '1,2.3,4.5٫6٬7 ,,, ... ---'],
    ['lone surrogates', '\uD800 5 \uDC00 مليون \uD83D دولار'],
    ['control characters', '\u0000\u0001 5\u0007مليون\u001B دولار \u007F'],
    ['non-Arabic text', 'The company spent $5.6 million on 2,048 GPUs in January 2025.'],
    ['scale words alone', 'مليون مليار تريليون ألف آلاف ملايين'],
    ['month names alone', 'يناير فبراير مارس كانون الثاني رمضان'],
    ['dangling qualifiers', 'أكثر من نحو حوالي'],
    ['a huge number', '9'.repeat(400) + ' مليار دولار'],
  ];
  for (const [why, text] of table) {
    it(why, () => {
      const out = find(text);
      expect(Array.isArray(out)).toBe(true);
      for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  }
  // Speed is measured by `npm run bench`, not here: these only prove that 5 MB goes through
  // without throwing and with sane output. One repeated line of long words (few tokens per byte) keeps them to a few seconds.
  it('5 MB of text: nothing throws, every line gives the same spans', () => {
    const line = 'واستقطبت الاستثمارات الأجنبية المباشرة 5.6 مليون دولار بتاريخ 20 يناير 2025 بزيادة سنوية 12% واستقطبت كذلك 3 مهندسين متخصصين.\n';
    const repeats = Math.ceil(5_000_000 / line.length);
    const text = line.repeat(repeats);
    const out = find(text);
    const perLine = find(line);
    expect(perLine.map((s) => s.kind)).toEqual(['money', 'date', 'percent', 'quantity']);
    expect(out.length).toBe(repeats * perLine.length);
    // the last line's spans sit where the first line's do, shifted by whole lines
    const shift = (repeats - 1) * line.length;
    const tail = out.slice(-perLine.length);
    tail.forEach((s, k) => {
      expect(s.start - shift).toBe(perLine[k]!.start);
      expect(s.value).toEqual(perLine[k]!.value);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  });
  it('5 MB of digits: nothing throws, no span', () => {
    expect(find('8'.repeat(5_000_000))).toEqual([]);
  });
  it('formatters never throw on odd values', () => {
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Infinity)).toBe('');
    expect(() => formatMoney(-5, 'XXX')).not.toThrow();
    expect(() => formatPercent(Number.NaN)).not.toThrow();
    expect(() => formatQuantity(0, 'GPU')).not.toThrow();
  });
});
