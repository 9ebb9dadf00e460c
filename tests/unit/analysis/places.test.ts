import { describe, expect, it } from 'vitest';
import { names, nameAt } from './names-helpers';
import { placeEntries } from '../../../lib/analysis/data/places';
import { hasArabic } from '../../../lib/analysis/normalize';

describe('places: hits (surface → English)', () => {
  const cases: [text: string, surface: string, english: string][] = [
    ['نمو الاقتصاد في الصين هذا العام', 'الصين', 'China'],
    ['عرقلة طموحات الولايات المتحدة في المجال', 'الولايات المتحدة', 'United States'],
    ['ثالث أكبر شركة في أميركا بعد أبل', 'أميركا', 'United States'],
    ['صادرات أمريكا من الرقائق', 'أمريكا', 'United States'],
    ['وفد من السعودية والإمارات', 'السعودية', 'Saudi Arabia'],
    ['استثمارات في السعودية', 'السعودية', 'Saudi Arabia'],
    ['زار الرئيس السعودية أمس', 'السعودية', 'Saudi Arabia'],
    ['وفد من السعودية والإمارات', 'الإمارات', 'United Arab Emirates'],
    ['قررت بريطانيا فرض رسوم', 'بريطانيا', 'United Kingdom'],
    ['اقتصاد المملكة المتحدة', 'المملكة المتحدة', 'United Kingdom'],
    ['عقوبات على روسيا', 'روسيا', 'Russia'],
    ['شركات كوريا الجنوبية', 'كوريا الجنوبية', 'South Korea'],
    ['مؤثرون من لبنان وفلسطين', 'فلسطين', 'Palestine'],
    ['مصنع في بكين', 'بكين', 'Beijing'],
    ['بورصة في شانغهاي', 'شانغهاي', 'Shanghai'],
    ['مقرها في شنتشن', 'شنتشن', 'Shenzhen'],
    ['أسهم هونغ كونغ ارتفعت', 'هونغ كونغ', 'Hong Kong'],
    ['قرار من واشنطن', 'واشنطن', 'Washington'],
    ['مؤتمر في نيويورك', 'نيويورك', 'New York'],
    ['معرض في لندن', 'لندن', 'London'],
    ['الشركات الناشئة في الشرق الأوسط وشمال أفريقيا جمعت', 'الشرق الأوسط وشمال أفريقيا', 'Middle East and North Africa'],
    ['تجار في سوق الذهب بديرة', 'ديرة', 'Deira'],
    ['وقع العقد أمس بالجزائر العاصمة', 'الجزائر العاصمة', 'Algiers'],
    ['موانئ بحر البلطيق', 'بحر البلطيق', 'Baltic Sea'],
    ['منتدى في سانت بطرسبورغ', 'سانت بطرسبورغ', 'Saint Petersburg'],
    ['قمة باريس', 'باريس', 'Paris'],
    ['شركات طوكيو', 'طوكيو', 'Tokyo'],
    ['معرض دبي للطيران', 'دبي', 'Dubai'],
    ['اجتماع في الرياض', 'الرياض', 'Riyadh'],
    ['مؤتمر في القاهرة', 'القاهرة', 'Cairo'],
    ['نقاش في وادي السيليكون', 'وادي السيليكون', 'Silicon Valley'],
    ['أكبر استثمار في آسيا', 'آسيا', 'Asia'],
    ['أسواق أوروبا', 'أوروبا', 'Europe'],
    ['مشاريع في أفريقيا', 'أفريقيا', 'Africa'],
    ['دول الشرق الأوسط', 'الشرق الأوسط', 'Middle East'],
    ['خطة للاستثمار في كندا', 'كندا', 'Canada'],
    ['وفد من مصر والجزائر', 'الجزائر', 'Algeria'],
    ['رحلة إلى الكويت', 'الكويت', 'Kuwait'],
    ['مدينة إسطنبول', 'إسطنبول', 'Istanbul'],
    ['مكتب في سنغافورة', 'سنغافورة', 'Singapore'],
    ['مصانع في فيتنام', 'فيتنام', 'Vietnam'],
  ];
  for (const [text, surface, english] of cases) {
    it(`${surface} → ${english}`, () => {
      const s = nameAt(text, surface);
      expect(s, JSON.stringify(names(text))).toBeDefined();
      expect(s!.kind).toBe('place');
      expect(s!.english).toBe(english);
    });
  }
});

// After لل the article is fused with the preposition (للهند = ل + الهند): the whole word is the span.
describe('places: proclitics stay outside the span', () => {
  const cases: [text: string, surface: string, english: string][] = [
    ['مع تخصيص الجزء الأكبر للهند.', 'للهند', 'India'],
    ['زيارة للصين الأسبوع المقبل', 'للصين', 'China'],
    ['تشمل مصر والسعودية والجزائر', 'السعودية', 'Saudi Arabia'],
    ['مقارنة بالولايات المتحدة', 'الولايات المتحدة', 'United States'],
    ['وفي بكين قال', 'بكين', 'Beijing'],
    ['فالصين تتقدم', 'الصين', 'China'],
  ];
  for (const [text, surface, english] of cases) {
    it(`${text} → ${surface}`, () => {
      const s = nameAt(text, surface);
      expect(s, JSON.stringify(names(text))).toBeDefined();
      expect(s!.english).toBe(english);
      expect(text.slice(s!.start, s!.end)).toBe(surface);
    });
  }
  it('same key for every mention of a country', () => {
    const spans = names('الصين وللصين والصين').filter((s) => s.english === 'China');
    expect(spans).toHaveLength(3);
    expect(new Set(spans.map((s) => s.key)).size).toBe(1);
  });
});

describe('places: misses', () => {
  const misses = [
    'الشركات الصينية والأمريكية', 'الصحيفة البريطانية', 'المؤثرين العرب', 'المصنع الصيني', 'الاستثمارات الأمريكية',
    'مختبرا صينيا', 'الأمريكيون لا يقفون', 'أعلنت الشركة السعودية أرباحها', 'ارتفعت الصادرات السعودية', 'المنافسين الصينيين', 'سعر سهم شركة', 'ترك العمل ونام مبكرا', 'أداك رائع هذا العام', 'مدارس بنين وبنات', 'قطاع مالي قوي',
  ];
  for (const text of misses) {
    it(`nothing marked as a place in: ${text}`, () => {
      expect(names(text).filter((s) => s.kind === 'place')).toEqual([]);
    });
  }
});

describe('places data', () => {
  const entries = placeEntries();
  it('has countries, cities and regions', () => {
    expect(entries.length).toBeGreaterThan(500);
    expect(entries.some((e) => e.source === 'i18n-iso-countries')).toBe(true);
    expect(entries.some((e) => e.source === 'cldr')).toBe(true);
  });
  it('English names never contain Arabic letters', () => {
    for (const e of entries) expect(hasArabic(e.english), e.english).toBe(false);
  });
});
