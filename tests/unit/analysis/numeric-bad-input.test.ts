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
  it('5 MB of text finishes (linear: no backtracking, no quadratic scans)', () => {
    // article-like density: a few figures among ordinary words
    const para = 'وأوضح المقال أن شركات أمريكية تولت زمام المبادرة في تطوير نماذج التفكير، وهو مجال جديد نسبيًا من أبحاث الذكاء الاصطناعي. '
      + 'واستخدمت الشركة 2048 وحدة معالجة رسومية و5.6 مليون دولار أمريكي في 20 يناير 2025، بزيادة 12٫5٪ عن عام 2023.\n';
    const text = para.repeat(Math.ceil(5_000_000 / para.length));
    const out = find(text);
    expect(out.length).toBeGreaterThan(10_000);
  }, 90_000); // generous: shared CI machines; the point is that it finishes, not how fast
  it('5 MB of digits finishes', () => {
    expect(() => find('8'.repeat(5_000_000))).not.toThrow();
  }, 90_000);
  it('formatters never throw on odd values', () => {
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Infinity)).toBe('');
    expect(() => formatMoney(-5, 'XXX')).not.toThrow();
    expect(() => formatPercent(Number.NaN)).not.toThrow();
    expect(() => formatQuantity(0, 'GPU')).not.toThrow();
  });
});
