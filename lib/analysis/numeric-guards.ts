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
export const stripArticle = (w: string) => (w.startsWith('ال') ? w.slice(2) : w);

/** Arabic words after which a lone number word is not a count ("ثلاثة من أكبر" still is). */
export const NOT_NOUN: ReadonlySet<string> = new Set(['و', 'او', 'ام', 'في', 'علي', 'عن', 'الي', 'حتي', 'مع', 'ان', 'انه', 'قد', 'لا', 'لم', 'لن', 'ما', 'هو', 'هي', 'هذا', 'هذه', 'ذلك', 'تلك', 'كل', 'بعد', 'قبل', 'منذ', 'خلال', 'ثم', 'بل', 'لكن', 'التي', 'الذي', 'الذين']);
