import { describe, expect, it } from 'vitest';
import { hijriToGregorian } from '../../../lib/analysis/dates';
import { expectHit, expectMiss, spans, type Want } from './numeric-helpers';

describe('dates: hits', () => {
  const table: [string, Want][] = [
    ['27 يناير 2025 / شبكة الصين', { text: '27 يناير 2025', kind: 'date', value: '2025-01-27', english: 'January 27, 2025' }],
    ['وفي 20 يناير الجاري أصدرت', { text: '20 يناير', kind: 'date', value: '--01-20', english: 'January 20' }],
    ['فمنذ كانون الثاني 2023 ارتفع السهم', { text: 'كانون الثاني 2023', kind: 'date', value: '2023-01', english: 'January 2023' }],
    ['13 أكتوبر 2025 / شبكة الصين', { text: '13 أكتوبر 2025', kind: 'date', value: '2025-10-13' }],
    ['وفي عام 2023، أسس ليانغ شركة', { text: '2023', kind: 'date', value: '2023', english: '2023' }],
    ['جولة في بكين لعام 2025', { text: '2025', kind: 'date', value: '2025' }],
    ['خطة تبدأ في 2026 لتعزيز حضورها', { text: '2026', kind: 'date', value: '2026' }],
    ['بين 2023 و2027', { text: '2027', kind: 'date', value: '2027' }],
    ['باعت خلال عام 2023م', { text: '2023م', kind: 'date', value: '2023' }],
    ['وقع الاتفاق في 15 يونيو/ حزيران 2024', { text: '15 يونيو/ حزيران 2024', kind: 'date', value: '2024-06-15', english: 'June 15, 2024' }],
    ['صدر القرار في الأول من يناير 2025', { text: 'الأول من يناير 2025', kind: 'date', value: '2025-01-01' }],
    ['تاريخ النشر: 2025-01-27 الساعة', { text: '2025-01-27', kind: 'date', value: '2025-01-27' }],
    ['نشر في 27/1/2025 على الموقع', { text: '27/1/2025', kind: 'date', value: '2025-01-27' }],
    ['arabic.china.org.cn | 27. 01. 2025 |', { text: '27. 01. 2025', kind: 'date', value: '2025-01-27' }],
    ['في الفترة من 13 إلى 16 مارس', { text: '13', kind: 'date', value: '--03-13', english: 'March 13' }],
    ['في الفترة من 13 إلى 16 مارس', { text: '16 مارس', kind: 'date', value: '--03-16' }],
    ['يومي 13 و14 نوفمبر 2024', { text: '13', kind: 'date', value: '2024-11-13' }],
    ['في الثلاثاء 3 ديسمبر', { text: '3 ديسمبر', kind: 'date', value: '--12-03' }],
    ['في شهر آب 2022', { text: 'آب 2022', kind: 'date', value: '2022-08' }],
    ['ويمتد حتى إبريل 2026', { text: 'إبريل 2026', kind: 'date', value: '2026-04' }],
    ['صدر في 5 جوان 2023', { text: '5 جوان 2023', kind: 'date', value: '2023-06-05' }],
    ['خلال الفترة 2021-2025', { text: '2021', kind: 'date', value: '2021' }],
    ['خلال الفترة 2021-2025', { text: '2025', kind: 'date', value: '2025' }],
    ['وفي عام 1445 هـ شهدت المملكة', { text: '1445 هـ', kind: 'date', english: '1445 AH', value: '2023' }],
    ['في 10 رمضان 1445 هـ', { text: '10 رمضان 1445 هـ', kind: 'date', value: '2024-03-20', english: '10 Ramadan 1445 AH' }],
    ['في ٢٠ مايو ٢٠٢٤', { text: '٢٠ مايو ٢٠٢٤', kind: 'date', value: '2024-05-20' }],
    ['بعد هجمات 11 سبتمبر أيلول 2001', { text: '11 سبتمبر أيلول 2001', kind: 'date', value: '2001-09-11' }],
    ['في 31 أكتوبر / تشرين الأول', { text: '31 أكتوبر / تشرين الأول', kind: 'date', value: '--10-31' }],
    ['كان ذلك في 1990', { text: '1990', kind: 'date', value: '1990' }],
    ['في 5 مارس من عام 2024', { text: '5 مارس من عام 2024', kind: 'date', value: '2024-03-05' }],
  ];
  for (const [s, want] of table) it(`${want.text} → ${want.value}`, () => expectHit(s, want));
});

describe('dates: misses', () => {
  it('a weekday alone', () => expectMiss('يوم الاثنين الماضي', 'الاثنين'));
  it('Sunday (الأحد)', () => expectMiss('يوم الأحد المقبل يلتقي الوزيران', 'الأحد'));
  it('مارس as a verb', () => expectMiss('قال إنه مارس الضغط على الحكومة', 'مارس'));
  it('Nissan the carmaker', () => expectMiss('وإن نيسان وتويوتا تتنافسان', 'نيسان'));
  it('a month alone has no contract value', () => expectMiss('وشهد شهر رمضان ارتفاعا في الطلب', 'رمضان'));
  it('"the first half" is not a date or number', () => expectMiss('خلال النصف الأول من هذا العام', 'النصف الأول'));
  it('"the last quarter"', () => expectMiss('وبلغت إيراداتها في الربع الأخير', 'الربع الأخير'));
  it('a phone number is not a date', () => expectMiss('هاتف 86-10-88828000', '86-10-88828000'));
  it('a four-digit count with a unit is not a year', () => expectHit('استخدمت 2048 وحدة', { text: '2048', kind: 'quantity', value: 2048 }));
  it('an approximate four-digit number is not a year', () => expectHit('نحو 2000 شخص', { text: '2000', kind: 'quantity', value: 2000 }));
});

describe('hijriToGregorian', () => {
  it('1 Muharram 1446 ≈ 7 July 2024', () => {
    const [y, m, d] = hijriToGregorian(1446, 1, 1);
    expect(y).toBe(2024);
    expect(m).toBe(7);
    expect(Math.abs(d - 7)).toBeLessThanOrEqual(2);
  });
});

describe('dates: Maghreb and Algerian/Tunisian month names', () => {
  const hits: [string, Want][] = [
    ['ارتفعت الطاقة المنشأة مع نهاية غشت 2023', { text: 'غشت 2023', kind: 'date', value: '2023-08', english: 'August 2023' }],
    ['انطلقت الأشغال في 14 يوليوز 2022 بالرباط', { text: '14 يوليوز 2022', kind: 'date', value: '2022-07-14' }],
    ['صدر المرسوم في 3 شتنبر', { text: '3 شتنبر', kind: 'date', value: '--09-03' }],
    ['منذ نونبر 2021', { text: 'نونبر 2021', kind: 'date', value: '2021-11' }],
    ['بتاريخ 31 دجنبر 2024', { text: '31 دجنبر 2024', kind: 'date', value: '2024-12-31' }],
    ['يوم 8 ماي 2025 في الدار البيضاء', { text: '8 ماي 2025', kind: 'date', value: '2025-05-08' }],
    ['وفي ماي 2019 أعلنت الوزارة', { text: 'ماي 2019', kind: 'date', value: '2019-05' }],
    ['أعلن الديوان في جانفي 2024', { text: 'جانفي 2024', kind: 'date', value: '2024-01' }],
    ['صدرت الأرقام يوم 12 فيفري', { text: '12 فيفري', kind: 'date', value: '--02-12' }],
    ['منذ أفريل 2020', { text: 'أفريل 2020', kind: 'date', value: '2020-04' }],
    ['في 20 أوت 2022 بالجزائر', { text: '20 أوت 2022', kind: 'date', value: '2022-08-20' }],
    ['يوم 5 جويلية', { text: '5 جويلية', kind: 'date', value: '--07-05' }],
    ['وفي جوان 2023 بتونس', { text: 'جوان 2023', kind: 'date', value: '2023-06' }],
    ['وبحلول وغشت 2026', { text: 'غشت 2026', kind: 'date', value: '2026-08' }],
    ['يدخل القانون حيز التنفيذ فاتح يوليوز 2025', { text: 'فاتح يوليوز 2025', kind: 'date', value: '2025-07-01', english: 'July 1, 2025' }],
    ['تنطلق العملية بفاتح شتنبر', { text: 'فاتح شتنبر', kind: 'date', value: '--09-01' }],
    ['أعلنت الوزارة في 7 من أبريل الماضي', { text: '7 من أبريل', kind: 'date', value: '--04-07' }],
    ['يوم الـ21 من نونبر 2024', { text: '21 من نونبر 2024', kind: 'date', value: '2024-11-21' }],
  ];
  for (const [s, want] of hits) it(`${want.text} → ${want.value}`, () => expectHit(s, want));
  // ماي ("my" in transliterated brands) and أوت alone are words, not months
  const misses: [string, string][] = [
    ['أطلقت متجر ماي ستور الجديد', 'ماي'],
    ['وقال ماي إن الشركة', 'ماي'],
    ['ورد مصطلح أوت في النص', 'أوت'],
    ['بين غشت ودجنبر من كل سنة', 'غشت'],
    ['فتح أبوابه من جديد', 'فتح'],
  ];
  for (const [s, stretch] of misses) it(`no date: ${s}`, () => expectMiss(s, stretch));
  it('"40 من مارس": 40 is no day of March', () => expect(spans('ارتفع العدد 40 من مارس إلى أبريل').some((x) => x.kind === 'date')).toBe(false));
});
