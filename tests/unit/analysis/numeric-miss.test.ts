import { describe, expect, it } from 'vitest';
import { expectMiss, spans } from './numeric-helpers';

describe('numeric: what must not be marked', () => {
  const table: [string, string, string][] = [
    ['Latin model names', 'أصدرت الشركة نموذج R1 ثم H800 وGPT-4o', 'R1'],
    ['digits inside a Latin token', 'أصدرت الشركة نموذج R1 ثم H800 وGPT-4o', 'H800'],
    ['a hyphenated Latin name', 'أطلقت OpenAI نموذج GPT-4 الجديد', '4'],
    ['a Latin name with a spaced version', 'أطلقت ميتا Llama 3 للمطورين', '3'],
    ['a phone number in a footer', 'للتواصل: 86-10-88828000', '86-10-88828000'],
    ['an ICP code', 'رقم الترخيص 040089', '040089'],
    ['an ICP code glued to CJK', '京ICP证040089号', '040089'],
    ['a time of day', 'في الساعة 10:30 صباحا', '10:30'],
    ['ordinals', 'وجاءت الشركة في المرتبة الخامسة بعد ثاني أكبر منافس', 'الخامسة'],
    ['ordinal (third)', 'أصبحت الثالث عالميا', 'الثالث'],
    ['ordinal with digits (الـ15)', 'النسخة الـ15 من المعرض', '15'],
    ['ordinal with digits after a singular (الدورة الـ15)', 'الدورة الـ15 للمعرض', '15'],
    ['the first half', 'خلال النصف الأول من العام', 'النصف'],
    ['the last quarter', 'في الربع الأخير', 'الربع'],
    ['half alone', 'وأقل من نصف الوقت', 'نصف'],
    ['the 19th century', 'وكان ذلك في القرن التاسع عشر الميلادي', 'عشر'],
    ['Meta (ميتا), which normalises like مئتا', 'بما في ذلك "ميتا" و"أنثروبيك"', 'ميتا'],
    ['"at once" (في آن واحد)', 'تعمل في آن واحد', 'واحد'],
    ['a URL with digits', 'المصدر: news.cn/2025/01/27/c_1.htm', '2025'],
    ['a long bare digit string', 'رقم الحساب 88828000123', '88828000123'],
    ['a weekday', 'يوم الأربعاء', 'الأربعاء'],
    ['"dozens"', 'عشرات الشركات', 'عشرات'],
    ['"hundreds"', 'مئات الموظفين', 'مئات'],
    ['"millions" alone', 'ملايين الأشخاص', 'ملايين'],
    ['a thousand alone', 'قال ألف مرة', 'قال'],
    ['an ordinal teen (11th)', 'القمة الحادية عشرة لمنظمة الفرانكفونية', 'عشرة'],
    ['an ordinal teen (12th)', 'الدورة الثانية عشرة للمعرض', 'عشرة'],
    ['a model number after an Arabic product name', 'هاتف آيفون 16 الجديد', '16'],
    ['a hyphenated name', 'جائحة كوفيد-19 وطائرات إف-35', '19'],
    ['a spelt Latin letter (5G)', 'شبكات 5 جي الجديدة', '5'],
    ['the exponent of م2', 'على مساحة 500 م2 في وسط المدينة', '2 في'],
    ['a time of day', 'يبدأ الاجتماع الساعة 10 صباحا', '10'],
    ['"I am not" (لست)', 'لست متأكدا من ذلك', 'لست'],
    ['"holds" (تسع) before a glued proclitic', 'الطائرة تسع ل300 راكب', 'تسع'],
    ['a day of an unnamed month', 'في يوم 13 من الشهر الجاري', '13'],
    ['pagination', 'الأكثر قراءة 1 2 3 4 5 > التالي', '3'],
    ['a chip model spelt in Arabic', 'معالج من طراز "أسند 910 سي" هذا العام', '910'],
    ['a footnote mark', 'رفض ذلك (1). ولد في', '1'],
  ];
  for (const [why, sentence, stretch] of table) it(`${why}: ${stretch}`, () => expectMiss(sentence, stretch));
});

describe('numeric spans are final', () => {
  it('never overlap and always point at their text', () => {
    const text = 'بلغت 3 مليارات و200 مليون دولار في 20 يناير 2025، بزيادة 5% و4.7 و1.6 نقطة مئوية، و2048 وحدة، بين 2023 و2027.';
    const all = spans(text);
    expect(all.length).toBeGreaterThan(5);
    for (let i = 0; i < all.length; i++) {
      expect(text.slice(all[i]!.start, all[i]!.end)).toBe(all[i]!.text);
      if (i > 0) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
      expect(all[i]!.key).toBeTruthy();
      expect(/[\u0600-\u06FF]/.test(all[i]!.english)).toBe(false);
    }
  });
  it('harakat and tatweel stay inside the spans', () => {
    const text = 'بعدَ ثَلاثَةِ أيامٍ، وأنفقت بـ18,5 مليارَ دولارٍ، ومليـــون مستخدمٍ، في ٢٧ يَنايِر ٢٠٢٥م';
    expect(spans(text).map((s) => s.text)).toEqual(['ثَلاثَةِ', '18,5 مليارَ دولارٍ', 'مليـــون', '٢٧ يَنايِر ٢٠٢٥م']);
    expect(spans(text).map((s) => s.value)).toEqual([3, 18.5e9, 1e6, '2025-01-27']);
  });
  it('a span starts after a glued proclitic', () => {
    const text = 'واستخدمت و5.6 مليون دولار';
    const s = spans(text).find((x) => x.kind === 'money')!;
    expect(s.text).toBe('5.6 مليون دولار');
  });
});

describe('numeric: model numbers of Arabic-written products', () => {
  const table: [string, string, string][] = [
    ['a spelt Latin letter before the digits (A16)', 'تنتقل المصانع إلى تقنية "إيه 16" العام المقبل', '16'],
    ['a spelt Latin letter (M4)', 'يعمل الحاسوب بشريحة إم 4 الجديدة', '4'],
    ['a spelt Latin letter (X5)', 'أطلقت الشركة سيارة إكس 5 المعدلة', '5'],
    ['a product the names annotators know (Kirin)', 'يعمل الهاتف بمعالج "كيرين 9010" الجديد', '9010'],
    ['a product the names annotators know (Snapdragon)', 'يعمل بمعالج سنابدراغون 8 المتطور', '8'],
  ];
  for (const [why, s, stretch] of table) it(why, () => expectMiss(s, stretch));
  it('a count after a product name is still a count', () =>
    expect(spans('باعت آيفون 50 مليون وحدة').some((x) => x.kind === 'quantity' && x.value === 5e7)).toBe(true));
  it('"أي" (which) is not a spelt letter', () =>
    expect(spans('في أي 3 أشهر').some((x) => x.text === '3' && x.kind === 'quantity')).toBe(true));
});
