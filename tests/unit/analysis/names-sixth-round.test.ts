/**
 * Table tests for the general rules added after the sixth fresh round (holdout-40 … 44): each rule
 * with hits and misses, on sentences written for the test (not taken from the articles).
 */
import { describe, expect, it } from 'vitest';
import { names } from './names-helpers';
import { transliterate } from '../../../lib/analysis/translit';

const marked = (text: string) => names(text).map((s) => `${s.text}/${s.kind}`);
const markedEn = (text: string) => names(text).map((s) => `${s.text}/${s.kind}/${s.english}`);

describe('a Chinese name of three syllables: family name, then a given name written as one word', () => {
  const hits: [string, string][] = [
    ['وانغ تشينغ يوان', 'Wang Qingyuan'], ['لي جيان هوا', 'Li Jianhua'], ['جيانغ ون شيويه', 'Jiang Wenxue'],
    ['تشاو تشن يو', 'Zhao Chenyu'], ['ليانغ ون فنغ', 'Liang Wenfeng'],
  ];
  for (const [w, en] of hits) it(`${w} → ${en}`, () => expect(transliterate(w)).toBe(en));
  // Two syllables stay two words; a name with a non-Chinese word is not joined.
  const misses: [string, string][] = [['بنغ شياو', 'Peng Xiao'], ['تشن لان', 'Chen Lan']];
  for (const [w, en] of misses) it(`${w} → ${en}`, () => expect(transliterate(w)).toBe(en));
});

describe('after a Chinese syllable, a syllable that is also a common word stays in the name', () => {
  const hits: [string, string][] = [
    ['وقال وانغ تشينغ يوان، رئيس مجلس إدارة الشركة، إن المصنع سيبدأ العمل.', 'وانغ تشينغ يوان/person/Wang Qingyuan'],
    ['وقال تشن يوان إن الطلب ارتفع.', 'تشن يوان/person/Chen Yuan'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  // The currency after an amount is no name.
  const misses = ['بلغت الاستثمارات 42 مليار يوان في العام الماضي.', 'وارتفع اليوان أمام الدولار.'];
  for (const text of misses) it(text, () => expect(names(text).filter((s) => s.kind === 'person')).toEqual([]));
});

describe('a bank of a country and its adjectives', () => {
  const hits: [string, string][] = [
    ['وأعلن مصرف سورية المركزي خفض الفائدة.', 'مصرف سورية المركزي/organization/Central Bank of Syria'],
    ['وقال بنك سورية الدولي الإسلامي إن أرباحه ارتفعت.', 'بنك سورية الدولي الإسلامي/organization/Syria International Islamic Bank'],
    ['ووقع مصرف ليبيا المركزي اتفاقا.', 'مصرف ليبيا المركزي/organization/Central Bank of Libya'],
    ['وأعلن بنك الأردن التجاري نتائجه.', 'بنك الأردن التجاري/organization/Jordan Commercial Bank'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  // An adjective the glossary does not know, or one of another noun, stays out.
  const misses: [string, string][] = [
    ['وافتتح بنك سورية الجديد فرعا.', 'بنك سورية/organization'],
    ['وقال بنك مصر الثلاثاء إن الأرباح زادت.', 'بنك مصر/organization'],
  ];
  for (const [text, want] of misses) it(text, () => expect(marked(text)).toContain(want));
});

describe('institutes and companies named by glossary fields', () => {
  const hits: [string, string][] = [
    ['وقال معهد شيآن للبصريات والميكانيكا الدقيقة إن القمر أطلق.', "معهد شيآن للبصريات والميكانيكا الدقيقة/organization/Xi'an Institute of Optics and Precision Mechanics"],
    ['وطور معهد ووشي لأبحاث التغليف المتقدم رقاقة.', 'معهد ووشي لأبحاث التغليف المتقدم/organization/Wuxi Advanced Packaging Research Institute'],
    ['بدأت شركة "تشاوخو لأشباه الموصلات" الإنتاج.', 'تشاوخو لأشباه الموصلات/organization/Zhaohu Semiconductor'],
    ['ووقعت شركة «شانغهاي سبيسكوم لتكنولوجيا الأقمار الاصطناعية» عقدا.', 'شانغهاي سبيسكوم لتكنولوجيا الأقمار الاصطناعية/organization/Shanghai Sabiskum Satellite Technology'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  // One field keeps the plain order (Beijing Research Institute).
  it('one field: no "of"', () => expect(markedEn('وقال معهد بكين للأبحاث إن').join()).toContain('معهد بكين للأبحاث/organization/Beijing Research Institute'));
});
