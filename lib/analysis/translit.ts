/**
 * Readable Arabic → Latin transliteration for names in no list ("ليانغ ون فنغ" → "Liang Wenfeng").
 *
 * Not a scholarly romanisation: it aims at the spelling an English reader would guess for a
 * foreign or Arabic name written in Arabic letters. غ is "g" because unknown names in tech news are
 * mostly foreign (غوبتا Gupta, ليانغ Liang), و/ي are vowels inside a word and consonants at its
 * start or before a vowel, and a word with no vowel letter gets an "e" after its first consonant
 * (فنغ → Feng). The result never contains Arabic letters.
 */
import { normaliseString, hasArabic } from './normalize';
import { GIVEN_NAMES } from './data/given-names';
import { ENGLISH_NAMES } from './data/english-names.generated';

/**
 * Consonant skeletons, so that a foreign name in Arabic letters finds its English spelling:
 * vowels, h, w/y inside a word dropped; sounds Arabic writes one way merged (p/b, v/f, ch/sh/j/g, z/s, c/k/q).
 */
const AR_SKEL: Record<string, string> = {
  'ب': 'b', 'پ': 'b', 'ت': 't', 'ط': 't', 'ث': 't', 'ج': 'j', 'غ': 'g', 'گ': 'g', 'ح': '#', 'ه': '#', 'خ': 'k', 'د': 'd', 'ض': '#',
  'ذ': 'd', 'ر': 'r', 'ز': 's', 'ظ': '#', 'س': 's', 'ص': '#', 'ع': '#', 'ش': 'S', 'ف': 'f', 'ڤ': 'f', 'ق': 'k', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n',
};
function arabicSkeleton(w: string, vowels = false): string {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if (ch === 'ت' && w[i + 1] === 'ش') { out += 'S'; i++; continue; }
    if (ch === 'ه' && i === 0) { out += 'h'; continue; }
    if ((ch === 'و' || ch === 'ي') && i === 0) { out += ch === 'و' ? 'w' : 'y'; continue; }
    if (vowels && (ch === 'ا' || ch === 'ى' || ch === 'ة')) { out += 'a'; continue; }
    if (vowels && ch === 'و') { out += 'o'; continue; }
    if (vowels && ch === 'ي') { out += 'i'; continue; }
    out += AR_SKEL[ch] ?? '';
  }
  return out.replace(/(.)\1+/g, '$1');
}
function englishSkeleton(w: string, vowels = false): string {
  const s = w.toLowerCase().replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/(ch|sh)/g, 'S').replace(/g(?=[eiy])/g, 'j').replace(/th/g, 't').replace(/x/g, 'ks')
    .replace(/qu/g, 'k').replace(/c(?=[eiy])/g, 's').replace(/[cq]/g, 'k').replace(/v/g, 'f').replace(/p/g, 'b').replace(/z/g, 's');
  let out = s[0] === 'w' || s[0] === 'y' || s[0] === 'h' ? s[0] : '';
  for (let i = out.length; i < s.length; i++) {
    const c = s[i]!;
    if (!/[aeiouhwy]/.test(c)) out += c;
    else if (vowels && /[aeiouy]/.test(c) && !/[aeiouy]/.test(s[i - 1] ?? '')) out += c === 'a' ? 'a' : c === 'o' || c === 'u' ? 'o' : 'i';
  }
  return out.replace(/(.)\1+/g, '$1');
}
let bySkeleton: Map<string, string[]> | null = null;
/** Edit-distance similarity of two lowercase strings (0..1). */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = keep;
    }
  }
  return 1 - prev[b.length]! / Math.max(a.length, b.length, 1);
}
/**
 * The English spelling of a foreign name whose consonants match a listed English name and whose
 * letter-by-letter reading is close to it (فيسنتي Fisanti → Vicente), else undefined.
 */
function englishName(w: string, guess: string): string | undefined {
  const skel = arabicSkeleton(w);
  if (skel.length < 3) return undefined;
  if (!bySkeleton) {
    bySkeleton = new Map();
    for (const n of ENGLISH_NAMES.split(' ')) {
      const k = englishSkeleton(n);
      const list = bySkeleton.get(k);
      if (list) list.push(n); else bySkeleton.set(k, [n]);
    }
  }
  const list = bySkeleton.get(skel);
  if (!list) return undefined;
  const g = arabicSkeleton(w, true);
  // An English name that opens on a vowel the Arabic does not write is another name (ميران is not Emirhan).
  const vowelStart = /^[اأإآعيو]/.test(w);
  let best: string | undefined;
  let bestSim = 0.7;
  // A final vowel English writes, Arabic writes too (ماريو Mario): كاستيل is not Castillo.
  const finalVowel = /[اويىه]$/.test(w);
  for (const n of list) {
    if (!vowelStart && /^[aeiou]/i.test(n)) continue;
    if (!finalVowel && /[aiou]$/i.test(n)) continue;
    // Shapes first; the letter-by-letter reading breaks ties (سميث: Smith over Smit).
    const sim = similarity(g, englishSkeleton(n, true)) + similarity(guess, n.toLowerCase()) / 100;
    if (sim > bestSim) { best = n; bestSim = sim; }
  }
  return best;
}

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
  'الملك': 'King', 'الامير': 'Prince', 'بن': 'bin', 'ابن': 'Ibn', 'ابو': 'Abu', 'بنت': 'bint', 'فاطمه': 'Fatima', 'مريم': 'Maryam', 'نور': 'Nour',
  'زايد': 'Zayed', 'راشد': 'Rashid', 'حمد': 'Hamad', 'منصور': 'Mansour', 'جمال': 'Jamal', 'كمال': 'Kamal',
};

/** Long-vowel letters after the first letter (a final alef not counted): many in loanwords. */
function longVowels(s: string): number {
  let n = 0;
  for (let k = 1; k < s.length; k++) if ((s[k] === 'ا' && k < s.length - 1) || s[k] === 'و' || s[k] === 'ي') n++;
  return n;
}

const DIGRAPH = /^(sh|kh|th|dh|ch)/; // H (a lone ه after s/k/t/d) is its own sound
/** English onsets a loanword may keep (بريسايت Presight, ستيفان Stefan, كلارا Clara). */
const ONSET = /^([bcdfgkpt](r|l)|s[ptkmnlw]|sh[r]|th[r]|[kgs]w)$/;
const S_ONSET = /^s[ptkmnlw]/;

/**
 * Short vowels the Arabic letters do not show: a cluster of consonants at the start of an Arabic word
 * (نديم → Nadim, رمال → Ramal) or three in a row inside it (الدمنهوري → Damanhouri) gets an "a" after
 * its first sound. Loanwords keep English onsets (بريسايت → Brisait).
 */
function voweled(out: string, foreign: boolean): string {
  const units: string[] = [];
  for (let i = 0; i < out.length; ) {
    const d = DIGRAPH.exec(out.slice(i));
    const u = d ? d[0] : out[i]!;
    units.push(u);
    i += u.length;
  }
  const isV = (u: string) => /^[aeiou]$/.test(u);
  const res: string[] = [];
  let run: string[] = [];
  const keepInside = (r: string[]) => r.length < 3 || ONSET.test(r.slice(-2).join('')) || (foreign && /^s(tr|pr|kr|kl|pl)$/.test(r.slice(-3).join('')));
  const flush = (atStart: boolean, atEnd: boolean) => {
    let r = run;
    if (r.length >= 2 && atStart && !atEnd && !((foreign || S_ONSET.test(r.join(''))) && r.length === 2 && ONSET.test(r.join('')))) {
      res.push(r[0]!, 'a');
      r = r.slice(1);
    }
    while (!atStart && !atEnd && !keepInside(r)) {
      res.push(r[0]!, 'a');
      r = r.slice(1);
    }
    if (atStart && r !== run && r.length >= 3) { res.push(r[0]!, 'a'); r = r.slice(1); }
    res.push(...r);
    run = [];
  };
  let start = true;
  for (const u of units) {
    if (isV(u)) { flush(start, false); res.push(u); start = false; } else run.push(u);
  }
  flush(start, true);
  return res.join('');
}

/** Two final consonants English ends a word on (Grant, Mark, Hurst): others get a vowel between. */
const CODA = /^(n[dtskgjzc]|r[tdknsmfljgbz]|s[tkp]|f[ts]|l[tdkmfpsz]|m[psb]|[kptbdg]s|[kp]t|ts|ch|sh|th|kh|dh|gh|ng)$/;
/**
 * A vowel in a final pair of consonants that no English word ends on: the Arabic letters leave out
 * the short vowel of فاعل and of foreign names (هاشم Hashem, مازن Mazen, هانسن Hansen).
 */
function openFinalCluster(out: string): string {
  const m = /[aeiou][b-df-hj-np-tv-z]{0,1}([b-df-hj-np-tv-z])([b-df-hj-np-tv-z])$/.exec(out);
  if (!m || CODA.test(m[1]! + m[2]!) || out.length < 4) return out;
  // a digraph (sh, kh …) before the last consonant stays whole: "ashm" → "ashem"
  return out.slice(0, out.length - 1) + 'e' + out.slice(-1);
}

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
  'تشات': 'Chat', 'شات': 'Chat', 'بوت': 'Bot', 'بارك': 'Park', 'فيلد': 'Field', 'تاور': 'Tower', 'فالي': 'Valley',
  'بلو': 'Blue', 'ريد': 'Red', 'غرين': 'Green', 'جرين': 'Green', 'ريفر': 'River', 'لاند': 'Land', 'سيتي': 'City', 'ويب': 'Web',
  'ستور': 'Store', 'هوم': 'Home', 'فود': 'Food', 'فودز': 'Foods', 'كار': 'Car', 'كارز': 'Cars', 'بوك': 'Book', 'كوين': 'Coin',
  'كروم': 'Chrome', 'سفاري': 'Safari', 'فايرفوكس': 'Firefox', 'روبوتاكسي': 'Robotaxi', 'تاكسي': 'Taxi', 'اندرويد': 'Android',
  'ويندوز': 'Windows', 'اوفيس': 'Office', 'كوبايلوت': 'Copilot', 'ستراتيجي': 'Strategy', 'مايكرو': 'Micro', 'سيليكون': 'Silicon',
  'اكوا': 'ACWA', 'سولار': 'Solar', 'ويند': 'Wind', 'هايدروجين': 'Hydrogen', 'كلين': 'Clean', 'تيك': 'Tech', 'اطلس': 'Atlas',
  'سول': 'Sol', 'نكست': 'Next', 'نيكست': 'Next', 'نوت': 'Note', 'كاب': 'Cap', 'فيرست': 'First',
  'فنتشر': 'Venture', 'بارتنر': 'Partner', 'اسيت': 'Asset', 'اسيتس': 'Assets', 'مانجمنت': 'Management', 'ادفايزرز': 'Advisors',
  'كونسلتينغ': 'Consulting', 'اكاديمي': 'Academy', 'سكول': 'School', 'بيزنس': 'Business', 'اكس': 'X', 'اند': '&', 'آند': '&',
  'ترست': 'Trust', 'سكيوريتي': 'Security', 'سيكيوريتي': 'Security', 'موبايل': 'Mobile', 'تيليكوم': 'Telecom', 'تليكوم': 'Telecom', 'دويتشه': 'Deutsche',
  'الكترونيك': 'Electronic', 'ارتس': 'Arts', 'سيلفر': 'Silver', 'غولد': 'Gold', 'جولد': 'Gold', 'ستون': 'Stone', 'روك': 'Rock',
  'بريدج': 'Bridge', 'هيل': 'Hill', 'وود': 'Wood', 'بوينت': 'Point', 'انفست': 'Invest', 'انفستمنت': 'Investment',
  'ادفايزري': 'Advisory', 'انترتينمنت': 'Entertainment', 'انتراكتيف': 'Interactive', 'سبورتس': 'Sports', 'ميديكال': 'Medical',
  'فاينانس': 'Finance', 'انشورانس': 'Insurance', 'ريسورسز': 'Resources', 'ماينينغ': 'Mining', 'بتروليوم': 'Petroleum',
  'شيبينغ': 'Shipping', 'لوجستكس': 'Logistics', 'لوجيستكس': 'Logistics', 'بروبرتيز': 'Properties', 'ديفلوبمنت': 'Development',
  'كونستراكشن': 'Construction', 'انجنيرينغ': 'Engineering', 'اندستريز': 'Industries', 'اوتوموتيف': 'Automotive', 'سبيس': 'Space',
  'نتورك': 'Network', 'سيستم': 'System', 'سوفتوير': 'Software', 'تكنولوجي': 'Technology', 'لابس': 'Labs', 'فند': 'Fund',
  'غروث': 'Growth', 'اكويتي': 'Equity', 'سيكيوريتيز': 'Securities', 'اكستشينج': 'Exchange', 'تريدينغ': 'Trading', 'ريتيل': 'Retail',
  'مول': 'Mall', 'سنتر': 'Center', 'تاورز': 'Towers', 'هوتيلز': 'Hotels', 'ايروايز': 'Airways', 'فلاي': 'Fly', 'موبيليتي': 'Mobility',
  'كاش': 'Cash', 'واليت': 'Wallet', 'بلوك': 'Block', 'لينك': 'Link', 'بوكس': 'Box', 'لاب': 'Lab', 'فيو': 'View',
  'بيتش': 'Beach', 'ليك': 'Lake', 'ايلاند': 'Island', 'ريسيرتش': 'Research', 'انسايتس': 'Insights', 'ديزاين': 'Design',
  'افريكا': 'Africa', 'اسيا': 'Asia', 'ايزي': 'Easy', 'جت': 'Jet', 'جيت': 'Jet', 'برايس': 'Price',
  'فاست': 'Fast', 'كويك': 'Quick', 'اوبن': 'Open', 'ليب': 'Leap', 'شوت': 'Shot', 'نايس': 'Nice',
};

/**
 * Brand names glue English words (بوستباي Postpay, سوفتبنك Softbank, إيزي جت): a word in no list made
 * of two listed English words is the two run together, the second lowercased.
 */
function gluedEnglish(w: string): string | undefined {
  for (let k = 3; k <= w.length - 3; k++) {
    const a = ENGLISH_WORDS[w.slice(0, k)];
    const b = a && ENGLISH_WORDS[w.slice(k)];
    if (a && b && /^[A-Z][a-z]+$/.test(a) && /^[A-Z][a-z]+$/.test(b)) return a + b.toLowerCase();
  }
  return undefined;
}

/** True for a normalised Arabic word that spells a common English word of brand names (ماركت, كاب). */
// (a Set: hasOwnProperty on the large object first looks the key up in the engine's string table)
const ENGLISH_WORD_SET = new Set(Object.keys(ENGLISH_WORDS));
export const isEnglishWord = (norm: string): boolean => ENGLISH_WORD_SET.has(norm);

let given: Map<string, string> | null = null;
function knownWord(w: string): string | undefined {
  if (!given) given = new Map(GIVEN_NAMES.map(([ar, en]) => [normaliseString(ar), en]));
  return KNOWN[w] ?? given.get(w) ?? ENGLISH_WORDS[w];
}

function word(w: string, hamzaBelow = false, orig = '', loan = false): string {
  const known = knownWord(w);
  if (known) return known;
  const glued = w.length >= 6 ? gluedEnglish(w) : undefined;
  if (glued) return glued;
  // A name glued to الله (عطاالله, نصرالله, هبةالله): the first part, then "allah" (Attallah, Nasrallah, Hebatallah).
  if (w.length > 5 && w.endsWith('الله') && !w.startsWith('عبد')) {
    const head = w.slice(0, -4);
    const en = word(head);
    if (en && !/[^A-Za-z-]/.test(en)) return en + (head.endsWith('ه') ? 'tallah' : /a$/.test(en) ? 'llah' : 'allah');
  }
  // A Maghreb family name on بل (بلخياط Belkhayat, بلعيد Belaid, بلحاج Belhaj): "Bel" + the rest;
  // a loanword's بلا/بلو/بلي (Blanco, Bloomberg, Blair) keeps its cluster.
  if (w.length >= 5 && w.startsWith('بل') && !'اويىه'.includes(w[2]!) && !hamzaBelow) {
    const rest = word(w.slice(2));
    if (rest && /^[A-Z]/.test(rest) && !rest.startsWith('Al-')) return 'Bel' + rest.toLowerCase();
  }
  // A German or Nordic name on برغ/بيرغ/بورغ (هايدلبرغ Heidelberg-like, ماغدبورغ Magdeburg, فيلدبرغر): the
  // stem, then "berg"/"burg"/"berger" (not the letter-by-letter "brg").
  const berg = w.length >= 6 && !w.startsWith('ال') ? /(بيرغ|برغ|بيرج|برج|بورغ|بورج)(ر?)$/.exec(w) : null;
  if (berg && berg.index >= 2) {
    const stem = word(w.slice(0, berg.index), false, '', true);
    if (stem && /^[A-Z][a-z]+$/.test(stem)) return stem + (berg[1]!.includes('و') ? 'burg' : 'berg') + (berg[2] ? 'er' : '');
  }
  let s = w;
  let pre = '';
  // The article is written with a bare alef: أل opens a foreign name (ألفاريز Alvarez), not "Al-".
  if (s.startsWith('ال') && s.length > 3 && !hamzaBelow && !orig.startsWith('أل')) {
    pre = 'Al-';
    s = s.slice(2);
  }
  // A loanword's و is "u" (غوبتا Gupta), "o" at its end (فيفو Vivo); an Arabic name's is "ou" (منصور Mansour).
  const foreign = loan || longVowels(s) >= 2 || s.endsWith('ا');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const prev = out.length ? out[out.length - 1]! : '';
    const next = s[i + 1];
    const nextIsVowelLetter = next === 'ا' || next === 'ي' || next === 'و' || next === 'ى';
    // a word opening on أو before a consonant: "O" (أوليفر Oliver, أوباما Obama), not "Au"
    if (i === 0 && ch === 'ا' && next === 'و' && s.length > 3 && !'اويى'.includes(s[2]!)) { out += 'o'; i++; }
    // و before a final نغ is "o": وونغ Wong, دونغ Dong (Chinese and Korean -ong)
    else if (ch === 'و' && i > 0 && next === 'ن' && s[i + 2] === 'غ' && i + 3 === s.length) out += 'o';
    // a loanword's final وف is "ov" (كراكوف Krakov, لافروف Lavrov, أكنجينوف Akkenzhenov)
    else if (ch === 'و' && i > 0 && foreign && next === 'ف' && i + 2 === s.length) { out += 'ov'; i++; }
    // a loanword opening on إكس: "Ex" (إكسلينكس Exlinks, إكسبو Expo), not "Aks"
    else if (i === 0 && ch === 'ا' && s.startsWith('اكس') && s.length > 4 && !'اويى'.includes(s[3]!)) { out += 'ex'; i += 2; }
    // and a loanword opening on أي/آي before a consonant: "I" (آيكونيك Ikonik, إيفانكا Ivanka), not "Ai"
    else if (i === 0 && ch === 'ا' && next === 'ي' && foreign && s.length > 3 && !'اويى'.includes(s[2]!)) { out += 'i'; i++; }
    // إ (hamza below) opening a word before a consonant is "i" (إنفينيون Infineon, إلهام Ilham), not "a"
    else if (i === 0 && ch === 'ا' && hamzaBelow && !nextIsVowelLetter) out += 'i';
    else if (ch === 'ا' || ch === 'ى') out += prev === 'a' ? '' : 'a';
    // a final ى (normalised to ي) is "a": الموسى Al-Musa, مرسى Marsa, منى Mona
    else if (ch === 'ي' && i === s.length - 1 && i > 0 && orig.endsWith('ى')) out += 'a';
    else if (ch === 'ه' && i === s.length - 1 && i > 0 && w.endsWith('ه')) out += 'a'; // teh marbuta (normalised to ه) at the end
    else if (ch === 'ع') out += i === 0 || (!VOWEL_OUT.test(prev) && next !== 'ا' && next !== 'ي' && next !== 'و') ? 'a' : ''; // ع: a vowel where the letters show none (العساف Al-Asaf)
    // a final ية is "iya" (العربية Al-Arabiya, الوطنية Al-Wataniya), not "ia"
    else if (ch === 'ي' && i >= 2 && i === s.length - 2 && next === 'ه' && w.endsWith('يه') && !VOWEL_OUT.test(prev)) out += 'iy';
    else if (ch === 'ي') out += i === 0 || (next === 'ا' && i > 1 && i + 1 < s.length - 1) || (VOWEL_OUT.test(prev) && (nextIsVowelLetter || i === s.length - 1)) ? 'y' : 'i';
    else if (ch === 'ت' && next === 'ش') { out += 'ch'; i++; }
    else if (ch === 'و') out += i === 0 || (nextIsVowelLetter && next !== 'و') ? 'w' : foreign ? (i === s.length - 1 ? 'o' : 'u') : 'ou';
    else if (ch === 'ق') out += i === 0 ? 'q' : 'k'; // Sharkawy, Farouk, Tarek; Qassem at the start
    else if (ch === 'ه' && /[sktdcgz]$/.test(prev)) out += 'H'; // سهير is S-h, not Sh (lowered below)
    else if (ch in CONS) out += CONS[ch];
    else if (/[A-Za-z0-9]/.test(ch)) out += ch;
  }
  if (out && !VOWEL_OUT.test(out) && !s.endsWith('نغ') && s.length >= 3) {
    // An Arabic word with no vowel letter: CaCaC (شرف Sharaf), CaCCaC (رحمن Rahman).
    const units: string[] = [];
    for (let k = 0; k < out.length; ) { const d = DIGRAPH.exec(out.slice(k)); const u = d ? d[0] : out[k]!; units.push(u); k += u.length; }
    if (units.length === 3) out = units[0] + 'a' + units[1] + 'a' + units[2];
    else if (units.length >= 4) out = units[0] + 'a' + units.slice(1, -1).join('') + 'a' + units[units.length - 1];
  }
  if (out && !VOWEL_OUT.test(out)) {
    // No vowel letter at all (فنغ, شرف): a short vowel after the first sound (a digraph stays whole).
    const firstLen = s.startsWith('تش') ? 2 : (CONS[s[0] ?? ''] ?? 'x').length || 1;
    out = out.slice(0, firstLen) + 'e' + out.slice(firstLen);
  }
  else if (out) out = voweled(out, foreign);
  out = out.toLowerCase().replace(/y+$/, 'i').replace(/(.)\1\1+/g, '$1$1');
  out = openFinalCluster(out);
  if (!out) return '';
  const cased = out[0]!.toUpperCase() + out.slice(1);
  if (pre) return pre + cased;
  // Only loanword-looking words: an Arabic name (سامر) must not turn into a look-alike (Samir).
  return (longVowels(s) >= 2 ? englishName(s, out) : undefined) ?? cased;
}

/** English letters as Arabic spells them out (normalised): "إم جي" is MG, "بي واي دي" is BYD. */
const LETTERS: Record<string, string> = {
  'ايه': 'A', 'بي': 'B', 'سي': 'C', 'دي': 'D', 'اف': 'F', 'جي': 'G', 'اتش': 'H', 'اي': 'I', 'جيه': 'J', 'كيه': 'K',
  'ال': 'L', 'ام': 'M', 'ان': 'N', 'او': 'O', 'كيو': 'Q', 'ار': 'R', 'اس': 'S', 'تي': 'T', 'يو': 'U', 'في': 'V',
  'دبليو': 'W', 'اكس': 'X', 'واي': 'Y', 'زد': 'Z',
};

/** True for a normalised Arabic word that spells an English letter (إم, جي, إس). */
const LETTER_SET = new Set(Object.keys(LETTERS));
export const isLetterName = (norm: string): boolean => LETTER_SET.has(norm);
/** The English letter a normalised Arabic letter name spells (إم → M), or ''. */
export const letterOf = (norm: string): string => (isLetterName(norm) ? LETTERS[norm]! : '');

/**
 * Chinese name syllables as Arabic news writes them, with their pinyin: a name made only of these
 * is read as pinyin (بنغ شياو → Peng Xiao, يو تشنغ دونغ → Yu Chengdong).
 */
const PINYIN: Record<string, string> = {
  'ون': 'Wen', 'وين': 'Wen', 'فنغ': 'Feng', 'فينغ': 'Feng', 'تشي': 'Qi', 'شي': 'Xi', 'لي': 'Li', 'يي': 'Yi', 'جين': 'Jin',
  'بينغ': 'Ping', 'مينغ': 'Ming', 'هونغ': 'Hong', 'تشانغ': 'Zhang', 'وانغ': 'Wang', 'ليانغ': 'Liang', 'يانغ': 'Yang',
  'هوانغ': 'Huang', 'تشو': 'Zhou', 'جو': 'Zhu', 'ليو': 'Liu', 'تشن': 'Chen', 'تشين': 'Chen', 'هو': 'Hu', 'خه': 'He', 'هي': 'He',
  'لين': 'Lin', 'تشنغ': 'Cheng', 'شنغ': 'Sheng', 'دونغ': 'Dong', 'قوه': 'Guo', 'جيانغ': 'Jiang', 'شيانغ': 'Xiang', 'تاو': 'Tao',
  'تشيانغ': 'Qiang', 'يوان': 'Yuan', 'يو': 'Yu', 'دو': 'Du', 'وو': 'Wu', 'سون': 'Sun', 'ما': 'Ma', 'تان': 'Tan', 'شيوي': 'Xu',
  'فانغ': 'Fang', 'بو': 'Bo', 'كون': 'Kun', 'قانغ': 'Gang', 'غانغ': 'Gang', 'تشونغ': 'Zhong', 'يونغ': 'Yong', 'رونغ': 'Rong',
  'مين': 'Min', 'نينغ': 'Ning', 'لونغ': 'Long', 'تينغ': 'Ting', 'شوي': 'Shui', 'وي': 'Wei', 'جون': 'Jun', 'هان': 'Han',
  'شياو': 'Xiao', 'تشاو': 'Zhao', 'لو': 'Lu', 'جيه': 'Jie', 'شين': 'Shen', 'رن': 'Ren', 'تساي': 'Cai', 'تسوي': 'Cui', 'تسنغ': 'Zeng',
  'دنغ': 'Deng', 'بنغ': 'Peng', 'قاو': 'Gao', 'غاو': 'Gao', 'تيان': 'Tian', 'فان': 'Fan', 'جانغ': 'Zhang', 'يه': 'Ye', 'كه': 'Ke',
  'شو': 'Xu', 'سو': 'Su', 'ياو': 'Yao', 'نان': 'Nan', 'تشيو': 'Qiu', 'لياو': 'Liao', 'كيان': 'Qian', 'تساو': 'Cao', 'شيا': 'Xia',
  'جيا': 'Jia', 'تشيان': 'Qian', 'شيان': 'Xian', 'هوا': 'Hua', 'جيون': 'Jun', 'لانغ': 'Lang', 'كانغ': 'Kang', 'تشوان': 'Chuan',
  'شيويه': 'Xue', 'هانغ': 'Hang', 'هاي': 'Hai', 'لان': 'Lan', 'شان': 'Shan', 'قوانغ': 'Guang', 'غوانغ': 'Guang', 'تسي': 'Tse', 'يينغ': 'Ying', 'شيونغ': 'Xiong', 'جيان': 'Jian', 'بياو': 'Biao', 'تشاي': 'Chai', 'باي': 'Bai', 'لاي': 'Lai',
  'تشينغ': 'Qing', 'خو': 'Hu',
};

/**
 * Words of company names that are translated, not transliterated (رمال للتقنيات المالية → Ramal
 * Financial Technologies). Keys without ال/لل; the English goes after the proper name, and the
 * adjectives that follow the complement go before it (Arabic order reversed).
 */
const COMPANY_WORDS: Record<string, string> = {
  'تقنيات': 'Technologies', 'تقنية': 'Technology', 'تكنولوجيا': 'Technology', 'مالية': 'Financial', 'مالي': 'Financial',
  'استثمار': 'Investment', 'استثمارات': 'Investments', 'قابضة': 'Holding', 'اتصالات': 'Telecom', 'طاقة': 'Energy',
  'سيارات': 'Motors', 'الكترونيات': 'Electronics', 'استشارات': 'Consulting', 'صناعات': 'Industries', 'صناعة': 'Industries',
  'تطوير': 'Development', 'عقارات': 'Real Estate', 'عقارية': 'Real Estate', 'تامين': 'Insurance', 'خدمات': 'Services',
  'نفط': 'Oil', 'بترول': 'Petroleum', 'اسمنت': 'Cement', 'تجارة': 'Trading', 'تجارية': 'Trading', 'مقاولات': 'Contracting',
  'انشاءات': 'Construction', 'برمجيات': 'Software', 'حلول': 'Solutions', 'انظمه': 'Systems', 'نظم': 'Systems', 'اغذيه': 'Foods',
  'ادويه': 'Pharmaceuticals', 'كيماويات': 'Chemicals', 'بتروكيماويات': 'Petrochemicals', 'تعدين': 'Mining', 'شحن': 'Shipping',
  'نقل': 'Transport', 'طيران': 'Aviation', 'بنوك': 'Banks', 'صرافه': 'Exchange', 'تمويل': 'Finance', 'اعلام': 'Media',
  'اعلان': 'Advertising', 'تسويق': 'Marketing', 'سياحه': 'Tourism', 'فنادق': 'Hotels', 'رعايه': 'Care', 'صحيه': 'Health',
  'ابحاث': 'Research', 'بحوث': 'Research', 'متجدده': 'Renewable', 'نظيفه': 'Clean', 'رقميه': 'Digital', 'ذكيه': 'Smart',
  'دوليه': 'International', 'عالميه': 'Global', 'وطنيه': 'National', 'متحده': 'United', 'متقدمه': 'Advanced', 'حديثه': 'Modern',
  'ماليه': 'Financial', 'تقنيه': 'Technology', 'قابضه': 'Holding', 'طاقه': 'Energy', 'صناعه': 'Industries', 'تجاريه': 'Trading',
  'مياه': 'Water', 'كهرباء': 'Electricity', 'زراعه': 'Agriculture', 'زراعيه': 'Agricultural', 'صناعيه': 'Industrial',
  'تصنيع': 'Manufacturing', 'تكنولوجيات': 'Technologies', 'ذاكره': 'Memory', 'اشباه الموصلات': 'Semiconductor',
  'اقمار الاصطناعيه': 'Satellite', 'اقمار صناعيه': 'Satellite', 'الاقمار الاصطناعيه': 'Satellite', 'الاقمار الصناعيه': 'Satellite',
  'لوجستيه': 'Logistics', 'لوجستيات': 'Logistics', 'مدفوعات': 'Payments', 'دفع': 'Payments', 'اوراق': 'Securities',
};

export function companyWord(w: string): string | undefined {
  const plain = w.replace(/^(لل|ال|ل)(?=...)/, '');
  return COMPANY_WORDS[plain] ?? COMPANY_WORDS[plain.replace(/ه$/, 'ة')];
}

/**
 * A proper name, then a لل/ل-complement that is a company word, then company-word adjectives:
 * the English is the name, the adjectives, then the complement (أرز للاستشارات المالية → Arz
 * Financial Consulting). Null when the words do not have that shape.
 */
function companyName(words: string[]): string | null {
  // ل + a construct pair is one complement (لأشباه الموصلات → Semiconductor)
  for (let k = 1; k + 1 < words.length; k++) {
    if (/^ل[^ل]/.test(words[k]!) && COMPANY_WORDS[`${words[k]!.slice(1)} ${words[k + 1]}`]) words = [...words.slice(0, k), `${words[k]} ${words[k + 1]}`, ...words.slice(k + 2)];
  }
  const j = words.findIndex((w, k) => k > 0 && /^لل?/.test(w) && companyWord(w) !== undefined);
  if (j < 1) return null;
  const rest = words.slice(j + 1);
  // a construct pair after the complement is one company word (لتصنيع أشباه الموصلات)
  if (rest.length === 2 && COMPANY_WORDS[rest.join(' ')]) rest.splice(0, 2, rest.join(' '));
  if (!rest.every((w) => (/^ال/.test(w) || w.includes(' ')) && companyWord(w) !== undefined)) return null;
  const head = words.slice(0, j).map((w) => (hasArabic(w) ? (pinyinWord(w) && !knownWord(w) ? pinyinWord(w) : null) || word(w.replace(/[^\u0621-\u064A]/g, '')) : w)).filter(Boolean).join(' ');
  return [head, ...rest.map((w) => companyWord(w)!).reverse(), companyWord(words[j]!)!].join(' ');
}

/**
 * A one-word Chinese name written solid (دونغهو Donghu, تشيانفان Qianfan, دونغفنغ Dongfeng): the word
 * splits wholly into two to four name syllables and has a spelling only Chinese syllables give (نغ,
 * تش, تس). The pinyin run together, or null. An Arabic word rarely splits so (a syllable is 2+ letters).
 */
export function pinyinWord(w: string): string | null {
  if (w.length < 5 || w in PINYIN || !/نغ|تش|تس/.test(w)) return null;
  const best: (string[] | null)[] = new Array(w.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < w.length; i++) {
    const here = best[i];
    if (!here || here.length >= 4) continue;
    for (let j = Math.min(w.length, i + 6); j >= i + 2; j--) {
      const syl = PINYIN[w.slice(i, j)];
      if (syl && !best[j]) best[j] = [...here, syl];
    }
  }
  const parts = best[w.length];
  if (!parts || parts.length < 2) return null;
  const joined = parts.join('').toLowerCase();
  return joined[0]!.toUpperCase() + joined.slice(1);
}

const memo = new Map<string, string>();
/** Transliterate a name (any number of words). Latin parts pass through; never returns Arabic. Memoised. */
export function transliterate(name: string): string {
  if (typeof name !== 'string') return '';
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  if (memo.size > 5000) memo.clear();
  const out = transliterateOnce(name);
  memo.set(name, out);
  return out;
}

function transliterateOnce(name: string): string {
  const norm = normaliseString(name);
  const words = norm.split(/[\s\u00A0]+/).filter(Boolean);
  if (words.length >= 2 && words.every((w) => w in LETTERS)) return words.map((w) => LETTERS[w]).join('');
  // Two or more spelled letters, then words: an acronym and the rest (جي آي بي كابيتال → GIB Capital).
  let nl = 0;
  while (nl < words.length && words[nl]! in LETTERS) nl++;
  if (nl >= 2 && nl < words.length) return [words.slice(0, nl).map((w) => LETTERS[w]).join(''), transliterate(words.slice(nl).join(' '))].filter(Boolean).join(' ');
  // A Chinese name: all its words, or its first word and half of them, are name syllables.
  const pinyin = words.filter((w) => w in PINYIN).length;
  const chinese = words.length >= 2 && (pinyin === words.length || (words[0]! in PINYIN && pinyin * 2 >= words.length)) && !words.some((w) => !(w in PINYIN) && knownWord(w)) && !knownWord(words[0]!);
  const company = words.length >= 2 ? companyName(words) : null;
  if (company && !hasArabic(company)) return company;
  // عبد + الرحمن is one name: Abdulrahman when listed, else Abdel + the word without its article.
  for (let k = 0; k + 1 < words.length; k++) {
    if (words[k] === 'عبد' && words[k + 1]!.startsWith('ال') && words[k + 1]!.length > 3) {
      words.splice(k, 2, 'عبد' + words[k + 1]!);
    }
  }
  // X الله written apart (فتح الله, هبة الله) is one name, as عطاالله is.
  for (let k = 0; k + 1 < words.length; k++) {
    if (words[k + 1] === 'الله' && words[k] !== 'عبد' && words[k]!.length >= 2 && hasArabic(words[k]!)) words.splice(k, 2, words[k] + 'الله');
  }
  // Which words open on إ (hamza below), which normalisation writes as ا.
  // (only names with إ, ى or أل need the original spelling of their words: a cheap test first)
  const origWords = /[إى]|أل/.test(name) ? name.split(/[\s\u00A0]+/).filter(Boolean).map((w) => w.replace(/^[^\u0621-\u064A]+|[^\u0621-\u064A]+$/g, '')) : [];
  const hamza = new Set(origWords.filter((w) => w.startsWith('إ')).map((w) => normaliseString(w)));
  const origOf = new Map(origWords.map((w) => [normaliseString(w), w]));
  const parts = words.map((w, k) => {
    if (w.startsWith('عبدال') && w.length > 6 && !knownWord(w)) return 'Abdel ' + word(w.slice(5));
    if (!hasArabic(w)) return w.replace(/[^\p{L}\p{N}.&'+-]/gu, '');
    if (chinese && w in PINYIN) return PINYIN[w]!;
    const solid = pinyinWord(w);
    if (solid && !knownWord(w)) return solid;
    // a company's definite adjective after its name is translated (الموسى الصحية → Al-Musa Health)
    if (k > 0 && w.startsWith('ال') && w.endsWith('ه') && !knownWord(w)) { const c = companyWord(w); if (c) return c; }
    return word(w.replace(/[^\u0621-\u064A]/g, ''), hamza.has(w), origOf.get(w) ?? '');
  });
  // A Chinese name of three syllables is a family name and a two-syllable given name, written as
  // one word in English (وانغ تشينغ يوان → Wang Qingyuan, لي جيان هوا → Li Jianhua).
  if (chinese && words.length === 3 && pinyin === 3) parts.splice(1, 2, parts[1]! + parts[2]!.toLowerCase());
  const out = parts.filter(Boolean).join(' ');
  return hasArabic(out) ? out.replace(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g, '') : out;
}
