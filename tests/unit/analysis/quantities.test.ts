import { describe, expect, it } from 'vitest';
import { COUNTED_NOUNS } from '../../../lib/analysis/data/units';
import { pluralNoun } from '../../../lib/analysis/english-numbers';
import { hasArabic, normaliseString } from '../../../lib/analysis/normalize';
import { expectHit, expectMiss, spans, type Want } from './numeric-helpers';

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

describe('quantities: the wider lexicon (energy, jobs, finance, tech, time, people)', () => {
  const table: [string, Want][] = [
    ['تبلغ قدرة المزرعة الريحية 2,4 جيغاواط', { text: '2,4', kind: 'quantity', value: 2.4, unit: 'gigawatts' }],
    ['أنتجت المحطة 900 ميغاواط ساعة', { text: '900', kind: 'quantity', value: 900, unit: 'megawatt-hours' }],
    ['ستوفر الوحدة الصناعية 1500 منصب شغل مباشر', { text: '1500', kind: 'quantity', value: 1500, unit: 'jobs' }],
    ['يتيح المشروع ثلاثين ألف فرصة شغل', { text: 'ثلاثين ألف', kind: 'quantity', value: 30000, unit: 'jobs' }],
    ['بعد أربعة فصول من التراجع', { text: 'أربعة', kind: 'quantity', value: 4, unit: 'quarters' }],
    ['يقع التقرير في 130 صفحة', { text: '130', kind: 'quantity', value: 130, unit: 'pages' }],
    ['منحت البنوك 45 ألف قرض', { text: '45 ألف', kind: 'quantity', value: 45000, unit: 'loans' }],
    ['أبرمت الشركة 6 صفقات استحواذ', { text: '6', kind: 'quantity', value: 6, unit: 'deals' }],
    ['تأسست 800 شركة ناشئة', { text: '800', kind: 'quantity', value: 800, unit: 'startups' }],
    ['اكتشف الباحثون 14 ثغرة أمنية', { text: '14', kind: 'quantity', value: 14, unit: 'vulnerabilities' }],
    ['استقبلت البلاد 3 ملايين سائح', { text: '3 ملايين', kind: 'quantity', value: 3e6, unit: 'tourists' }],
    ['يضم المخيم 12 ألف لاجئ', { text: '12 ألف', kind: 'quantity', value: 12000, unit: 'refugees' }],
    ['بيعت 2000 أوقية من الذهب', { text: '2000', kind: 'quantity', value: 2000, unit: 'ounces' }],
    ['على مساحة 40 هكتارا', { text: '40', kind: 'quantity', value: 40, unit: 'hectares' }],
    ['يمتد الطريق على 120 كلم', { text: '120', kind: 'quantity', value: 120, unit: 'kilometres' }],
    ['وقعت الوزارة 5 رخص استغلال', { text: '5', kind: 'quantity', value: 5, unit: 'licences' }],
    ['وصل عدد المتابعين إلى 8 ملايين متابع', { text: '8 ملايين', kind: 'quantity', value: 8e6, unit: 'followers' }],
  ];
  for (const [s, want] of table) it(`${want.text} → ${want.unit}`, () => expectHit(s, want));
});

describe('quantities: rates, readings by context, partitives', () => {
  const table: [string, Want][] = [
    ['تنتج الحقول 700 ألف برميل يوميا', { text: '700 ألف', kind: 'quantity', value: 7e5, unit: 'barrels per day', english: '700,000 barrels per day' }],
    ['يستقبل الميناء 20 سفينة شهريا', { text: '20', kind: 'quantity', value: 20, unit: 'ships per month' }],
    ['تصدر المملكة 4 ملايين طن سنويا', { text: '4 ملايين', kind: 'quantity', value: 4e6, unit: 'tons per year' }],
    ['يضخ الحقل 90 ألف برميل في اليوم', { text: '90 ألف', kind: 'quantity', value: 9e4, unit: 'barrels per day' }],
    ['ينقل الخط 12 مليار متر مكعب في السنة', { text: '12 مليار', kind: 'quantity', value: 12e9, unit: 'cubic metres per year' }],
    // عقد: a decade in a time phrase, else a contract
    ['تراجع الإنتاج منذ ثلاثة عقود', { text: 'ثلاثة', kind: 'quantity', value: 3, unit: 'decades' }],
    ['بقي السعر مستقرا خلال 4 عقود', { text: '4', kind: 'quantity', value: 4, unit: 'decades' }],
    ['حكم البلاد خمسة عقود متتالية', { text: 'خمسة', kind: 'quantity', value: 5, unit: 'decades' }],
    ['وقعت الهيئة 9 عقود مع المقاولين', { text: '9', kind: 'quantity', value: 9, unit: 'contracts' }],
    // مركز: a place in a ranking, else a centre
    ['صعدت الجامعة سبعة مراكز في التصنيف', { text: 'سبعة', kind: 'quantity', value: 7, unit: 'places' }],
    ['افتتحت الوزارة خمسة مراكز للتكوين', { text: 'خمسة', kind: 'quantity', value: 5, unit: 'centres' }],
    // وحدة من X: the thing named after من, not a product from the clause
    ['تملك الشركة آلات تعدين و300 ألف وحدة من "إيثريوم"', { text: '300 ألف', kind: 'quantity', value: 3e5, unit: 'units' }],
    ['اشترى الصندوق 50 ألف وحدة من البيتكوين', { text: '50 ألف', kind: 'quantity', value: 5e4, unit: 'bitcoins' }],
    ['اقتنت المجموعة 20 ألف وحدة من الأسهم', { text: '20 ألف', kind: 'quantity', value: 2e4, unit: 'shares' }],
    ['أنتج المصنع الهواتف الذكية بمعدل 9 ملايين وحدة', { text: '9 ملايين', kind: 'quantity', value: 9e6, unit: 'smartphones' }],
  ];
  for (const [s, want] of table) it(`${want.text} → ${want.unit}`, () => expectHit(s, want));
});

describe('quantities: duals and "one" after the noun', () => {
  const table: [string, Want][] = [
    ['تأخر المشروع عامين كاملين', { text: 'عامين', kind: 'quantity', value: 2, unit: 'years', english: 'two years' }],
    ['توقف الإنتاج لمدة شهرين', { text: 'شهرين', kind: 'quantity', value: 2, unit: 'months' }],
    ['بعد أسبوعين من الإعلان', { text: 'أسبوعين', kind: 'quantity', value: 2, unit: 'weeks' }],
    ['استغرق الاجتماع ساعتين', { text: 'ساعتين', kind: 'quantity', value: 2, unit: 'hours' }],
    ['تحالفت مع شركتين أوروبيتين', { text: 'شركتين', kind: 'quantity', value: 2, unit: 'companies' }],
    ['وبعد سنتين بدأ التصدير', { text: 'سنتين', kind: 'quantity', value: 2, unit: 'years' }],
    ['استحوذت على شركة واحدة فقط', { text: 'واحدة', kind: 'quantity', value: 1, unit: 'companies', english: 'one company' }],
    ['استمر العطل يوما واحدا', { text: 'واحدا', kind: 'quantity', value: 1, unit: 'days' }],
  ];
  for (const [s, want] of table) it(`${want.text} → ${want.english ?? want.unit}`, () => expectHit(s, want));
});

describe('quantities: a noun the lexicon does not know', () => {
  const table: [string, Want][] = [
    ['شيدت الحكومة 25 سدا تليا و40 خزانا', { text: '40', kind: 'quantity', value: 40, english: '40' }],
    ['نظمت الوكالة 17 ورشة تكوينية', { text: '17', kind: 'quantity', value: 17, english: '17' }],
    ['قدمت اللجنة ستة مقترحات', { text: 'ستة', kind: 'quantity', value: 6, english: 'six' }],
    ['أنشأت البلدية 4 حدائق عمومية', { text: '4', kind: 'quantity', value: 4 }],
    // a broken plural written with hamza (ألقاب) is no article + noun
    ['أحرز الفريق 7 ألقاب قارية', { text: '7', kind: 'quantity', value: 7 }],
    // a scale word: a count, even after a word that can head an identifier
    ['يضم الاتحاد اليوم 48 ألف منخرط', { text: '48 ألف', kind: 'quantity', value: 48000 }],
  ];
  for (const [s, want] of table) {
    it(`${want.text} → a quantity with no unit`, () => {
      expectHit(s, want);
      expect(spans(s).find((x) => x.text === want.text)!.unit).toBeUndefined();
    });
  }
  const numbers: [string, string][] = [
    ['identifier after its head', 'والمادة 12 تنص على ذلك'],
    ['a rank', 'حلت الشركة في المرتبة 5 عربيا'],
    ['a clause that follows', 'وفي 45 قالت الوزارة'],
    ['an adverb after the number', 'ارتفع الرقم إلى 60 تقريبا'],
    ['a verb after the number', 'أكد أن 30 يعملون هناك'],
    ['an era after a year-like number', 'حكم بين 1205 و1264 ميلادية'],
    ['a time of day', 'انطلقت المباراة عند 9 مساء'],
    ['a definite noun after the number', 'ذكر أن 12 الشركات'],
  ];
  for (const [why, s] of numbers) {
    it(`stays a number: ${why}`, () => {
      for (const x of spans(s)) expect(x.kind === 'quantity' && x.unit === undefined, `${x.text}/${x.kind}`).toBe(false);
    });
  }
});

describe('quantities: misses of the new rules', () => {
  const table: [string, string, string][] = [
    ['a broken plural ending in -ان is no dual (قطعان = herds)', 'رعى قطعان الماشية', 'قطعان'],
    ['a definite dual', 'بين الدولتين', 'الدولتين'],
    ['a sound plural that looks like a dual', 'انضم مهندسين جدد', 'مهندسين'],
    ['"twice" (مرتين) is an adverb', 'زار المدينة مرتين', 'مرتين'],
    ['"once" (مرة واحدة)', 'دفع المبلغ مرة واحدة', 'واحدة'],
    ['"my car" (سيارتي)', 'باع سيارتي', 'سيارتي'],
    ['a sound plural not listed (منتجين = producers)', 'تضررت مصالح منتجين محليين', 'منتجين'],
    ['a name in -ان (طالبان)', 'أعلنت حركة طالبان', 'طالبان'],
  ];
  for (const [why, s, stretch] of table) it(why, () => expectMiss(s, stretch));
});
