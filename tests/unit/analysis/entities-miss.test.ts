import { describe, expect, it } from 'vitest';
import { names } from './names-helpers';
import { entityAnnotators } from '../../../lib/analysis/entities';
import { makeDoc } from '../../../lib/analysis/tokens';

describe('misses: common words and adjectives are not names', () => {
  const texts = [
    'الشركات الصينية والأمريكية والبريطانية',
    'المؤثرين العرب والمصنع الصيني',
    'ارتفع سعر سهم شركة تصنيع الرقائق بنسبة كبيرة',
    'أعلنت الشركة ستنفق المزيد على البحث',
    'وهي شركة أسسها مدير صندوق التحوط',
    'يجتهدون لبناء "مجموعات" كبيرة للغاية',
    'أصدر هذا الأسبوع "الصيغة التقنية" لنموذج متطور',
    'نموذج لغوي كبير يمكنه التعلم وتحسين نفسه',
    'الشركة مستعدة لمشاركة الاختراقات بدلا من حمايتها',
    'ولم تتخذ خطوات كبيرة لتحقيق الدخل من نموذجها',
    'بناء مركز بيانات للذكاء الاصطناعي في الجنوب',
    'تضم مجموعة أكبر بكثير من مواهب المهندسين',
    'وقال أحد الباحثين في مجال الذكاء الاصطناعي',
    'وقال الرئيس إن الاقتصاد ينمو',
    'وأكد على ضرورة الرد على الهجمات',
    'يستخدم معالجات الرسوميات (GPU) وشبكات 5G وتقنيات AI بدقة 4K',
    'زار الموقع arabic.china.org.cn أمس',
    'مصنع سيارات ومنطقة العرض الخاصة بتقنيات القيادة',
    'قال مسؤول إن الحكومة ستعلن خطة جديدة الأسبوع المقبل',
    'ترك العمل ونام مبكرا',
    'اتفاقية الشراكة الاقتصادية الشاملة',
    'الشركة الأمريكية العملاقة أعلنت أرباحها',
    'قال الرئيس، في كلمة ألقاها أمس، إن الاقتصاد بخير',
    'تأسست عام 1993 كمصنّعة لرقائق الرسومات المخصصة للألعاب',
    'تصميم وحدات معالجة الرسوم «جي بي يو» المستخدمة في ألعاب الفيديو',
    'China\nInternet Information Center E-mail: webmaster@china.org.cn Tel: 86-10-88828000',
  ];
  for (const text of texts) {
    it(text, () => expect(names(text).map((s) => `${s.text}/${s.kind}`)).toEqual([]));
  }
});

describe('bad input: nothing throws, spans stay inside the text', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t  \n'],
    ['only digits', '1234567890 ٣٤٥ ۱۲'],
    ['lone surrogates', 'غوغل \uD800 الصين \uDC00x'],
    ['control characters', 'الصين\u0000\u0001\u0007\u001B إنفيديا\u007F'],
    ['non-Arabic text', 'The quick brown fox met Google and OpenAI in Beijing.'],
    ['quotes only', '"""«»«»"'],
    ['clitics only', 'و ف ب ل ك لل ولل'],
    ['a title at the very end', 'وقال الرئيس التنفيذي'],
    ['a head noun at the very end', 'أعلنت شركة'],
    ['an unclosed quote', 'أعلنت شركة "ديب'],
    ['Latin glued everywhere', 'H800إنفيديا-GPT-4o.R1o1'],
  ];
  for (const [label, text] of inputs) {
    it(label, () => {
      const spans = names(text);
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.english).not.toMatch(/[\u0600-\u06FF]/);
      }
    });
  }
  it('non-string input to the annotators gives nothing', () => {
    const doc = makeDoc(undefined as unknown as string);
    for (const a of entityAnnotators) expect(a.find(doc)).toEqual([]);
  });
  it('5 MB of one repeated line does not throw (cheap: one pass, no timing — speed is npm run bench)', () => {
    const text = 'أ'.repeat(5_000_000);
    const doc = makeDoc(text);
    for (const a of entityAnnotators) expect(() => a.find(doc)).not.toThrow();
  });
});
