import { describe, expect, it } from 'vitest';
import { resolveCurrency } from '../../../lib/analysis/money';
import { expectHit, expectMiss, type Want } from './numeric-helpers';

describe('money: hits', () => {
  const table: [string, Want][] = [
    ['واستخدمت الشركة و5.6 مليون دولار أمريكي لتدريب النموذج', { text: '5.6 مليون دولار أمريكي', kind: 'money', value: 5.6e6, unit: 'USD', english: '$5.6 million' }],
    ['بلغت الإيرادات 8.04 تريليون يوان', { text: '8.04 تريليون يوان', kind: 'money', value: 8.04e12, unit: 'CNY', english: '8.04 trillion yuan' }],
    ['(حوالي 1.12 تريليون دولار أميركي)', { text: '1.12 تريليون دولار أميركي', kind: 'money', value: 1.12e12, unit: 'USD', english: '$1.12 trillion', qualifier: 'about' }],
    ['ضمن خطة بقيمة (19 مليار دولار كندي)', { text: '19 مليار دولار كندي', kind: 'money', value: 19e9, unit: 'CAD', english: 'C$19 billion' }],
    ['بلغت قيمة الصفقة 3,2 مليار يورو', { text: '3,2 مليار يورو', kind: 'money', value: 3.2e9, unit: 'EUR', english: '€3.2 billion' }],
    ['قفزت قيمتها من تريليون دولار إلى 2 تريليون دولار', { text: 'تريليون دولار', kind: 'money', value: 1e12, unit: 'USD', english: '$1 trillion' }],
    ['استثمار (5.42 مليارات دولار) في كندا', { text: '5.42 مليارات دولار', kind: 'money', value: 5.42e9, unit: 'USD' }],
    ['وقدرت الخسائر ب18,5 مليار ريال سعودي', { text: '18,5 مليار ريال سعودي', kind: 'money', value: 18.5e9, unit: 'SAR', english: '18.5 billion Saudi riyals' }],
    ['وبلغ الاستثمار ١٠٠ مليون درهم إماراتي', { text: '١٠٠ مليون درهم إماراتي', kind: 'money', value: 1e8, unit: 'AED' }],
    ['ربحت الشركة 4.5 مليار جنيه مصري', { text: '4.5 مليار جنيه مصري', kind: 'money', value: 4.5e9, unit: 'EGP', english: '4.5 billion Egyptian pounds' }],
    ['بلغت الصفقة 700 مليون جنيه إسترليني', { text: '700 مليون جنيه إسترليني', kind: 'money', value: 7e8, unit: 'GBP', english: '£700 million' }],
    ['أنفقت الشركة ملياري دولار على الأبحاث', { text: 'ملياري دولار', kind: 'money', value: 2e9, unit: 'USD', english: '$2 billion' }],
    ['وصل سعر البرميل إلى 80 دولارا', { text: '80 دولارا', kind: 'money', value: 80, unit: 'USD', english: '$80' }],
    ['حصلت على تمويل بقيمة $5.6 مليون من مستثمرين', { text: '$5.6 مليون', kind: 'money', value: 5.6e6, unit: 'USD', english: '$5.6 million' }],
    ['وتبلغ قيمة الطلبية C$19 مليار', { text: 'C$19 مليار', kind: 'money', value: 19e9, unit: 'CAD', english: 'C$19 billion' }],
    ['بيع بمبلغ €3 مليارات', { text: '€3 مليارات', kind: 'money', value: 3e9, unit: 'EUR', english: '€3 billion' }],
    ['بلغ حجم السوق 50 مليار رنمينبي', { text: '50 مليار رنمينبي', kind: 'money', value: 50e9, unit: 'CNY', english: '50 billion yuan' }],
    ['وتحتاج إلى ما يقرب من 7 تريليونات دولار', { text: '7 تريليونات دولار', kind: 'money', value: 7e12, qualifier: 'nearly' }],
    ['بنحو عشرين مليون دولار', { text: 'عشرين مليون دولار', kind: 'money', value: 2e7, english: '$20 million', qualifier: 'about' }],
    ['بلغ الناتج ألف مليار دولار', { text: 'ألف مليار دولار', kind: 'money', value: 1e12 }],
    ['بلغت 3 مليارات من الدولارات', { text: '3 مليارات من الدولارات', kind: 'money', value: 3e9, unit: 'USD' }],
    ['مبلغ مليار و200 مليون دولار', { text: 'مليار و200 مليون دولار', kind: 'money', value: 1.2e9 }],
    ['ارتفع السهم 5 دولارات', { text: '5 دولارات', kind: 'money', value: 5, english: '$5' }],
    ['بلغت الميزانية 12 مليار دينار كويتي', { text: '12 مليار دينار كويتي', kind: 'money', value: 12e9, unit: 'KWD' }],
    ['بلغت ستة مليارات شيكل', { text: 'ستة مليارات شيكل', kind: 'money', value: 6e9, unit: 'ILS', english: '6 billion shekels' }],
    ['تبلغ أربعة ملايير درهم', { text: 'أربعة ملايير درهم', kind: 'money', value: 4e9 }],
    ['بقيمة 30 مليار ين ياباني', { text: '30 مليار ين ياباني', kind: 'money', value: 30e9, unit: 'JPY', english: '30 billion yen' }],
    // the dual in construct drops its ن and looks like the accusative: two billion, not one
    ['وخصص للمرحلة الأولى منه مليارا يوان', { text: 'مليارا يوان', kind: 'money', value: 2e9, unit: 'CNY', english: '2 billion yuan' }],
    ['وتبلغ قيمة العقد مليونا دولار', { text: 'مليونا دولار', kind: 'money', value: 2e6, unit: 'USD', english: '$2 million' }],
    // cents: a fraction of the dollar
    ['وارتفع السعر 88 سنتاً إلى 65 دولاراً', { text: '88 سنتاً', kind: 'money', value: 0.88, unit: 'USD', english: '88 cents' }],
    ['تراجع السهم 1 سنت فقط', { text: '1 سنت', kind: 'money', value: 0.01, unit: 'USD', english: '1 cent' }],
    ['ارتفع سعر السهم 18 هللة', { text: '18 هللة', kind: 'money', value: 0.18, unit: 'SAR', english: '18 halalas' }],
    ['وارتفع السهم 35 قرشاً في ختام التعاملات', { text: '35 قرشاً', kind: 'money', value: 0.35, unit: 'EGP', english: '35 piastres' }],
    // after a product's name an amount is still an amount, not its model number (Brent 94)
    ['صعد خام برنت 94 سنتاً إلى 69 دولاراً', { text: '94 سنتاً', kind: 'money', value: 0.94, unit: 'USD', english: '94 cents' }],
  ];
  for (const [s, want] of table) it(`${want.text} → ${want.english ?? want.value}`, () => expectHit(s, want));
});

describe('money: ranges', () => {
  it('"from 2000 to 3000 dollars": both amounts', () => expectHit('بين 2000 و3000 دولار', { text: '2000', kind: 'money', value: 2000, unit: 'USD' }));
  it('a year before an amount stays a year', () => expectHit('في 2023 و5 ملايين دولار', { text: '2023', kind: 'date', value: '2023' }));
});

describe('money: misses', () => {
  it('vague plurals are not amounts', () => expectMiss('وبلغت الاستثمارات ملايين الدولارات', 'ملايين الدولارات'));
  it('"billions of dollars" without a number', () => expectMiss('أنفقت مليارات الدولارات على الرقائق', 'مليارات الدولارات'));
  it('the currency named alone', () => expectMiss('تراجع الدولار أمام اليوان', 'الدولار'));
  it('the accusative مليارا after a number is one billion each, not a dual', () =>
    expectHit('أنفقت الشركة عشرين مليارا في العام الماضي', { text: 'عشرين مليارا', kind: 'number', value: 20e9 }));
  it('مليارا alone, with no noun after it, is no dual amount', () => expectMiss('ضخت الحكومة مليارا في السوق', 'مليارا'));
});

describe('money: shared currency words read by the country of the text', () => {
  const hits: [string, Want][] = [
    // an adjective settles it, whatever the text talks about
    ['قالت الرباط إن الصفقة بلغت 40 مليون درهم إماراتي', { text: '40 مليون درهم إماراتي', kind: 'money', value: 4e7, unit: 'AED' }],
    ['وأعلنت دبي ضخ 7 مليارات درهم مغربي', { text: '7 مليارات درهم مغربي', kind: 'money', value: 7e9, unit: 'MAD' }],
    ['بلغ الدين 9 مليارات دينار أردني', { text: '9 مليارات دينار أردني', kind: 'money', value: 9e9, unit: 'JOD' }],
    ['ارتفع الاحتياطي إلى 6 مليارات دينار بحريني', { text: '6 مليارات دينار بحريني', kind: 'money', value: 6e9, unit: 'BHD' }],
    ['رصدت الحكومة 300 مليون ريال عماني', { text: '300 مليون ريال عماني', kind: 'money', value: 3e8, unit: 'OMR' }],
    ['وصل سعر الرغيف إلى 30 ليرة تركية', { text: '30 ليرة تركية', kind: 'money', value: 30, unit: 'TRY' }],
    ['بيعت السيارة بـ200 ألف جنيه سوداني', { text: '200 ألف جنيه سوداني', kind: 'money', value: 2e5, unit: 'SDG' }],
    // a bare word: the country most mentioned
    ['أعلن المغرب أن الاستثمارات في الطاقة بالمغرب بلغت 12 مليار درهم', { text: '12 مليار درهم', kind: 'money', value: 12e9, unit: 'MAD', english: '12 billion Moroccan dirhams' }],
    ['وقالت وزارة المالية المغربية إن العجز بلغ 4 مليارات من الدراهم', { text: '4 مليارات من الدراهم', kind: 'money', value: 4e9, unit: 'MAD' }],
    ['أعلنت الكويت ميزانية قدرها 24 مليار دينار', { text: '24 مليار دينار', kind: 'money', value: 24e9, unit: 'KWD' }],
    ['قال البنك المركزي التونسي إن الاحتياطي بلغ 25 مليار دينار', { text: '25 مليار دينار', kind: 'money', value: 25e9, unit: 'TND' }],
    ['رفعت قطر أجور موظفيها بمبلغ 500 ريال', { text: '500 ريال', kind: 'money', value: 500, unit: 'QAR' }],
    ['تراجعت العملة في لبنان حتى صار الدولار يساوي 89 ألف ليرة', { text: '89 ألف ليرة', kind: 'money', value: 89000, unit: 'LBP' }],
    ['وفي السودان ارتفع سعر الخبز إلى 50 جنيها', { text: '50 جنيها', kind: 'money', value: 50, unit: 'SDG' }],
    // nothing said: the usual reading
    ['اشترى الأسهم بمبلغ 80 مليون درهم', { text: '80 مليون درهم', kind: 'money', value: 8e7, unit: 'AED' }],
    ['بلغت الأرباح 3 مليارات ريال', { text: '3 مليارات ريال', kind: 'money', value: 3e9, unit: 'SAR' }],
    ['بلغت الأرباح 3 مليارات جنيه', { text: '3 مليارات جنيه', kind: 'money', value: 3e9, unit: 'EGP' }],
    ['بلغت الأرباح 3 ملايين دينار', { text: '3 ملايين دينار', kind: 'money', value: 3e6, unit: 'dinar' }],
  ];
  for (const [s, want] of hits) it(`${want.text} → ${want.unit}`, () => expectHit(s, want));
  it('the paragraph decides before the article', () => {
    const text = 'تراجعت البورصة في المغرب. وقال محللون في المغرب والرباط إن السوق المغربية تعافت.\nوفي دبي بلغت التداولات 92 مليون درهم.\nوفي الرباط بلغت 40 مليون درهم.';
    expectHit(text, { text: '92 مليون درهم', kind: 'money', value: 92e6, unit: 'AED' });
    expectHit(text, { text: '40 مليون درهم', kind: 'money', value: 40e6, unit: 'MAD' });
  });
  it('a paragraph naming only countries of other families leaves it to the article', () =>
    expectHit('أعلن المغرب خطة جديدة للطاقة في المغرب.\nوقال وزير سعودي إن الكلفة 3 مليارات درهم.', { text: '3 مليارات درهم', kind: 'money', value: 3e9, unit: 'MAD' }));
  it('resolveCurrency: the most mentioned country of the family, else the default', () => {
    expect(resolveCurrency('dirham', 'AED', new Map([['MAD', 3], ['AED', 1]]))).toBe('MAD');
    expect(resolveCurrency('dirham', 'AED', new Map([['MAD', 1], ['AED', 1]]))).toBe('AED');
    expect(resolveCurrency('dirham', 'AED', new Map())).toBe('AED');
    expect(resolveCurrency('dinar', 'dinar', new Map([['IQD', 2], ['KWD', 1], ['SAR', 9]]))).toBe('IQD');
    // a country outside the family does not count
    expect(resolveCurrency('riyal', 'SAR', new Map([['MAD', 5]]))).toBe('SAR');
  });
});

describe('money: Maghreb spellings, subunits, a spaced و before a smaller scale', () => {
  const hits: [string, Want][] = [
    ['رصدت الجهة 45 مليون أورو للمشروع', { text: '45 مليون أورو', kind: 'money', value: 45e6, unit: 'EUR', english: '€45 million' }],
    ['خصص المجلس 12 مليار سنتيم للطرق', { text: '12 مليار سنتيم', kind: 'money', value: 12e9, unit: 'centime', english: '12 billion centimes' }],
    ['بيع الكيلوغرام بـ450 دج', { text: '450 دج', kind: 'money', value: 450, unit: 'DZD' }],
    ['ارتفع السعر 30 فلسا', { text: '30 فلسا', kind: 'money', value: 30, unit: 'fils' }],
    ['بلغت الكلفة 2 مليار و 300 مليون دولار', { text: '2 مليار و 300 مليون دولار', kind: 'money', value: 2.3e9, unit: 'USD', english: '$2.3 billion' }],
  ];
  for (const [s, want] of hits) it(`${want.text} → ${want.english ?? want.unit}`, () => expectHit(s, want));
  it('a spaced "و 200" with no scale starts a list, not a sum', () =>
    expectHit('بلغ عدد العملاء 5 ملايين و 200 مؤسسة', { text: '5 ملايين', kind: 'quantity', value: 5e6 }));
});
