/**
 * Readable Arabic → Latin transliteration for names in no list ("ليانغ ون فنغ" → "Liang Wen Feng").
 *
 * Not a scholarly romanisation: it aims at the spelling an English reader would guess for a
 * foreign or Arabic name written in Arabic letters. غ is "g" because unknown names in tech news are
 * mostly foreign (غوبتا Gupta, ليانغ Liang), و/ي are vowels inside a word and consonants at its
 * start or before a vowel, and a word with no vowel letter gets an "e" after its first consonant
 * (فنغ → Feng). The result never contains Arabic letters.
 */
import { normaliseString, hasArabic } from './normalize';
import { GIVEN_NAMES } from './data/given-names';

const CONS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'g', 'ف': 'f', 'ق': 'q',
  'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ء': '', 'پ': 'p', 'چ': 'ch', 'ڤ': 'v', 'گ': 'g',
};
const VOWEL_OUT = /[aeiou]/;

/** Common Arabic given names and name parts, whose vowels the letters do not show. */
const KNOWN: Record<string, string> = {
  'محمد': 'Mohammed', 'احمد': 'Ahmed', 'محمود': 'Mahmoud', 'مصطفي': 'Mustafa', 'علي': 'Ali', 'عمر': 'Omar',
  'عثمان': 'Othman', 'حسن': 'Hassan', 'حسين': 'Hussein', 'خالد': 'Khaled', 'سعد': 'Saad', 'سعيد': 'Saeed',
  'عبد': 'Abdel', 'عبدالله': 'Abdullah', 'عبدالعزيز': 'Abdulaziz', 'عبدالرحمن': 'Abdulrahman', 'الله': 'Allah',
  'ابراهيم': 'Ibrahim', 'اسماعيل': 'Ismail', 'يوسف': 'Youssef', 'فهد': 'Fahd', 'فيصل': 'Faisal', 'سلمان': 'Salman',
  'سلطان': 'Sultan', 'طارق': 'Tarek', 'هشام': 'Hisham', 'وليد': 'Walid', 'ماجد': 'Majed', 'ناصر': 'Nasser',
  'بن': 'bin', 'ابن': 'Ibn', 'ابو': 'Abu', 'بنت': 'bint', 'فاطمه': 'Fatima', 'مريم': 'Maryam', 'نور': 'Nour',
  'زايد': 'Zayed', 'راشد': 'Rashid', 'حمد': 'Hamad', 'منصور': 'Mansour', 'جمال': 'Jamal', 'كمال': 'Kamal',
};

/** Transliterate one normalised Arabic word. */
/** English words that brand and company names spell out in Arabic letters (ساوث تشاينا مورنينغ بوست). */
const ENGLISH_WORDS: Record<string, string> = {
  'ساوث': 'South', 'نورث': 'North', 'ايست': 'East', 'ويست': 'West', 'تشاينا': 'China', 'مورنينغ': 'Morning', 'مورنينج': 'Morning',
  'بوست': 'Post', 'كابيتال': 'Capital', 'ايكونوميكس': 'Economics', 'الكترونيكس': 'Electronics', 'تايمز': 'Times', 'نيوز': 'News',
  'جورنال': 'Journal', 'تك': 'Tech', 'تكنولوجيز': 'Technologies', 'هولدينغز': 'Holdings', 'هولدينغ': 'Holding', 'غروب': 'Group',
  'جروب': 'Group', 'انترناشونال': 'International', 'سيستمز': 'Systems', 'موتورز': 'Motors', 'موتور': 'Motor', 'انرجي': 'Energy',
  'باور': 'Power', 'بنك': 'Bank', 'فاينانشال': 'Financial', 'فايننشال': 'Financial', 'بارتنرز': 'Partners', 'لابز': 'Labs',
  'سوليوشنز': 'Solutions', 'نتوركس': 'Networks', 'كلاود': 'Cloud', 'ديجيتال': 'Digital', 'سمارت': 'Smart', 'ميديا': 'Media',
  'فنتشرز': 'Ventures', 'انفستمنتس': 'Investments', 'ريسيرش': 'Research', 'اناليتكس': 'Analytics', 'سوفت': 'Soft', 'داتا': 'Data',
  'روبوتيكس': 'Robotics', 'اوتو': 'Auto', 'فيوتشر': 'Future', 'غلوبال': 'Global', 'جلوبال': 'Global', 'يونايتد': 'United',
  'امريكان': 'American', 'بلس': 'Plus', 'برو': 'Pro', 'ماكس': 'Max', 'الترا': 'Ultra', 'ميني': 'Mini', 'لايت': 'Lite', 'اير': 'Air',
  'ستار': 'Star', 'فيجن': 'Vision', 'ووتش': 'Watch', 'باي': 'Pay', 'فون': 'Phone', 'هاب': 'Hub', 'لايف': 'Life', 'هيلث': 'Health',
  'فارما': 'Pharma', 'بيو': 'Bio', 'كوربوريشن': 'Corporation', 'كوربوريشين': 'Corporation', 'كومباني': 'Company', 'انك': 'Inc',
  'ماشينز': 'Machines', 'انتليجنس': 'Intelligence', 'اكسبريس': 'Express', 'ايرلاينز': 'Airlines', 'ستريت': 'Street',
  'ستريم': 'Stream', 'جيم': 'Game', 'جيمز': 'Games', 'ستوديو': 'Studio', 'ستوديوز': 'Studios', 'ماركت': 'Market', 'ماركتس': 'Markets',
  'ترست': 'Trust', 'سكيوريتي': 'Security', 'سيكيوريتي': 'Security', 'موبايل': 'Mobile', 'تيليكوم': 'Telecom', 'تليكوم': 'Telecom',
};

let given: Map<string, string> | null = null;
function knownWord(w: string): string | undefined {
  if (!given) given = new Map(GIVEN_NAMES.map(([ar, en]) => [normaliseString(ar), en]));
  return KNOWN[w] ?? given.get(w) ?? ENGLISH_WORDS[w];
}

function word(w: string): string {
  const known = knownWord(w);
  if (known) return known;
  let s = w;
  let pre = '';
  if (s.startsWith('ال') && s.length > 3) {
    pre = 'Al-';
    s = s.slice(2);
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const prev = out.length ? out[out.length - 1]! : '';
    const next = s[i + 1];
    const nextIsVowelLetter = next === 'ا' || next === 'ي' || next === 'و' || next === 'ى';
    if (ch === 'ا' || ch === 'ى') out += prev === 'a' ? '' : 'a';
    else if (ch === 'ه' && i === s.length - 1 && i > 0 && w.endsWith('ه')) out += 'a'; // teh marbuta (normalised to ه) at the end
    else if (ch === 'ع') out += i === 0 || (!VOWEL_OUT.test(prev) && next !== 'ا' && next !== 'ي' && next !== 'و') ? 'a' : ''; // ع: a vowel where the letters show none (العساف Al-Asaf)
    else if (ch === 'ي') out += i === 0 || (VOWEL_OUT.test(prev) && (nextIsVowelLetter || i === s.length - 1)) ? 'y' : 'i';
    else if (ch === 'ت' && next === 'ش') { out += 'ch'; i++; }
    else if (ch === 'و') out += i === 0 || (nextIsVowelLetter && next !== 'و') ? 'w' : 'u';
    else if (ch in CONS) out += CONS[ch];
    else if (/[A-Za-z0-9]/.test(ch)) out += ch;
  }
  if (out && !VOWEL_OUT.test(out)) {
    // No vowel letter at all (فنغ, شرف): a short vowel after the first sound (a digraph stays whole).
    const firstLen = s.startsWith('تش') ? 2 : (CONS[s[0] ?? ''] ?? 'x').length || 1;
    out = out.slice(0, firstLen) + 'e' + out.slice(firstLen);
  }
  out = out.replace(/y+$/, 'i').replace(/(.)\1\1+/g, '$1$1');
  if (!out) return '';
  const cased = out[0]!.toUpperCase() + out.slice(1);
  return pre ? pre + cased : cased;
}

/** English letters as Arabic spells them out (normalised): "إم جي" is MG, "بي واي دي" is BYD. */
const LETTERS: Record<string, string> = {
  'ايه': 'A', 'بي': 'B', 'سي': 'C', 'دي': 'D', 'اف': 'F', 'جي': 'G', 'اتش': 'H', 'اي': 'I', 'جيه': 'J', 'كيه': 'K',
  'ال': 'L', 'ام': 'M', 'ان': 'N', 'او': 'O', 'كيو': 'Q', 'ار': 'R', 'اس': 'S', 'تي': 'T', 'يو': 'U', 'في': 'V',
  'دبليو': 'W', 'اكس': 'X', 'واي': 'Y', 'زد': 'Z',
};

/** True for a normalised Arabic word that spells an English letter (إم, جي, إس). */
export const isLetterName = (norm: string): boolean => Object.prototype.hasOwnProperty.call(LETTERS, norm);

/** Transliterate a name (any number of words). Latin parts pass through; never returns Arabic. */
export function transliterate(name: string): string {
  const norm = normaliseString(typeof name === 'string' ? name : '');
  const words = norm.split(/[\s\u00A0]+/).filter(Boolean);
  if (words.length >= 2 && words.every((w) => w in LETTERS)) return words.map((w) => LETTERS[w]).join('');
  const parts = norm.split(/[\s\u00A0]+/).filter(Boolean).map((w) => {
    if (!hasArabic(w)) return w.replace(/[^\p{L}\p{N}.&'+-]/gu, '');
    return word(w.replace(/[^\u0621-\u064A]/g, ''));
  });
  const out = parts.filter(Boolean).join(' ');
  return hasArabic(out) ? out.replace(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g, '') : out;
}
