import { describe, expect, it } from 'vitest';
import { parseDigits, parseNumberAt, times } from '../../../lib/analysis/numbers';
import { qualifierBefore } from '../../../lib/analysis/qualifiers';
import { makeDoc } from '../../../lib/analysis/tokens';
import { expectHit, expectMiss, type Want } from './numeric-helpers';

describe('parseDigits', () => {
  const table: [string, number | null][] = [
    ['2048', 2048], ['2,048', 2048], ['18,5', 18.5], ['5.6', 5.6], ['0.5', 0.5], ['1,234,567', 1234567],
    ['1.234.567', 1234567], ['1,234.5', 1234.5], ['1.234,5', 1234.5], ['0,5', 0.5], ['1.2.3', null], ['12,34,5', null],
  ];
  for (const [s, v] of table) {
    it(`${s} → ${v}`, () => {
      const d = parseDigits(s);
      if (v === null) expect(d).toBeNull();
      else expect(d!.value).toBeCloseTo(v, 9);
    });
  }
  it('flags codes with a leading zero', () => {
    expect(parseDigits('040089')!.leadingZero).toBe(true);
    expect(parseDigits('0.5')!.leadingZero).toBe(false);
  });
});

describe('times multiplies by a power of ten without binary noise', () => {
  it('8.04 × 1e12', () => expect(times(8.04, 1e12)).toBe(8040000000000));
  it('5.6 × 1e6', () => expect(times(5.6, 1e6)).toBe(5600000));
});

describe('parseNumberAt: digits, words and mixed forms', () => {
  const table: [string, number][] = [
    ['5.6 مليون', 5.6e6], ['٥٫٦ مليون', 5.6e6], ['18,5 مليار', 18.5e9], ['3 ملايين', 3e6], ['20 ألفا', 20000],
    ['50 000', 50000], ['1 000 000', 1e6], ['3 مليارات و200 مليون', 3.2e9], ['5 آلاف و500', 5500],
    ['مليار ونصف', 1.5e9], ['مليون ونصف المليون', 1.5e6], ['ألف مليار', 1e12], ['نصف مليون', 5e5], ['ربع مليار', 2.5e8],
    ['ثلاثة', 3], ['عشرة', 10], ['أحد عشر', 11], ['اثنا عشر', 12], ['ثلاثة عشر', 13], ['خمسة وعشرون', 25],
    ['خمسة و عشرون', 25], ['مائة وخمسون', 150], ['ثلاثمائة وخمسين', 350], ['ثلاث مئة', 300], ['ثلاثة آلاف', 3000],
    ['ألفين', 2000], ['مليونان', 2e6], ['ملياري', 2e9], ['عشرة آلاف', 10000], ['خمسة وعشرون ألفا', 25000],
    ['ألف وخمسمائة', 1500], ['مليار و200 مليون', 1.2e9], ['تريليون', 1e12], ['مئتين', 200],
  ];
  for (const [text, value] of table) {
    it(`${text} = ${value}`, () => {
      const e = parseNumberAt(makeDoc(text), 0);
      expect(e).not.toBeNull();
      expect(e!.value).toBeCloseTo(value, 6);
      expect(e!.end).toBe(text.length);
    });
  }
  it('skips a glued proclitic on a number word (وثلاثة → ثلاثة)', () => {
    const text = 'وثلاثة';
    const e = parseNumberAt(makeDoc(text), 0)!;
    expect(text.slice(e.start, e.end)).toBe('ثلاثة');
  });
  it('أحد alone ("one of") is not a number', () => {
    expect(parseNumberAt(makeDoc('أحد الباحثين'), 0)).toBeNull();
    expect(parseNumberAt(makeDoc('إحدى الشركات'), 0)).toBeNull();
  });
  it('"three and four" is a list, not seven', () => {
    expect(parseNumberAt(makeDoc('ثلاثة وأربعة'), 0)!.value).toBe(3);
  });
  it('a fraction alone is not a number', () => {
    expect(parseNumberAt(makeDoc('نصف الوقت'), 0)).toBeNull();
  });
});

describe('qualifiers before a number', () => {
  const table: [string, string | undefined][] = [
    ['نحو 5', 'about'], ['بنحو 5', 'about'], ['حوالي 5', 'about'], ['حوالى 5', 'about'], ['قرابة 5', 'nearly'],
    ['ما يقرب من 5', 'nearly'], ['أكثر من 5', 'more than'], ['بأكثر من 5', 'more than'], ['أقل من 5', 'less than'],
    ['ما لا يقل عن 5', 'at least'], ['ما يصل إلى 5', 'up to'], ['في 5', undefined], ['لتصل إلى 5', undefined], ['استثمارات تصل إلى 5', 'up to'],
  ];
  for (const [text, q] of table) {
    it(`${text} → ${q}`, () => {
      const doc = makeDoc(text);
      expect(qualifierBefore(doc, doc.tokens.length - 1)).toBe(q);
    });
  }
});

describe('bare numbers and ranges in sentences', () => {
  it('a number in words before a noun the lexicon does not know: a quantity with no English unit', () =>
    expectHit('انضم ثلاثة سفراء إلى المبادرة', { text: 'ثلاثة', kind: 'quantity', value: 3, english: 'three' }));
  it('a bare number keeps its digits', () =>
    expectHit('وفق المادة 45 من القانون', { text: '45', kind: 'number', value: 45, english: '45' }));
  it('a qualifier is kept as data, outside the span', () =>
    expectHit('بلغ عددهم نحو 45 بحسب التقديرات', { text: '45', kind: 'number', value: 45, qualifier: 'about' }));
  it('range with a unit on the second number: both get it', () => {
    expectHit('بين 3 و5 مليارات دولار', { text: '3', kind: 'money', value: 3e9, unit: 'USD', english: '$3 billion' });
    expectHit('بين 3 و5 مليارات دولار', { text: '5 مليارات دولار', kind: 'money', value: 5e9, unit: 'USD' });
  });
  it('range in words', () => expectHit('يستغرق ثلاثة إلى خمسة أيام', { text: 'ثلاثة', kind: 'quantity', value: 3, unit: 'days' }));
  it('percentage points in words, with no digits', () => {
    expectHit('خفض الفائدة بمقدار ربع نقطة مئوية إلى 4%', { text: 'ربع نقطة مئوية', kind: 'percent', value: 0.25, unit: 'percentage points' });
    expectHit('وقرر خفضها بنصف نقطة مئوية', { text: 'نصف نقطة مئوية', kind: 'percent', value: 0.5, unit: 'percentage points' });
    expectHit('في حدود نقطة مئوية واحدة خلال العامين', { text: 'نقطة مئوية واحدة', kind: 'percent', value: 1, english: '1 percentage point' });
  });
  it('digits glued to الـ after a definite plural count it (cardinal, not ordinal)', () => {
    expectHit('على أن تغطي الشبكة المحافظات الـ27 خلال ثلاث سنوات', { text: '27', kind: 'number', value: 27 });
    expectHit('وافقت الدول الـ27 الأعضاء في الاتحاد', { text: '27', kind: 'number', value: 27 });
    expectHit('خلال الأشهر الـ11 الأولى من العام', { text: '11', kind: 'number', value: 11 });
  });
});

describe('the ر decimal mark (stored fraction first: on screen the runs swap)', () => {
  const hits: [string, Want][] = [
    ['ارتفع التضخم إلى 7ر4 في المئة', { text: '7ر4 في المئة', kind: 'percent', value: 4.7 }],
    ['بلغت الصادرات 35ر12 مليار دولار', { text: '35ر12 مليار دولار', kind: 'money', value: 12.35e9, unit: 'USD' }],
    ['ونما الاقتصاد و1ر2 بالمئة', { text: '1ر2 بالمئة', kind: 'percent', value: 2.1 }],
    ['وصل الإنتاج إلى 5ر1 مليون برميل', { text: '5ر1 مليون', kind: 'quantity', value: 1.5e6, unit: 'barrels' }],
    ['تراجع اليورو إلى 3312ر1 دولار', { text: '3312ر1 دولار', kind: 'money', value: 1.3312, unit: 'USD' }],
    ['صعد المؤشر 05ر0 بالمئة', { text: '05ر0 بالمئة', kind: 'percent', value: 0.05 }],
  ];
  for (const [s, want] of hits) it(`${want.text} → ${want.value}`, () => expectHit(s, want));
  it('a spaced ر is a word, not a decimal mark', () => expectHit('بلغ 3 ر 5 مرات', { text: '3', kind: 'number', value: 3 }));
  it('a time written with ر is not an amount', () => expectMiss('تبث الحلقة في 30ر9 بتوقيت مكة', '30ر9'));
});
