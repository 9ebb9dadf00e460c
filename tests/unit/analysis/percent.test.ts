import { describe, it } from 'vitest';
import { expectHit, expectMiss, type Want } from './numeric-helpers';

describe('percent: hits', () => {
  const table: [string, Want][] = [
    ['ارتفعت الإيرادات بنسبة ١٢٫٥٪ خلال العام', { text: '١٢٫٥٪', kind: 'percent', value: 12.5, english: '12.5%' }],
    ['بزيادة 0.5 بالمئة على أساس سنوي', { text: '0.5 بالمئة', kind: 'percent', value: 0.5, english: '0.5%' }],
    ['بنسبة 450 في المئة تقريبًا', { text: '450 في المئة', kind: 'percent', value: 450, english: '450%', qualifier: 'about' }],
    ['أكثر من 95 في المائة من السوق', { text: '95 في المائة', kind: 'percent', value: 95, qualifier: 'more than' }],
    ['بنسبة 30 بالمائة', { text: '30 بالمائة', kind: 'percent', value: 30 }],
    ['وخسرت الليرة 20% من قيمتها', { text: '20%', kind: 'percent', value: 20, english: '20%' }],
    ['انخفض التضخم إلى %4.5 في أبريل', { text: '%4.5', kind: 'percent', value: 4.5 }],
    ['أعلى بمقدار 4.7 و1.6 نقطة مئوية', { text: '1.6 نقطة مئوية', kind: 'percent', value: 1.6, unit: 'percentage points', english: '1.6 percentage points' }],
    ['أعلى بمقدار 4.7 و1.6 نقطة مئوية', { text: '4.7', kind: 'percent', value: 4.7, unit: 'percentage points', english: '4.7 percentage points' }],
    ['رفع البنك الفائدة 25 نقطة أساس', { text: '25 نقطة أساس', kind: 'percent', value: 25, unit: 'basis points', english: '25 basis points' }],
    ['تتراوح بين 10 و15 في المائة', { text: '10', kind: 'percent', value: 10, english: '10%' }],
    ['ارتفع 1.5 نقطتين مئويتين', { text: '1.5 نقطتين مئويتين', kind: 'percent', value: 1.5, unit: 'percentage points' }],
    ['من 13 إلى 16%', { text: '13', kind: 'percent', value: 13 }],
    ['من 13 إلى 16%', { text: '16%', kind: 'percent', value: 16 }],
    ['ارتفع بنسبة 2,5% فقط', { text: '2,5%', kind: 'percent', value: 2.5, english: '2.5%' }],
    ['ارتفع بنسبة 7 ٪ فقط', { text: '7 ٪', kind: 'percent', value: 7 }],
  ];
  for (const [s, want] of table) it(`${want.text} → ${want.english ?? want.value}`, () => expectHit(s, want));
});

describe('percent: misses', () => {
  it('"a percentage" without a number', () => expectMiss('ارتفعت النسبة المئوية للمستخدمين', 'النسبة المئوية'));
  it('a centenary is not a percentage', () => expectMiss('احتفلت الجامعة بالذكرى المئوية لتأسيسها', 'المئوية'));
  it('"one percent" in words is a hit', () => expectHit('واحد في المئة من الحالات', { text: 'واحد في المئة', kind: 'percent', value: 1 }));
});

describe('percent: plural fractions of a whole', () => {
  const table: [string, Want][] = [
    ['أي قرابة ثلاثة أرباع السكان', { text: 'ثلاثة أرباع', kind: 'percent', value: 75, english: '75%', qualifier: 'nearly' }],
    ['وأوضح أن ثلاثة أرباع الزائرين جاءوا من أوروبا', { text: 'ثلاثة أرباع', kind: 'percent', value: 75 }],
    ['نحو 3 أرباع الصادرات', { text: '3 أرباع', kind: 'percent', value: 75 }],
    ['وثلاثة أخماس الأسهم', { text: 'ثلاثة أخماس', kind: 'percent', value: 60 }],
    ['تسعة أعشار الإنتاج', { text: 'تسعة أعشار', kind: 'percent', value: 90 }],
  ];
  for (const [s, want] of table) it(`${s} → ${want.value}%`, () => expectHit(s, want));
  it('three consecutive quarters stay quarters', () => expectHit('ارتفعت الأرباح ثلاثة أرباع متتالية', { text: 'ثلاثة', kind: 'quantity', value: 3, unit: 'quarters' }));
  it('a count not below the denominator is no fraction', () => expectHit('خمسة أرباع السنة', { text: 'خمسة', kind: 'quantity', value: 5, unit: 'quarters' }));
});
