/**
 * What makes digits or number words NOT an amount (the misses of issue 3): digits inside Latin
 * names, URLs, times, phone numbers and CJK-glued codes; model numbers after an Arabic product name
 * ("آيفون 16"); spelt Latin letters ("5 جي" = 5G); the ten of an ordinal teen ("الحادية عشرة").
 * Normalised word lists, each with the example that made it.
 */
import { normaliseString } from './normalize';
import type { Doc } from './tokens';

const FOREIGN_LETTER = /[\p{L}]/u;
const RUN_PUNCT = new Set(['-', '/', '.', ':', '+', '_', '#', '@', '=', '&', '?', '\\', '|', '~']);

/**
 * Digits that belong to something other than an amount: inside a Latin token run ("GPT-4",
 * "COVID-19", URLs), a time ("10:30"), a phone number ("86-10-88828000", "+20 …"), a code glued to
 * CJK letters ("京ICP证040089号").
 */
export function foreignRun(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  let a = i;
  while (a > 0 && !toks[a]!.spaceBefore) {
    const p = toks[a - 1]!;
    if (p.type === 'ar') break;
    if (p.type === 'punct' && !RUN_PUNCT.has(p.norm) && !FOREIGN_LETTER.test(p.norm)) break;
    a--;
  }
  let b = i;
  while (b + 1 < toks.length && !toks[b + 1]!.spaceBefore) {
    const n = toks[b + 1]!;
    if (n.type === 'ar') break;
    if (n.type === 'punct' && !RUN_PUNCT.has(n.norm) && !FOREIGN_LETTER.test(n.norm)) break;
    b++;
  }
  if (a === b) return false;
  let nums = 0;
  let digits = 0;
  for (let k = a; k <= b; k++) {
    const t = toks[k]!;
    if (t.type === 'lat') return true;
    if (t.type === 'num') { nums++; digits += t.norm.length; continue; }
    if (t.norm === ':' || t.norm === '+' || t.norm === '_' || t.norm === '@' || t.norm === '#' || t.norm === '=') return true;
    if (FOREIGN_LETTER.test(t.norm)) return true;
    if (t.norm === '/' && toks[k - 1]?.type === 'num' && toks[k + 1]?.type === 'num') return true;
  }
  if (nums >= 3) return true;
  if (nums === 2 && digits >= 7) return true;
  return false;
}

/** Product lines written in Arabic before a model number ("آيفون 16", "ويندوز 11"). */
export const PRODUCT_SERIES: ReadonlySet<string> = new Set(['آيفون', 'ايفون', 'جالاكسي', 'غالاكسي', 'ويندوز', 'بيكسل', 'بلايستيشن', 'آيباد', 'أندرويد', 'ماك', 'بوينغ', 'بوينج', 'إيرباص', 'ايرباص'].map(normaliseString));
/** Latin letters spelt in Arabic after a digit: "5 جي" (5G), "3 دي" (3D), "4 كيه" (4K), "أسند 910 سي" (Ascend 910C). */
export const LETTER_NAMES: ReadonlySet<string> = new Set(['جي', 'دي', 'كي', 'كيه', 'اس', 'اكس', 'سي', 'بي', 'ايه', 'اي']);

/** Unit abbreviations whose glued digit is an exponent ("500 م2", "11 كم2"). */
export const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set(['م', 'كم', 'سم', 'مم']);

/** Ordinal units (normalised, without the article) that form ordinal teens with عشر/عشرة. */
export const ORDINAL_UNITS: ReadonlySet<string> = new Set(['حادي', 'حاديه', 'ثاني', 'ثانيه', 'ثالث', 'ثالثه', 'رابع', 'رابعه', 'خامس', 'خامسه', 'سادس', 'سادسه', 'سابع', 'سابعه', 'ثامن', 'ثامنه', 'تاسع', 'تاسعه']);
/**
 * Definite broken plurals that a glued "الـN" counts ("الدول الـ27", "الأشهر الـ11"): after them the
 * number is a cardinal, not an ordinal as after a singular ("الدورة الـ15"). Sound plurals in ات
 * ("المحافظات الـ27") need no list.
 */
const DEFINITE_BROKEN_PLURALS: ReadonlySet<string> = new Set(['الدول', 'الاشهر', 'الشهور', 'الاعوام', 'السنين', 'الايام', 'الاسابيع',
  'البنوك', 'المصارف', 'الاعضاء', 'الاسواق', 'المدن', 'الفرق', 'الاندية', 'المشاريع', 'المصانع', 'الوزراء', 'الدقائق', 'الساعات', 'الموظفين', 'العاملين']);
/** True for a normalised word that is a definite plural noun ("المحافظات", "الدول"). */
export const isDefinitePlural = (norm: string | undefined): boolean =>
  !!norm && norm.startsWith('ال') && ((norm.length >= 6 && norm.endsWith('ات')) || DEFINITE_BROKEN_PLURALS.has(norm));
export const stripArticle = (w: string) => (w.startsWith('ال') ? w.slice(2) : w);

/** Arabic words after which a lone number word is not a count ("ثلاثة من أكبر" still is). */
export const NOT_NOUN: ReadonlySet<string> = new Set(['و', 'او', 'ام', 'في', 'علي', 'عن', 'الي', 'حتي', 'مع', 'ان', 'انه', 'قد', 'لا', 'لم', 'لن', 'ما', 'هو', 'هي', 'هذا', 'هذه', 'ذلك', 'تلك', 'كل', 'بعد', 'قبل', 'منذ', 'خلال', 'ثم', 'بل', 'لكن', 'التي', 'الذي', 'الذين']);

/**
 * Latin letters spelt in Arabic before a model number ("إيه 16" = A16, "بي 5", "إم 4" = M4, "إكس 5").
 * Not "أي"/"في"/"إن"/"أن" (also "which", "in", "that"). Normalised.
 */
export const LETTERS_BEFORE: ReadonlySet<string> = new Set(['إيه', 'بي', 'سي', 'دي', 'إم', 'إكس', 'إكس', 'جي', 'تي', 'إف', 'إس', 'آر', 'كيو', 'زد', 'كيه', 'واي', 'إتش'].map(normaliseString));

/**
 * Head nouns whose number is an identifier, not an amount ("المادة 12 تنص", "الفصل 3 يتناول",
 * "رقم 7 في القائمة"): no counted-noun reading for the word after it. Normalised, without proclitics.
 */
export const ID_HEADS: ReadonlySet<string> = new Set([
  'المادة', 'مادة', 'الفصل', 'فصل', 'البند', 'بند', 'الفقرة', 'فقرة', 'رقم', 'الرقم', 'الجيل', 'جيل', 'الإصدار', 'إصدار',
  'النسخة', 'نسخة', 'الطراز', 'طراز', 'الموديل', 'المرتبة', 'مرتبة', 'المركز', 'مركز', 'الصفحة', 'صفحة', 'القرار', 'قرار',
  'الطريق', 'طريق', 'الدورة', 'دورة', 'العدد', 'عدد', 'الحلقة', 'حلقة', 'الموسم', 'موسم', 'المستوى', 'مستوى', 'الفئة', 'فئة',
  'الطابق', 'طابق', 'البوابة', 'بوابة', 'الرحلة', 'رحلة', 'الخط', 'خط', 'القانون', 'قانون', 'المرسوم', 'مرسوم', 'الظهير',
  'المنصة', 'القناة', 'قناة', 'الغرفة', 'غرفة', 'القاعة', 'قاعة', 'الجناح', 'جناح', 'المبنى', 'مبنى', 'الشارع', 'شارع',
  'الساعة', 'الدقيقة', 'العمر', 'عمره', 'عمرها', 'سن', 'السن', 'بعمر', 'الكيلومتر', 'الحزمة', 'التحديث', 'المباراة', 'الجولة',
].map(normaliseString));

/**
 * Words after a number that are not a counted noun: particles, prepositions, pronouns, common
 * verbs and adverbs of news copy ("… 2019 قالت", "40 فقط", "3 سنويا"). Normalised.
 */
const NOT_COUNTED_WORDS: ReadonlySet<string> = new Set([
  'من', 'منها', 'منهم', 'منه', 'فقط', 'أيضا', 'مقابل', 'لكل', 'ضد', 'عبر', 'ضمن', 'نحو', 'حوالي', 'دون', 'فيما', 'وفق', 'وفقا',
  'حسب', 'بحسب', 'أي', 'بين', 'عند', 'لدى', 'كما', 'مثل', 'حين', 'حيث', 'بينما', 'عندما', 'إذ', 'إذا', 'لو', 'قال', 'قالت', 'كان',
  'كانت', 'يكون', 'تكون', 'تم', 'سيتم', 'يتم', 'إضافة', 'مما', 'بما', 'إلا', 'غير', 'سوى', 'أمام', 'خلف', 'فوق', 'تحت', 'داخل',
  'خارج', 'نتيجة', 'بسبب', 'رغم', 'لصالح', 'لدى', 'جدا', 'معا', 'سابقا', 'لاحقا', 'مجددا', 'حاليا', 'تقريبا', 'فأكثر', 'فما',
  'وما', 'وهو', 'وهي', 'التي', 'الذي', 'أو', 'أم', 'لا', 'ما', 'هو', 'هي', 'هم', 'نفسه', 'نفسها', 'ذاته', 'ذاتها', 'بعدما',
  'كل', 'كلها', 'جميع', 'عدة', 'بعض', 'نفس', 'لها', 'له', 'لهم', 'عليها', 'عليه', 'فيها', 'فيه', 'إنه', 'أنه', 'إنها', 'أنها',
  'سنة', 'مرة', 'درجة', // listed units that the lexicon already reads; a miss here means another sense
  // eras and times of day: "1264 ميلادية", "1 مساء", "10 بتوقيت مكة"
  'ميلادية', 'ميلادي', 'هجرية', 'هجري', 'مساء', 'مساءا', 'صباحا', 'صباح', 'ظهرا', 'عصرا', 'ليلا', 'فجرا', 'بتوقيت', 'بالتوقيت', 'عاما',
].map(normaliseString));

/** Perfect verbs that often follow a figure in news copy ("… 40 أعلنت", "وقال"). Normalised. */
const COMMON_VERBS: ReadonlySet<string> = new Set([
  'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'أضاف', 'أضافت', 'أشار', 'أشارت', 'أوضح', 'أوضحت', 'ذكر', 'ذكرت', 'كشف', 'كشفت',
  'بلغ', 'بلغت', 'وصل', 'وصلت', 'ارتفع', 'ارتفعت', 'تراجع', 'تراجعت', 'انخفض', 'انخفضت', 'سجل', 'سجلت', 'شهد', 'شهدت', 'صار',
  'أصبح', 'أصبحت', 'ظل', 'ظلت', 'بات', 'باتت', 'عاد', 'عادت', 'جاء', 'جاءت', 'تجاوز', 'تجاوزت', 'حقق', 'حققت',
].map(normaliseString));

/**
 * Whether a normalised word after a number looks like an indefinite counted noun: Arabic, three
 * letters or more, no article (`hamzaFirst`: written with أ/إ/آ, so "ألقاب" is no article), not a particle or common verb (NOT_NOUN, NOT_COUNTED_WORDS), not an
 * adverb in -يا ("سنويا", "عالميا"), not an imperfect verb ("يعمل", "ستعمل"), not a new clause in و-.
 */
export function looksCounted(w: string, hamzaFirst = false): boolean {
  // "ألقاب" normalises like an article + noun: the written hamza tells the root alef
  if (w.length < 3 || (w.startsWith('ال') && !hamzaFirst) || w.startsWith('لل')) return false;
  if (NOT_NOUN.has(w) || NOT_COUNTED_WORDS.has(w)) return false;
  if (w.endsWith('يا') && w.length >= 5) return false;
  // "يعمل", "ستعمل": verbs
  if (w.startsWith('ي') || w.startsWith('ست')) return false;
  // "و…": a new clause or a coordination ("وقال", "ويعمل", "والشركات"), but nouns begin with و too ("ورشة")
  if (w.startsWith('و')) {
    const r = w.slice(1);
    if (r.startsWith('ال') || r.startsWith('ي') || r.startsWith('ست') || NOT_NOUN.has(r) || NOT_COUNTED_WORDS.has(r) || COMMON_VERBS.has(r)) return false;
  }
  if (COMMON_VERBS.has(w)) return false;
  return /^[\u0621-\u064A]+$/.test(w);
}
