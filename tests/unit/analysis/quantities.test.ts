import { describe, expect, it } from 'vitest';
import { COUNTED_NOUNS } from '../../../lib/analysis/data/units';
import { pluralNoun } from '../../../lib/analysis/english-numbers';
import { hasArabic, normaliseString } from '../../../lib/analysis/normalize';
import { expectHit, expectMiss, type Want } from './numeric-helpers';

describe('quantities: hits', () => {
  const table: [string, Want][] = [
    ['واستخدمت الشركة 2048 وحدة معالجة رسومية من نوع H800', { text: '2048', kind: 'quantity', value: 2048, unit: 'GPUs', english: '2,048 GPUs' }],
    ['نموذج يحتوي على 671 مليار معلمة', { text: '671 مليار', kind: 'quantity', value: 671e9, unit: 'parameters', english: '671 billion parameters' }],
    ['الهند التي تضم نحو مليار مستخدم للإنترنت', { text: 'مليار', kind: 'quantity', value: 1e9, unit: 'internet users', english: '1 billion internet users', qualifier: 'about' }],
    ['بعد ثلاثة أيام حافلة', { text: 'ثلاثة', kind: 'quantity', value: 3, unit: 'days', english: 'three days' }],
    ['من سبع دول عربية', { text: 'سبع', kind: 'quantity', value: 7, unit: 'countries', english: 'seven countries' }],
    ['ضمن خطة تمتد لأربع سنوات', { text: 'أربع', kind: 'quantity', value: 4, unit: 'years', english: 'four years' }],
    ['في حوالي ثمانية أشهر', { text: 'ثمانية', kind: 'quantity', value: 8, unit: 'months', english: 'eight months', qualifier: 'about' }],
    ['ويشارك عشرة من المدونين والمؤثرين العرب', { text: 'عشرة', kind: 'quantity', value: 10, unit: 'influencers', english: 'ten bloggers and influencers' }],
    ['بلغ إنتاج الهواتف الذكية في الصين 563 مليون وحدة', { text: '563 مليون', kind: 'quantity', value: 563e6, unit: 'smartphones' }],
    ['يضم التطبيق أكثر من 300 ألف مستخدم', { text: '300 ألف', kind: 'quantity', value: 3e5, unit: 'users', english: '300,000 users', qualifier: 'more than' }],
    ['أعلنت تسريح 12 ألف موظف', { text: '12 ألف', kind: 'quantity', value: 12000, unit: 'employees', english: '12,000 employees' }],
    ['وظفت الشركة 20 موظفًا جديدًا', { text: '20', kind: 'quantity', value: 20, unit: 'employees' }],
    ['يعمل في الشركة خمسة وعشرون ألف موظف', { text: 'خمسة وعشرون ألف', kind: 'quantity', value: 25000, unit: 'employees' }],
    ['وبلغ عدد السكان 1.4 مليار نسمة', { text: '1.4 مليار', kind: 'quantity', value: 1.4e9, unit: 'people' }],
    ['يزور المعرض 126 ألف شخص', { text: '126 ألف', kind: 'quantity', value: 126000, unit: 'people', english: '126,000 people' }],
    ['سجلت الصادرات 120 مليون طن', { text: '120 مليون', kind: 'quantity', value: 120e6, unit: 'tons' }],
    ['تصنع الرقائق بتقنية 3 نانومتر', { text: '3', kind: 'quantity', value: 3, unit: 'nanometres', english: '3 nanometres' }],
    ['وتبلغ قدرة المحطة 500 ميغاواط', { text: '500', kind: 'quantity', value: 500, unit: 'megawatts' }],
    ['بسعة 256 جيجابايت', { text: '256', kind: 'quantity', value: 256, unit: 'gigabytes' }],
    ['أطلقت الصين 3 أقمار صناعية', { text: '3', kind: 'quantity', value: 3, unit: 'satellites', english: '3 satellites' }],
    ['وارتفع عدد السيارات الكهربائية إلى 2.5 مليون سيارة', { text: '2.5 مليون', kind: 'quantity', value: 2.5e6, unit: 'cars' }],
    ['وشارك اثنان من المهندسين', { text: 'اثنان', kind: 'quantity', value: 2, unit: 'engineers', english: 'two engineers' }],
    ['استغرقت المفاوضات ثلاثة أشهر ونصف', { text: 'ثلاثة', kind: 'quantity', value: 3.5, unit: 'months' }],
    ['زار 5 آلاف و500 شخص المعرض', { text: '5 آلاف و500', kind: 'quantity', value: 5500, unit: 'people' }],
    ['خلال الأيام الثلاثة الماضية', { text: 'الثلاثة', kind: 'quantity', value: 3, unit: 'days' }],
    ['خلال ثلاثة وأربعة أيام', { text: 'ثلاثة', kind: 'quantity', value: 3, unit: 'days' }],
    ['من 5 إلى 10 سنوات', { text: '5', kind: 'quantity', value: 5, unit: 'years' }],
    ['تم تنزيل التطبيق 10 ملايين مرة', { text: '10 ملايين', kind: 'quantity', value: 1e7, unit: 'times' }],
    ['شارك في المؤتمر ٣٥٠ خبيرا من ٤٠ دولة', { text: '٤٠', kind: 'quantity', value: 40, unit: 'countries' }],
    ['بعد 48 ساعة من الإطلاق', { text: '48', kind: 'quantity', value: 48, unit: 'hours', english: '48 hours' }],
    ['ارتفع العدد في 16 من الأشهر السبعة عشر الماضية', { text: 'السبعة عشر', kind: 'quantity', value: 17, unit: 'months' }],
    ['يقطعون 3 كيلو مترات سيرا', { text: '3', kind: 'quantity', value: 3, unit: 'kilometres' }],
    ['أطلقت الشركة 5 مصانع جديدة و3000 فرصة عمل', { text: '3000', kind: 'quantity', value: 3000, unit: 'jobs' }],
    ['بسعة 5000 مللي أمبير', { text: '5000', kind: 'quantity', value: 5000, unit: 'milliampere-hours' }],
    ['وفي الإقليم حوالي 2900 وحدة انتاجية', { text: '2900', kind: 'quantity', value: 2900, unit: 'units' }],
    ['بمعدل تحديث 120 هرتز', { text: '120', kind: 'quantity', value: 120, unit: 'hertz' }],
    ['وكاميرا بدقة 48 ميغابكسل', { text: '48', kind: 'quantity', value: 48, unit: 'megapixels', english: '48 megapixels' }],
    ['على مساحة 500 م2 في وسط المدينة', { text: '500', kind: 'quantity', value: 500, unit: 'square metres' }],
    ['بشاشة 6.7 بوصة', { text: '6.7', kind: 'quantity', value: 6.7, unit: 'inches' }],
  ];
  for (const [s, want] of table) it(`${want.text} → ${want.english ?? want.unit}`, () => expectHit(s, want));
});

describe('quantities: misses', () => {
  it('"thousands of users" is vague', () => expectMiss('وأشار إلى أن آلاف المستخدمين اشتكوا', 'آلاف'));
  it('"dozens of people"', () => expectMiss('قتل عشرات الأشخاص', 'عشرات'));
  it('"one of the researchers"', () => expectMiss('وقال أحد الباحثين', 'أحد'));
  it('"one of the companies"', () => expectMiss('إحدى الشركات الكبرى', 'إحدى'));
  it('"three hours and was held": no joined nouns', () => expectHit('لقاء استغرق أكثر من ثلاث ساعات وعقد في المقر', { text: 'ثلاث', kind: 'quantity', value: 3, english: 'three hours' }));
  it('a dual noun alone', () => expectMiss('خلال العامين القادمين', 'العامين'));
  it('"he authored" (ألّف) is not a thousand', () => expectMiss('ألّف الكاتب كتابا عن الذكاء الاصطناعي', 'ألّف'));
});

describe('the counted-noun lexicon', () => {
  it('every entry has English without Arabic and a plural', () => {
    for (const n of COUNTED_NOUNS) {
      expect(hasArabic(n.en)).toBe(false);
      expect(n.forms.length).toBeGreaterThan(0);
      expect(pluralNoun(n.en, n.pl)).toMatch(/^[A-Za-z][A-Za-z -]*$/);
    }
  });
  it('no written form means two different things once normalised', () => {
    const seen = new Map<string, string>();
    for (const n of COUNTED_NOUNS) {
      for (const f of n.forms) {
        const k = normaliseString(f);
        const other = seen.get(k);
        expect(other === undefined || other === n.en, `${f}: ${other} / ${n.en}`).toBe(true);
        seen.set(k, n.en);
      }
    }
  });
  it('is generous (this list matters on unseen articles)', () => expect(COUNTED_NOUNS.length).toBeGreaterThan(150));
});
