/**
 * Table tests for the general rules added after the fifth fresh round (holdout-35 … 39): each rule
 * with hits and misses, on sentences written for the test (not taken from the articles).
 */
import { describe, expect, it } from 'vitest';
import { names } from './names-helpers';
import { pinyinWord, transliterate } from '../../../lib/analysis/translit';

const marked = (text: string) => names(text).map((s) => `${s.text}/${s.kind}`);
const markedEn = (text: string) => names(text).map((s) => `${s.text}/${s.kind}/${s.english}`);

describe('pinyinWord: a Chinese name written as one word', () => {
  const hits: [string, string][] = [
    ['دونغهو', 'Donghu'], ['تشيانفان', 'Qianfan'], ['دونغفنغ', 'Dongfeng'], ['هانغتشو', 'Hangzhou'],
    ['قوانغدونغ', 'Guangdong'], ['يانغتسي', 'Yangtse'], ['شيانغتان', 'Xiangtan'],
  ];
  for (const [w, en] of hits) it(`${w} → ${en}`, () => expect(pinyinWord(w)).toBe(en));
  // Arabic words, one syllable, and words that do not split wholly into syllables stay out.
  const misses = ['تشكيل', 'تشرين', 'تشانغ', 'لونغ', 'المنغنيز', 'تشجيع', 'بانغيا', 'تسليم'];
  for (const w of misses) it(`${w} → null`, () => expect(pinyinWord(w)).toBeNull());
  it('is used by transliterate for a word in no list', () => expect(transliterate('دونغهو')).toBe('Donghu'));
});

describe('a listed place opening a quoted company name after its head', () => {
  const hits: [string, string][] = [
    ['أعلنت شركة «ووهان شينشين لتصنيع أشباه الموصلات» بدء الإنتاج.', 'ووهان شينشين لتصنيع أشباه الموصلات/organization/Wuhan Shinshin Semiconductor Manufacturing'],
    ['التي تديرها شركة «شنغهاي سبيسيل للتكنولوجيات» منذ عامين.', 'شنغهاي سبيسيل للتكنولوجيات/organization/Shanghai Sabisil Technologies'],
    ['ووقعت مجموعة "دبي فيوتشر" اتفاقا.', 'دبي فيوتشر/organization/Dubai Future'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  // A quoted place alone, or a place after a head with no quotes, stays the place.
  const misses: [string, string][] = [
    ['افتتحت الشركة مصنعا في «ووهان» العام الماضي.', 'ووهان/place'],
    ['ووقعت الشركة في شنغهاي اتفاقا.', 'شنغهاي/place'],
    ['وقال "شنغهاي" إنه مكان جميل.', 'شنغهاي/place'],
  ];
  for (const [text, want] of misses) it(text, () => expect(marked(text)).toContain(want));
});

describe('a quoted model code in Arabic letter names and a number is a product', () => {
  const hits: [string, string][] = [
    ['وستستخدم الرقائق في سيارتها الكهربائية «إس يو 7» الجديدة.', 'إس يو 7/product/SU7'],
    ['وستبدأ تصدير طرازها «تي 10 إف» إلى ألمانيا.', 'تي 10 إف/product/T10F'],
    ['وعرضت الشركة «جي 9» في المعرض.', 'جي 9/product/G9'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
  // Letters alone (an acronym), or a number alone in quotes, are no model code.
  const misses = ['وقال إن «2 3» ليس رقما.', 'وتبلغ النسبة "10" في المئة.'];
  for (const text of misses) it(text, () => expect(names(text).filter((s) => s.kind === 'product')).toEqual([]));
});

describe('a dateline: the first word of a line before a day and a month is a place', () => {
  const hits: [string, string][] = [
    ['شيانغتان، 3 ديسمبر 2025 (إذاعة محلية)\nأطلقت الشركة مصنعا.', 'شيانغتان/place'],
    ['كولونغ 12 مارس (شينخوا) أعلنت الحكومة خطة.', 'كولونغ/place'],
  ];
  for (const [text, want] of hits) it(text, () => expect(marked(text)).toContain(want));
  // A sentence that opens on a preposition and a date, or a date in running text, is no dateline.
  const misses = ['وفي 20 يناير الجاري، أصدرت الشركة نموذجا.', 'بحلول 5 مايو المقبل ستبدأ الشركة البيع.', 'منذ 3 يناير، تراجعت الأسهم.'];
  for (const text of misses) it(text, () => expect(names(text).filter((s) => s.kind === 'place')).toEqual([]));
});

describe('عمان in a dateline is Amman, and so are its other bare mentions', () => {
  it('Jordanian dateline', () => {
    const got = markedEn('عمان - الغد\nقال وزير الطاقة في عمان إن الأسعار سترتفع.').filter((s) => s.startsWith('عمان'));
    expect(got).toEqual(['عمان/place/Amman', 'عمان/place/Amman']);
  });
  it('no dateline: Oman', () => expect(markedEn('وقعت عمان والإمارات اتفاقا.')).toContain('عمان/place/Oman'));
  it('a dateline from Muscat: Oman', () => expect(markedEn('مسقط - الوطن\nوقعت عمان والإمارات اتفاقا.')).toContain('عمان/place/Oman'));
});

describe('places added: Java and its provinces, the Dead Sea, Kocaeli, Gebze, Wenchang', () => {
  const hits: [string, string][] = [
    ['محطة في جاوة الغربية بقدرة كبيرة', 'جاوة الغربية/place/West Java'],
    ['استخراج الليثيوم من مياه البحر الميت', 'البحر الميت/place/Dead Sea'],
    ['مصنع قرب مدينة غبزة بولاية قوجه إيلي', 'قوجه إيلي/place/Kocaeli'],
    ['مصنع قرب مدينة غبزة بولاية قوجه إيلي', 'غبزة/place/Gebze'],
    ['من موقع الإطلاق في ونتشانغ بمقاطعة هاينان', 'ونتشانغ/place/Wenchang'],
  ];
  for (const [text, want] of hits) it(text, () => expect(markedEn(text)).toContain(want));
});
