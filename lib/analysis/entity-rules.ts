/**
 * Rules for names in no list, driven by the words around them (issue 3, item 7):
 * - organisations whose name is "head noun + words" (جامعة كاليفورنيا, مركز بكين لابتكار الروبوتات,
 *   وزارة الصناعة وتكنولوجيا المعلومات), with a composed English name;
 * - names after a generic head noun (شركة ، صحيفة …), quoted or not; products after تطبيق/نموذج …;
 * - people after titles (الرئيس التنفيذي …، مدير صندوق التحوط ليانغ ون فنغ) and after verbs of saying
 *   when a comma and a role follow ("وقال ريتفيك غوبتا، الباحث …");
 * - a Latin-script word after وفقا لـ / بحسب is a source, i.e. an organisation.
 */
import type { EntityKind, Span } from './types';
import type { Token } from './tokens';
import { wordIndex } from './tokens';
import { GENERIC_ORG_HEADS, NAMED_ORG_HEADS, DEFINITE_CHAIN_HEADS, PLACE_HEADS, BYLINE_OUTLETS, PERSON_TITLES, PRODUCT_HEADS, ROLE_AFTER_COMMA, SAYING_VERBS, SOURCE_CUES, ORG_WORDS } from './data/name-cues';
import { normaliseString } from './normalize';
import { GIVEN_NAMES } from './data/given-names';
import { transliterate, isLetterName, letterOf, isEnglishWord } from './translit';
import { type NameCtx, MINISTRY_ADJECTIVES, NISBA_EN, suffixFilter, cueBits, wordTest, wordTestSlot, normSet, cueSet, readingIn, nameLike, definiteAt, nisbaAt, nameSpan, free, oneLine, commonAt, looksForeign, surnameLike, CHINESE_SYLLABLES } from './name-context';

const GENERIC = cueSet(GENERIC_ORG_HEADS);
const PRODUCT = cueSet(PRODUCT_HEADS);
const TITLES = cueSet(PERSON_TITLES);
const SAYING = cueSet(SAYING_VERBS);
const ROLES = cueSet(ROLE_AFTER_COMMA);
const SOURCES = cueSet(SOURCE_CUES);
const CHAIN_HEADS = cueSet(DEFINITE_CHAIN_HEADS);
const PLACE_HEAD = cueSet(PLACE_HEADS);
/** Byline outlets (data/name-cues.ts) by normalised name → English masthead. */
export const OUTLET_EN: ReadonlyMap<string, string> = new Map(Object.entries(BYLINE_OUTLETS).map(([k, v]) => [normaliseString(k), v]));
/** English designators of company names in Arabic letters: never part of a person's name. */
const CORP_WORDS = normSet(['كابيتال', 'غروب', 'جروب', 'هولدينغ', 'هولدينغز', 'تكنولوجيز', 'بارتنرز', 'فنتشرز', 'انفستمنتس', 'انترناشونال', 'موتورز', 'سيستمز', 'لابز', 'سيكيوريتيز', 'كوربوريشن', 'كومباني', 'انك', 'اسيت', 'مانجمنت', 'ادفايزرز']);
/** Directions after a place name (بولاية قدح شمال ماليزيا). */
const DIRECTIONS = normSet(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);
const HEAD_EN = new Map(Object.entries(NAMED_ORG_HEADS).map(([k, v]) => [normaliseString(k), v]));
const HEADS = cueSet(HEAD_EN.keys());
const WORD_EN = new Map(Object.entries(ORG_WORDS).map(([k, v]) => [normaliseString(k), v]));
/** Heads after which an unknown word (not only a known place) starts the name. */
const OPEN_HEADS = normSet(['جامعة', 'معهد', 'أكاديمية', 'مستشفى', 'مختبر', 'مختبرات']);
const SOURCE = 'names-rules';
/** Words after a number that make it an amount, not a model number (3.5 مليون, 20%). */
const AMOUNT_AFTER = /^(و|ب)?(مليون|مليار|الف|الاف|ترليون|تريليون|دولار|يورو|يوان|%|٪|بالمئه|بالمائه|في المئه)/;
const US_ADJ = normSet(['الأمريكية', 'الأميركية', 'الامريكية']);
/** Words starting with ل that are not a لـ-complement of a name (لكن, لذلك, لديها). */
const L_FUNCTION = normSet(['لكن', 'لذلك', 'لدى', 'لديها', 'لديه', 'لديهم', 'لهذا', 'لها', 'لهم', 'لأن', 'لان', 'لكي', 'لتلك', 'لهذه', 'للغاية', 'لاحقا', 'لقد', 'ليست', 'ليس']);
/** Particles that open a clause (a negation, قد, سوف): a quoted run starting on one is a quote. */
const PARTICLES = normSet(['لم', 'لن', 'لا', 'قد', 'سوف', 'ليس', 'ليست', 'لقد', 'ما', 'إنه', 'إنها', 'هذا', 'هذه']);
export const FUNCTION_WORDS = normSet(['في', 'من', 'إلى', 'على', 'عن', 'مع', 'أن', 'إن', 'الذي', 'التي', 'الذين', 'كما', 'بعد', 'قبل', 'حول', 'خلال', 'منذ', 'لدى', 'عند', 'وفي', 'ومن', 'وإلى', 'وعلى']);

const tok = (ctx: NameCtx, i: number): Token | undefined => ctx.doc.tokens[i];
const isPunct = (t: Token | undefined, chars: string): boolean => !!t && t.type === 'punct' && chars.includes(t.norm);

/** English of one word inside an organisation name: the glossary, else a transliteration. */
function wordEnglish(norm: string): string {
  let w = norm.replace(/^(و|ف)/, (m) => (norm.length > 3 ? '' : m));
  w = w.replace(/^(لل|ل|ب)(?=..)/, (m) => (m === 'لل' ? 'ال' : ''));
  const plain = w.startsWith('ال') && w.length > 3 ? w.slice(2) : w;
  return WORD_EN.get(plain) ?? WORD_EN.get(plain.replace(/ه$/, '')) ?? transliterate(plain);
}

/** A word (article and و/ل/ب left out) that the organisation-name glossary knows. */
export function orgWord(norm: string): boolean {
  const w = norm.replace(/^(و|ف)?(لل|ال|ب|ل)?/, '');
  return WORD_EN.has(w) || WORD_EN.has(w.replace(/ه$/, ''));
}

/** English of an idafa chain, conjunctions split: "الصناعة وتكنولوجيا المعلومات" → "Industry and Information Technology". */
export function chainEnglish(tokens: Token[]): string {
  const groups: string[][] = [[]];
  /** A definite relational adjective (الاستراتيجية, والدولية): ال + a word ending in ية/ي. */
  const adjective = (norm: string) => /^(و)?ال..+(يه|ي)$/.test(norm);
  tokens.forEach((t, k) => {
    const g = groups[groups.length - 1]!;
    // "الدراسات الاستراتيجية والدولية": a conjoined adjective joins the one before it (Strategic and International Studies).
    if (k > 1 && t.norm.startsWith('و') && adjective(t.norm) && adjective(tokens[k - 1]!.norm) && g.length >= 2) {
      g[g.length - 1] = `${g[g.length - 1]} and ${wordEnglish(t.norm)}`;
      return;
    }
    if (k > 0 && t.norm.startsWith('و') && t.norm.length > 3 && !WORD_EN.has(t.norm)) groups.push([]);
    groups[groups.length - 1]!.push(wordEnglish(t.norm));
  });
  return groups.map((g) => g.reverse().join(' ')).join(' and ').replace(/\b(\w+) \1\b/g, '$1').replace(/\s+/g, ' ').trim();
}

/** Definite heads for the rule below: the named-organisation heads, and شركة (الشركة السعودية للكهرباء). */
const DEF_HEAD_EN = new Map([...HEAD_EN, [normaliseString('شركة'), 'Company']]);
const DEF_HEADS = cueSet([...DEF_HEAD_EN.keys()].map((h) => 'ال' + h));

/**
 * A definite head, an adjective and a لل-complement: الهيئة العامة للإحصاء, الشركة السعودية للكهرباء,
 * الجهاز المركزي للتعبئة العامة والإحصاء. The لل-complement is what makes it a name.
 */
function definiteHeadedOrg(ctx: NameCtx, i: number): Span | null {
  const r = readingIn(ctx, tok(ctx, i), DEF_HEADS);
  if (!r || ctx.taken[i]) return null;
  const adj = tok(ctx, i + 1);
  // السعودية after a definite head is the adjective "Saudi", though the lexicon took it for the country.
  if (!adj || !definiteAt(ctx, adj) || !adj.norm.startsWith('ال') || (ctx.taken[i + 1] && ctx.kindAt[i + 1] !== 'place') || adj.lineBefore) return null;
  // A second adjective may come first: الهيئة المصرية العامة للتنمية السياحية.
  const adj2 = tok(ctx, i + 2);
  const two = !!adj2 && adj2.type === 'ar' && !adj2.lineBefore && !ctx.taken[i + 2] && adj2.norm.startsWith('ال') && adj2.norm.length > 3 && definiteAt(ctx, adj2) && WORD_EN.has(adj2.norm.slice(2)) && tok(ctx, i + 3)?.norm.startsWith('لل') === true;
  const c = two ? i + 3 : i + 2;
  const comp = tok(ctx, c);
  // The complement is لل + noun, or ل + a construct noun before a definite one (لمصنعي السيارات).
  const lConstruct = !!comp && r.stem !== 'الشركه' && /^ل[^ل]/.test(comp.norm) && comp.norm.length >= 5 && !L_FUNCTION.has(comp.norm) && definiteAt(ctx, tok(ctx, c + 1)) && !tok(ctx, c + 1)!.lineBefore;
  if (!comp || comp.type !== 'ar' || !(comp.norm.startsWith('لل') || lConstruct) || comp.norm.length < 5 || ctx.taken[c] || comp.lineBefore) return null;
  let last = c;
  const chain: Token[] = [comp];
  for (let k = 0; k < 3; k++) {
    const u = tok(ctx, last + 1);
    if (!u || u.type !== 'ar' || u.lineBefore || ctx.taken[last + 1] || FUNCTION_WORDS.has(u.norm)) break;
    if (definiteAt(ctx, u) || (/^و/.test(u.norm) && definiteAt(ctx, tok(ctx, last + 2)))) { chain.push(u); last++; } else break;
  }
  const adjEn = two ? `${wordEnglish(adj.norm)} ${wordEnglish(adj2!.norm)}` : wordEnglish(adj.norm);
  const headName = DEF_HEAD_EN.get(r.stem.slice(2));
  // A company is named "National Hydrocarbons Company", "Saudi Electricity Company"; an authority "General Authority for Statistics".
  const english = headName === 'Company' ? `${adjEn} ${chainEnglish(chain)} Company` : `${adjEn} ${headName} for ${chainEnglish(chain)}`;
  return nameSpan(ctx, i, last, r.skip, 'organization', english, SOURCE, 0.7);
}

/** Construct nouns that open an organisation's name before a definite noun (جمعية مصنعي السيارات). */
const CONSTRUCT_OK = normSet(['سيارات', 'مصنعي', 'مستثمري', 'مصدري', 'مستوردي', 'منتجي', 'مقاولي', 'مطوري', 'رجال', 'سيدات', 'شركات', 'مصارف', 'بنوك', 'غرف', 'مناجم']);
/** Research words after مركز/معهد (مركز الدراسات الاستراتيجية): not مركز البيانات, a data centre. */
const RESEARCH = normSet(['دراسات', 'بحوث', 'أبحاث', 'الدراسات', 'البحوث', 'الأبحاث'].map((w) => w.replace(/^ال/, '')));
/** Words of data and computing, which after دائرة are no department's name. */
const NOT_DEPARTMENT = normSet(['بيانات', 'حوسبة', 'ذكاء', 'ضوء', 'اهتمام', 'صراع', 'خطر', 'نفوذ']);
/** Heads whose definite chain is a name only when it opens on certain words. */
const STRICT_CHAIN = new Map<string, (w: string) => boolean>([
  [normaliseString('مركز'), (w) => RESEARCH.has(w)],
  [normaliseString('معهد'), (w) => RESEARCH.has(w)],
  [normaliseString('دائرة'), (w) => !NOT_DEPARTMENT.has(w) && (WORD_EN.has(w) || WORD_EN.has(w.replace(/ه$/, '')))],
  // a committee's chain opens on a field the glossary knows (لجنة السياسة النقدية), not on a participle (للجنة المنظمة للمعرض)
  [normaliseString('لجنة'), (w) => WORD_EN.has(w) || WORD_EN.has(w.replace(/ه$/, ''))],
  [normaliseString('إدارة'), (w) => !NOT_DEPARTMENT.has(w) && !NOT_ADMINISTRATION.has(w) && (WORD_EN.has(w) || WORD_EN.has(w.replace(/ه$/, '')))],
]);
/** Fields that إدارة manages rather than names an agency of (إدارة الاستثمار, إدارة المياه: management). */
const NOT_ADMINISTRATION = normSet(['استثمار', 'استثمارات', 'مالية', 'موارد', 'مياه', 'طاقة', 'أعمال', 'أموال', 'أصول', 'مخاطر', 'شركة', 'مشروع', 'مشاريع', 'عمل']);
/** Strict heads whose chain must hold two words or more (إدارة الفضاء الإلكتروني, إدارة الغذاء والدواء). */
const TWO_WORD_CHAIN = normSet(['إدارة']);

/** Adjectives of a bank's name after its country (مصرف سورية المركزي, بنك قطر الوطني, بنك دبي الإسلامي). */
const BANK_ADJ = normSet(['مركزي', 'دولي', 'إسلامي', 'تجاري', 'وطني', 'أهلي', 'عربي', 'صناعي', 'زراعي', 'عقاري', 'خليجي', 'أول']);
const RESEARCH_HEADS = normSet(['مركز', 'معهد']);
/** لل + a research word (للأبحاث, للدراسات, للبحوث). */
const isResearchComplement = (t: Token | undefined): boolean => !!t && t.type === 'ar' && !t.lineBefore && t.norm.startsWith('لل') && RESEARCH.has(t.norm.slice(2));
/** Head-noun organisations. Returns the span and the index of its last token, or null. */
function headedOrg(ctx: NameCtx, i: number): Span | null {
  const def = definiteHeadedOrg(ctx, i);
  if (def) return def;
  const t = tok(ctx, i);
  const r = readingIn(ctx, t, HEADS);
  if (!r || ctx.taken[i]) return null;
  const headEn = HEAD_EN.get(r.stem)!;
  const next = tok(ctx, i + 1);
  if (!next || next.lineBefore) return null;
  // Case A′: a construct noun of organisation names, then a known place: جمعية مستثمري مرسى علم →
  // Marsa Alam Investors Association.
  if (next.type === 'ar' && CONSTRUCT_OK.has(next.norm) && !ctx.taken[i + 1] && ctx.kindAt[i + 2] === 'place' && !tok(ctx, i + 2)!.lineBefore) {
    let last = i + 2;
    while (ctx.kindAt[last + 1] === 'place' && ctx.englishAt[last + 1] === ctx.englishAt[i + 2] && !tok(ctx, last + 1)!.lineBefore) last++;
    return nameSpan(ctx, i, last, r.skip, 'organization', `${ctx.englishAt[i + 2]} ${wordEnglish(next.norm)} ${headEn}`, SOURCE, 0.8);
  }
  // Case A: a known place or (for open heads) an unknown name follows.
  const placeNext = ctx.kindAt[i + 1] === 'place';
  // مركز/معهد + a transliterated name + للأبحاث/للدراسات is a research centre (مركز يوليش للأبحاث).
  const research = RESEARCH_HEADS.has(r.stem) && next.type === 'ar' && !ctx.taken[i + 1] && nameLike(ctx, next) && looksForeign(next.norm) && isResearchComplement(tok(ctx, i + 2));
  if (placeNext || research || (OPEN_HEADS.has(r.stem) && nameLike(ctx, next) && !ctx.taken[i + 1])) {
    let last = i + 1;
    while (ctx.kindAt[last + 1] === 'place' && ctx.englishAt[last + 1] === ctx.englishAt[i + 1]) last++;
    if (!placeNext) {
      // A name of two or three words (جامعة عين شمس, معهد تشونغ هوا): more name words, then a boundary.
      let k = last;
      while (k < i + 3 && continues(ctx, k + 1, false, true) && !/^(ل|لل)/.test(tok(ctx, k + 1)!.norm)) k++;
      const b = tok(ctx, k + 1);
      const boundary = !b || b.lineBefore || b.type === 'punct' || FUNCTION_WORDS.has(b.norm) || definiteAt(ctx, b) || /^(ل|لل)/.test(b.norm) || readingIn(ctx, b, SAYING) !== null || commonAt(ctx, b);
      if (k > last && boundary) last = k;
    }
    const core = placeNext ? ctx.englishAt[i + 1]! : transliterate(ctx.doc.original.slice(next.start, tok(ctx, last)!.end));
    // A bank of a country and its adjectives: مصرف سورية المركزي → Central Bank of Syria, بنك سورية
    // الدولي الإسلامي → Syria International Islamic Bank (adjectives the glossary knows).
    if (headEn === 'Bank' && placeNext) {
      const adjs: Token[] = [];
      while (adjs.length < 2) {
        const d = tok(ctx, last + 1 + adjs.length);
        if (!d || d.type !== 'ar' || d.lineBefore || ctx.taken[last + 1 + adjs.length] || !d.norm.startsWith('ال') || !BANK_ADJ.has(d.norm.slice(2))) break;
        adjs.push(d);
      }
      if (adjs.length) {
        const en = adjs.map((d) => wordEnglish(d.norm));
        const english = en.length === 1 && en[0] === 'Central' ? `Central Bank of ${core}` : `${core} ${en.join(' ')} Bank`;
        return nameSpan(ctx, i, last + adjs.length, r.skip, 'organization', english, SOURCE, 0.8);
      }
    }
    const mods: Token[] = [];
    // لـ/لل + noun, then up to two definite nouns (لابتكار الروبوتات، للسيارات)
    const m = tok(ctx, last + 1);
    if (m && m.type === 'ar' && !m.lineBefore && /^(ل|لل)/.test(m.norm) && m.norm.length > 3 && !L_FUNCTION.has(m.norm) && !ctx.taken[last + 1]) {
      mods.push(m);
      last++;
      for (let k = 0; k < 2; k++) {
        const d = tok(ctx, last + 1);
        // after a research centre's name only glossary words (للدراسات الاقتصادية), not the verb's object (الحاسوب)
        if (d && definiteAt(ctx, d) && !nisbaAt(ctx, d) && !ctx.taken[last + 1] && !d.lineBefore && (!research || orgWord(d.norm))) { mods.push(d); last++; } else break;
      }
    }
    let where = '';
    const f = tok(ctx, last + 1);
    if (r.stem === normaliseString('جامعة') && f && f.norm === 'في' && (ctx.kindAt[last + 2] === 'place' || nameLike(ctx, tok(ctx, last + 2)))) {
      where = ctx.kindAt[last + 2] === 'place' ? ctx.englishAt[last + 2]! : transliterate(tok(ctx, last + 2)!.norm);
      last += 2;
    }
    if (!oneLine(ctx.doc, i, last)) return null;
    const modEn = chainEnglish(mods);
    let english: string;
    // an institute of two conjoined fields: معهد شيآن للبصريات والميكانيكا الدقيقة → Xi'an Institute of Optics and Precision Mechanics
    if (headEn === 'Institute' && modEn.includes(' and ')) english = `${core} ${headEn} of ${modEn}`;
    else if (headEn === 'University' || headEn === 'Academy' || headEn === 'Ministry') english = placeNext ? (modEn ? `${core} ${headEn} of ${modEn}` : `${headEn} of ${core}`) : modEn ? `${core} ${headEn} of ${modEn}` : `${core} ${headEn}`;
    else english = [core, modEn, headEn].filter(Boolean).join(' ');
    if (where) english += `, ${where}`;
    return nameSpan(ctx, i, last, r.skip, 'organization', english, SOURCE, 0.8);
  }
  // Case B: a definite chain is the name (وزارة الصناعة وتكنولوجيا المعلومات); or a construct noun
  // of organisation names and a definite one (جمعية مصنعي السيارات); after a strict head, a chain
  // that opens on one of its words (مركز الدراسات …, دائرة الإحصاءات العامة).
  const construct = next.type === 'ar' && !next.norm.startsWith('ال') && WORD_EN.has(next.norm) && CONSTRUCT_OK.has(next.norm) && definiteAt(ctx, tok(ctx, i + 2)) && !tok(ctx, i + 2)!.lineBefore && !ctx.taken[i + 2];
  const strict = STRICT_CHAIN.get(r.stem);
  const chainHead = strict ? next.norm.startsWith('ال') && strict(next.norm.slice(2)) : CHAIN_HEADS.has(r.stem);
  if (chainHead && next.type === 'ar' && (next.norm.startsWith('ال') || construct) && next.norm.length > 3 && !nisbaAt(ctx, next) && (construct || !commonAt(ctx, next)) && !ctx.taken[i + 1]) {
    let last = i + 1;
    const chain: Token[] = [next];
    for (let k = 0; k < 4; k++) {
      const u = tok(ctx, last + 1);
      // a conjoined adjective after an adjective stays in the chain (الدراسات الاستراتيجية والدولية), a nationality does not
      const adjPair = /^وال..+(يه|ي)$/.test(u?.norm ?? '') && /^ال..+(يه|ي)$/.test(tok(ctx, last)!.norm) && !MINISTRY_ADJECTIVES.has(u!.norm.slice(1)) && !US_ADJ.has(u!.norm.slice(1));
      if (!u || u.type !== 'ar' || u.lineBefore || ctx.taken[last + 1] || (nisbaAt(ctx, u) && !adjPair) || FUNCTION_WORDS.has(u.norm)) break;
      const conj = /^و/.test(u.norm) && definiteAt(ctx, tok(ctx, last + 2)) && !definiteAt(ctx, u);
      // after a strict head every word of the chain is one the glossary knows (not إدارة الطيران التوقف)
      if (strict && !CHAIN_HEADS.has(r.stem) && !orgWord(u.norm)) break;
      if (definiteAt(ctx, u) || conj) { chain.push(u); last++; } else break;
    }
    if (TWO_WORD_CHAIN.has(r.stem) && chain.length < 2) return null;
    // A ministry of the United States is a Department (وزارة العدل الأمريكية → Department of Justice).
    const nis = tok(ctx, last + 1);
    const us = headEn === 'Ministry' && !!nis && US_ADJ.has(nis.norm);
    // A committee is named before its head in English: لجنة السياسة النقدية → Monetary Policy Committee.
    const english = headEn === 'Committee' || (construct && headEn === 'Association') ? `${chainEnglish(chain)} ${headEn}` : `${us ? 'Department' : headEn} of ${chainEnglish(chain)}`;
    // The country's adjective after a ministry or a court belongs to it: وزارة المالية الروسية → Russian Ministry of
    // Finance, محكمة المراجعين الأوروبية → European Court of Auditors.
    const adj = (headEn === 'Ministry' || headEn === 'Court') && nis && nis.type === 'ar' && !nis.lineBefore && !ctx.taken[last + 1] ? MINISTRY_ADJECTIVES.get(nis.norm) : undefined;
    if (adj) return nameSpan(ctx, i, last + 1, r.skip, 'organization', `${adj} ${english}`, SOURCE, 0.75);
    // …and so does it after an association named by a construct (رابطة سيارات الركاب الصينية).
    const cAdj = construct && nis && nis.type === 'ar' && !nis.lineBefore && !ctx.taken[last + 1] ? MINISTRY_ADJECTIVES.get(nis.norm) : undefined;
    if (cAdj) return nameSpan(ctx, i, last + 1, r.skip, 'organization', `${cAdj} ${english}`, SOURCE, 0.75);
    return nameSpan(ctx, i, last, r.skip, 'organization', english, SOURCE, 0.75);
  }
  return null;
}

/** A token that may continue a name run: name-like, free, not a cue word, no conjunction glued on. */
function continues(ctx: NameCtx, k: number, first: boolean, relaxed = false): boolean {
  const u = tok(ctx, k);
  if (!u || ctx.taken[k] || (!first && u.lineBefore)) return false;
  // after a Chinese syllable, a syllable that is also a common word (يوان yuan) goes on the name: وانغ تشينغ يوان
  if (!nameLike(ctx, u) && !(!first && u.type === 'ar' && CHINESE_SYLLABLES.has(u.norm) && CHINESE_SYLLABLES.has(tok(ctx, k - 1)?.norm ?? ''))) return false;
  if (readingIn(ctx, u, TITLES) || readingIn(ctx, u, SAYING) || readingIn(ctx, u, HEADS) || readingIn(ctx, u, GENERIC)) return false;
  if (!first && u.norm.startsWith('و') && u.norm.length >= 5) return false;
  // a preposition + noun + pronoun ه is no family name (فيصل بن فرحان بنظيره, … بدوره, لنظيره)
  if (!first && u.norm.length >= 5 && /^[بلك]/.test(u.norm) && ctx.doc.original.charCodeAt(u.end - 1) === 0x0647) return false;
  if (!first && GIVEN_SET.has(u.norm)) return false; // a given name starts the next name (لشركة موديرنا ستيفان …)
  if (!first && !relaxed && !surnameLike(u.norm)) return false; // a verb or noun after a name (جورج بوش يمثل)
  return true;
}

/** The run of name-like, untaken tokens from i (at most `max`), as [first, last] or null. */
function nameRun(ctx: NameCtx, i: number, max: number): [number, number] | null {
  let last = i - 1;
  while (last + 1 < i + max && continues(ctx, last + 1, last + 1 === i)) last++;
  return last >= i ? [i, last] : null;
}

const GIVEN = new Map(GIVEN_NAMES.map(([ar, en]) => [normaliseString(ar), en]));
/** A listed given name (data/given-names.ts), by normalised form. */
export const isGivenName = (norm: string): boolean => GIVEN.has(norm);
const GIVEN_SET = cueSet(GIVEN.keys());
/** Given names that are also common words (جمال beauty, وليد newborn): no definite family name after them. */
const AMBIGUOUS_GIVEN = normSet(['حسن', 'عمر', 'رامي', 'أمير', 'خليفة', 'سعد', 'فهد', 'بدر', 'جمال', 'كمال', 'عادل', 'أمين', 'فارس', 'نبيل', 'شريف', 'صلاح', 'منير', 'ماجد', 'راشد', 'حمد', 'سامي', 'هاني', 'نادر', 'ناصر', 'منصور', 'سلطان', 'عماد', 'أيمن', 'أمل', 'حياة', 'نور', 'هدى', 'عزيز', 'كريم', 'فريد', 'رضا', 'سلامة', 'جهاد', 'مبارك', 'أنور', 'سالم', 'صابر', 'باسم', 'حازم', 'عوض', 'طه', 'ريم', 'منى', 'ندى', 'هبة', 'وفاء', 'سناء', 'أمجد', 'أشرف', 'نصر', 'هادي', 'ضياء', 'إيمان', 'بسمة', 'دعاء', 'شهد', 'هالة', 'رشا', 'مها', 'غانم', 'سعود', 'رائد', 'رياض', 'سيف', 'أنس', 'بشار', 'تامر', 'حسام', 'نديم', 'نعيم', 'وسام', 'مراد', 'ماهر', 'زكريا', 'منال', 'حنان', 'أميرة', 'جميلة', 'سميرة', 'عبير', 'حمود']);
/** A definite word used as a family name (السنيورة, الفيصل): not common, not a nationality adjective. */
function definiteSurname(ctx: NameCtx, k: number): boolean {
  const u = tok(ctx, k);
  return !!u && u.type === 'ar' && !u.lineBefore && !ctx.taken[k] && u.norm.startsWith('ال') && u.norm.length >= 5 && !commonAt(ctx, u) && !nisbaAt(ctx, u) && !readingIn(ctx, u, TITLES);
}
const NASAB = normSet(['بن', 'ابن', 'بنت', 'أبو', 'آل']);
/** First words of compound given names on الله (منة الله Menatallah, عطا الله Atallah). */
const ALLAH_FIRST = cueSet(['منة', 'هبة', 'عطا', 'نصر', 'فتح', 'جاب', 'خير', 'عوض', 'رزق', 'حسب', 'فضل', 'ضيف', 'نعمة', 'جار', 'سعد', 'عبد', 'حمد', 'فرج', 'مال']);
const COMPOUND = normSet(['عبد', 'أبو', 'ابو']);

/** A known given name and one or two more name words: جون بولتون, محمد بن سلمان, خافيير سولانا. */
function givenName(ctx: NameCtx, i: number, relaxed = false): Span | null {
  const t = tok(ctx, i);
  if (!t || t.type !== 'ar' || ctx.taken[i]) return null;
  // A compound given name on الله (منة الله, هبة الله, عطا الله, جاب الله): both words, then the family name.
  const allah = tok(ctx, i + 1);
  const compound = !!allah && allah.norm === 'الله' && !allah.lineBefore && !ctx.taken[i + 1] && readingIn(ctx, t, ALLAH_FIRST) !== null;
  const r = compound ? readingIn(ctx, t, ALLAH_FIRST) : readingIn(ctx, t, GIVEN_SET);
  if (!r || (r.skip > 0 && r.stem.length < 4 && !compound)) return null;
  // على (the preposition) normalises like علي (Ali): a final alef maqsura in the original is not a name.
  if (r.stem === 'علي' && ctx.doc.original[t.end - 1] === 'ى') return null;
  let last = compound ? i + 1 : i;
  for (let n = 0; n < 4; n++) {
    const u = tok(ctx, last + 1);
    if (u && NASAB.has(u.norm) && (continues(ctx, last + 2, false) || GIVEN.has(tok(ctx, last + 2)?.norm ?? ''))) { last += 2; continue; }
    // Compound names: عبد + a divine name (عبد الحليم), أبو + a name (أبو بكر) — both words belong.
    const v = tok(ctx, last + 2);
    if (u && COMPOUND.has(u.norm) && !ctx.taken[last + 1] && !u.lineBefore && v && v.type === 'ar' && !v.lineBefore && !ctx.taken[last + 2] && !FUNCTION_WORDS.has(v.norm)) { last += 2; continue; }
    // A second given name may follow (جان مارك); otherwise one family name ends the run.
    if (u && GIVEN.has(u.norm) && !ctx.taken[last + 1] && !u.lineBefore) { last++; continue; }
    // After a title (الدكتور عصام شرف) any name-like word may be the family name.
    if (continues(ctx, last + 1, false, relaxed) && (relaxed || surnameLike(tok(ctx, last + 1)!.norm)) && (relaxed || !AMBIGUOUS_GIVEN.has(r.stem) || n > 0 || looksForeign(tok(ctx, last + 1)!.norm))) { last++; }
    else if ((n > 0 || !AMBIGUOUS_GIVEN.has(r.stem) || relaxed) && definiteSurname(ctx, last + 1)) { last++; }
    // after a compound on الله a name must follow: a family name like a nisba counts (منة الله الشرقاوي)
    else if (compound && n === 0 && definiteAt(ctx, tok(ctx, last + 1)) && tok(ctx, last + 1)!.norm.startsWith('ال') && tok(ctx, last + 1)!.norm.length >= 5 && !ctx.taken[last + 1] && !commonAt(ctx, tok(ctx, last + 1)!)) { last++; }
    break;
  }
  if (last === i || (compound && last === i + 1)) return null;
  return nameSpan(ctx, i, last, r.skip, 'person', '', SOURCE, 0.6);
}

/** Quoted stretch starting at token i (an opening "), as [first, last, closeIndex] or null. */
export function quotedAt(ctx: NameCtx, i: number, maxTokens: number): [number, number, number] | null {
  const q = tok(ctx, i);
  if (!isPunct(q, '"')) return null;
  // A closing quote does not open a stretch: » , or " glued to the word before it and apart from the
  // word after it (…الاصطناعية" نماذج لأقمار كوكبة "تشيانفان" holds no quoted name between the two).
  const after = tok(ctx, i + 1);
  const before = tok(ctx, i - 1);
  if (ctx.doc.original.charCodeAt(q!.start) === 0xbb) return null;
  if (after && after.spaceBefore && !q!.spaceBefore && !q!.lineBefore && before && (before.type === 'ar' || before.type === 'lat')) return null;
  let k = i + 1;
  while (k < i + 2 + maxTokens && tok(ctx, k) && !isPunct(tok(ctx, k), '",.;:?!()') && !tok(ctx, k)!.lineBefore) k++;
  if (!isPunct(tok(ctx, k), '"') || k === i + 1) return null;
  return [i + 1, k - 1, k];
}

/** Words marked as places before token i, scanned once per document as the rules move right. */
const PLACES_SEEN = new WeakMap<NameCtx, { upTo: number; words: Set<string> }>();
function placeNamesBefore(ctx: NameCtx, i: number): Set<string> {
  let p = PLACES_SEEN.get(ctx);
  if (!p) { p = { upTo: 0, words: new Set() }; PLACES_SEEN.set(ctx, p); }
  for (; p.upTo < i; p.upTo++) if (ctx.kindAt[p.upTo] === 'place') p.words.add(tok(ctx, p.upTo)!.norm);
  return p.words;
}

/** Names after a generic head noun (شركة "ديبسيك", صحيفة فاينانشال تايمز, تطبيق "X"). */
function afterGenericHead(ctx: NameCtx, i: number): Span | null {
  const t = tok(ctx, i);
  // A named-organisation head with a quoted name (بنك "آي إن جي", مؤسسة "كابيتال إيكونوميكس") works like شركة.
  const org = readingIn(ctx, t, GENERIC) ?? (isPunct(tok(ctx, i + 1), '"') ? readingIn(ctx, t, HEADS) : null);
  const prod = org ? null : readingIn(ctx, t, PRODUCT);
  if (!org && !prod) return null;
  const kind: EntityKind = org ? 'organization' : 'product';
  const q = quotedAt(ctx, i + 1, 5);
  if (q && free(ctx, q[0], q[1])) {
    const [a, b] = q;
    if (tok(ctx, a)!.type === 'punct') return null;
    // A quoted run with a function word inside is a phrase, not one name («الثقة لدى المستثمرين»).
    for (let k = a + 1; k < b; k++) if (FUNCTION_WORDS.has(tok(ctx, k)!.norm)) return null;
    // A quoted clause opening on a particle is a quote, not a name (غرفة "لم تعد تكفي").
    if (a < b && PARTICLES.has(tok(ctx, a)!.norm)) return null;
    return nameSpan(ctx, a, b, 0, kind, '', SOURCE, 0.75);
  }
  const n = tok(ctx, i + 1);
  if (!n || n.lineBefore || ctx.taken[i + 1]) return null;
  if (n.type === 'lat') {
    let b = i + 1;
    while (tok(ctx, b + 1)?.type === 'lat' && !ctx.taken[b + 1]) b++;
    // A product's model number after its Latin name: نموذج GPT 5, معالج Snapdragon 8 Elite.
    if (kind === 'product') {
      for (let u = tok(ctx, b + 1); u && !u.lineBefore && !ctx.taken[b + 1] && ((u.type === 'num' && /^(\d{1,5}|\d{1,2}\.\d{1,2})$/.test(u.norm) && !/^(19|20)\d\d$/.test(u.norm) && !AMOUNT_AFTER.test(tok(ctx, b + 2)?.norm ?? '') && !(tok(ctx, b + 2) && !tok(ctx, b + 2)!.spaceBefore && tok(ctx, b + 2)!.type === 'punct')) || u.type === 'lat'); u = tok(ctx, b + 1)) b++;
    }
    return nameSpan(ctx, i + 1, b, 0, kind, ctx.doc.original.slice(n.start, tok(ctx, b)!.end), SOURCE, 0.75);
  }
  // A chip or model spelled in Arabic letters and a number: شريحة إيه 18 (A18), معالج إم 4 (M4).
  const num = tok(ctx, i + 2);
  if (kind === 'product' && n.type === 'ar' && isLetterName(n.norm) && num && num.type === 'num' && !num.lineBefore && /^\d{1,4}$/.test(num.norm) && !ctx.taken[i + 2] && !/^(مليون|مليار|الف|ترليون|تريليون|%)/.test(tok(ctx, i + 3)?.norm ?? '')) {
    return nameSpan(ctx, i + 1, i + 2, 0, 'product', `${letterOf(n.norm)}${num.norm}`, SOURCE, 0.6);
  }
  if (kind === 'product') return null; // unquoted Arabic after نموذج is usually a common noun (نموذج لغوي)
  const run = nameRun(ctx, i + 1, 3);
  if (!run) return null;
  // Unquoted, the first word must look like a transliterated name (شركة ويدبوش), not a noun (شركة غروب),
  // or be one name-like word before punctuation (المحللة في شركة نعيم، …), not a feminine noun (شركة مساهمة).
  const w0 = tok(ctx, run[0])!;
  const lone = run[0] === run[1] && isPunct(tok(ctx, run[0] + 1), ',.;:)') && !w0.norm.endsWith('ه') && w0.norm.length >= 3 && (surnameLike(w0.norm) || GIVEN.has(w0.norm));
  if (!looksForeign(w0.norm) && !lone) return null;
  // A word the document already named as a place is the place (مصنع كوليم after في مدينة كوليم).
  if (placeNamesBefore(ctx, i).has(w0.norm)) return null;
  return nameSpan(ctx, run[0], run[1], 0, kind, '', SOURCE, 0.6);
}

/** People after a title/role, skipping an organisation or idafa in between (مدير صندوق التحوط …). */
function afterTitle(ctx: NameCtx, i: number, extra: Span[]): Span | null {
  const t = tok(ctx, i);
  if (!readingIn(ctx, t, TITLES)) return null;
  let k = i + 1;
  let skipped = 0;
  // An indefinite title is the head of an idafa (مدير الصندوق, وزير الخارجية): definite words follow.
  let inIdafa = !t!.norm.startsWith('ال');
  let commaSeen = false;
  while (skipped < 6) {
    const u = tok(ctx, k);
    if (!u || u.lineBefore) return null;
    if (readingIn(ctx, u, HEADS) ?? readingIn(ctx, u, GENERIC)) {
      // "الرئيس التنفيذي لشركة موديرنا ستيفان بانسيل": the company is named on the way.
      const org = readingIn(ctx, u, GENERIC) && !readingIn(ctx, tok(ctx, k + 1), GIVEN_SET) ? afterGenericHead(ctx, k) : null;
      if (org) { extra.push(org); while (ctx.taken[k + 1]) k++; }
      inIdafa = true; k++; skipped++; continue;
    }
    if (readingIn(ctx, u, TITLES) || ctx.taken[k] || nisbaAt(ctx, u) || (inIdafa && (definiteAt(ctx, u) || u.type === 'lat'))) { k++; skipped++; continue; }
    if (u.norm === 'في' && skipped < 4) { inIdafa = true; k++; skipped++; continue; } // المسؤول في وزارة التجارة تشو شيجيا
    // a لـ + foreign-looking name right before punctuation is the firm the title belongs to (الرئيس التنفيذي لأرامكس،)
    if (u.type === 'ar' && /^ل[^ل]/.test(u.norm) && u.norm.length >= 5 && !ctx.taken[k] && looksForeign(u.norm) && !commonAt(ctx, u) && !GIVEN.has(u.norm.slice(1)) && isPunct(tok(ctx, k + 1), ',.;:')) {
      return nameSpan(ctx, k, k, 1, 'organization', '', SOURCE, 0.6);
    }
    // a لل-complement names whose title it is: الرئيس التنفيذي للشركة فهد العتيبي, المدير العام للمجموعة …
    if (u.type === 'ar' && u.norm.startsWith('لل') && u.norm.length > 4 && !ctx.taken[k] && skipped < 4) { inIdafa = true; k++; skipped++; continue; }
    if (isPunct(u, ',') && !commaSeen) { commaSeen = true; k++; skipped++; continue; } // "كبير المحللين، منغمنغ تشانغ،"
    if (isPunct(u, '"')) { k++; continue; } // رئيس الشؤون في "غوغل" كينت ووكر
    break;
  }
  if (readingIn(ctx, tok(ctx, k), GIVEN_SET)) return givenName(ctx, k, !commaSeen);
  const run = nameRun(ctx, k, 4);
  if (!run) return null;
  // Letters spelled out (إتش سي, جي آي بي) are an acronym: a firm, not a person.
  if (run[1] > run[0] && (() => { for (let j = run[0]; j <= run[1]; j++) if (!isLetterName(tok(ctx, j)!.norm)) return false; return true; })()) {
    return nameSpan(ctx, run[0], run[1], 0, 'organization', '', SOURCE, 0.6);
  }
  // A company word (كابيتال, غروب, هولدينغ …) makes the run a firm, not the person (رئيسة الأبحاث في «الجزيرة كابيتال»).
  for (let j = run[0]; j <= run[1]; j++) {
    if (!CORP_WORDS.has(tok(ctx, j)!.norm)) continue;
    // the firm's own name may be a definite word before it («الماسة كابيتال», «الجزيرة كابيتال»)
    let a = run[0];
    const p = tok(ctx, a - 1);
    if (p && p.type === 'ar' && !p.lineBefore && p.norm.startsWith('ال') && p.norm.length > 3 && !commonAt(ctx, p) && !nisbaAt(ctx, p) && (!ctx.taken[a - 1] || ctx.kindAt[a - 1] === 'place')) a--;
    return ctx.taken[a] ? null : nameSpan(ctx, a, run[1], 0, 'organization', '', SOURCE, 0.6);
  }
  // One name word and a definite family name (الرئيس التنفيذي للشركة سامر الحلبي خلال …)
  if (run[0] === run[1] && (GIVEN.has(tok(ctx, run[0])!.norm) || looksForeign(tok(ctx, run[0])!.norm)) && definiteAt(ctx, tok(ctx, run[1] + 1)) && definiteSurname(ctx, run[1] + 1)) {
    const b = tok(ctx, run[1] + 2);
    if (!b || b.lineBefore || b.type === 'punct' || FUNCTION_WORDS.has(b.norm) || readingIn(ctx, b, SAYING) !== null || /^(ان|إن|أن)$/.test(b.norm) || commonAt(ctx, b)) {
      return nameSpan(ctx, run[0], run[1] + 1, 0, 'person', '', SOURCE, 0.6);
    }
  }
  const after = tok(ctx, run[1] + 1);
  const punctAfter = !after || after.lineBefore || isPunct(after, ',.;:()"');
  const boundary = punctAfter || commonAt(ctx, after) || definiteAt(ctx, after) || readingIn(ctx, after, SAYING) !== null;
  if (!boundary) return null;
  // An unknown word after a title is often a verb or a noun (الرئيس … يفكر): ask for a name that
  // looks foreign, or two words and a comma/full stop after them.
  let foreign = false;
  for (let j = run[0]; j <= run[1]; j++) if (looksForeign(tok(ctx, j)!.norm)) foreign = true;
  if (commaSeen && !punctAfter) return null; // an appositive name stands between two commas
  const single = run[0] === run[1];
  const thatAfter = !!after && (/^(ان|إن|أن)$/.test(after.norm) || (after.norm.startsWith('ال') && readingIn(ctx, after, ROLES) !== null));
  if (single ? !(foreign && punctAfter) : !(foreign || punctAfter || thatAfter)) return null;
  return nameSpan(ctx, run[0], run[1], 0, 'person', '', SOURCE, 0.6);
}

/**
 * Whether a word can start a name before its role (a Chinese syllable, a foreign-looking word or a
 * given name, after a leading و that is left out): the letters to skip (0 or 1), or -1.
 */
function roleHead(t: Token): number {
  const w = t.norm;
  if (w.charCodeAt(0) === 0x0648) {
    const rest = w.slice(1);
    if (ROLE_NAMES_END(rest) && ROLE_NAMES.has(rest)) return 1;
  }
  return looksForeign(w) || (ROLE_NAMES_END(w) && ROLE_NAMES.has(w)) ? 0 : -1;
}
/** Chinese syllables and given names in one set (roleHead asks about nearly every distinct word). */
const ROLE_NAMES = new Set([...CHINESE_SYLLABLES, ...GIVEN.keys()]);
/** Whether a word can end like a Chinese syllable or a given name (suffixFilter: false = certainly neither). */
const ROLE_NAMES_END = suffixFilter([...CHINESE_SYLLABLES, ...GIVEN.keys()]);
const ROLE_HEAD = wordTestSlot();

/**
 * A foreign-looking name of two to four words right before its role: "تشاو ون تساي المدير العام",
 * "ليانغ يانشون، زعيم الحزب", "لي يان لين المستشار". A leading و is left out of the span.
 */
function beforeRole(ctx: NameCtx, i: number): Span | null {
  const t = tok(ctx, i);
  if (!t || t.type !== 'ar' || ctx.taken[i]) return null;
  const skip = wordTest(ctx, t, ROLE_HEAD, roleHead);
  if (skip < 0) return null;
  const prev = tok(ctx, i - 1);
  if (prev && prev.type === 'ar' && !prev.lineBefore && !t.lineBefore && nameLike(ctx, prev) && !ctx.taken[i - 1]) return null; // not at a name's start
  const head = t.norm.slice(skip);
  if (!nameLike(ctx, t) || readingIn(ctx, t, TITLES) || readingIn(ctx, t, SAYING) || readingIn(ctx, t, HEADS) || readingIn(ctx, t, GENERIC)) return null;
  let last = i;
  while (last < i + 3 && continues(ctx, last + 1, false)) last++;
  if (last === i) return null;
  const a = tok(ctx, last + 1);
  const b = tok(ctx, last + 2);
  const role = (a && a.norm.startsWith('ال') && readingIn(ctx, a, ROLES) !== null) || (isPunct(a, ',') && !!b && readingIn(ctx, b, ROLES) !== null) || (!!a && readingIn(ctx, a, ROLES) !== null && (a.norm === normaliseString('نائب') || a.norm === normaliseString('رئيس')));
  if (!role) return null;
  let chinese = 0;
  for (let k = i; k <= last; k++) if (CHINESE_SYLLABLES.has(k === i ? head : tok(ctx, k)!.norm)) chinese++;
  if (!chinese && !looksForeign(head) && !GIVEN.has(head)) return null;
  return nameSpan(ctx, i, last, skip, 'person', '', SOURCE, 0.55);
}

/**
 * A Chinese name of two or three syllables set off by commas after the role it follows: "قال الخبير
 * في شؤون الفضاء بجامعة بيهانغ، تشن لان، إن …". No common word among them; one syllable of 3+ letters.
 */
const MORE_SYLLABLES = normSet(['لان', 'لانغ', 'هاي', 'كاي', 'شان', 'سان']);
function chineseAppositive(ctx: NameCtx, i: number): Span | null {
  const p = tok(ctx, i - 1);
  if (!p || p.type !== 'punct' || p.norm !== ',') return null;
  const t = tok(ctx, i);
  if (!t || t.type !== 'ar' || t.lineBefore || ctx.taken[i]) return null;
  let last = i - 1;
  let long = false;
  while (last < i + 2) {
    const u = tok(ctx, last + 1);
    // after the first syllable a common spelling may be one (لان Lan): the closing comma rules out the word
    if (!u || u.type !== 'ar' || u.lineBefore || ctx.taken[last + 1] || !(CHINESE_SYLLABLES.has(u.norm) || (last >= i && MORE_SYLLABLES.has(u.norm))) || (last < i && commonAt(ctx, u))) break;
    if (u.norm.length >= 3) long = true;
    last++;
  }
  if (last <= i || !long) return null;
  const a = tok(ctx, last + 1);
  let common = false;
  for (let k = i + 1; k <= last; k++) if (commonAt(ctx, tok(ctx, k)!)) common = true;
  if (!isPunct(a, ',') && !(!common && a && /^(ان|إن|أن)$/.test(a.norm))) return null;
  return nameSpan(ctx, i, last, 0, 'person', '', SOURCE, 0.6);
}

/** "وقال X Y، الباحث …" / "قال X Y إن …": a person after a verb of saying. */
function afterSaying(ctx: NameCtx, i: number): Span | null {
  if (!readingIn(ctx, tok(ctx, i), SAYING)) return null;
  // A known given name right after the verb: its family name may be an everyday word (توقع وائل زيادة أن).
  const g = tok(ctx, i + 1);
  if (g && !g.lineBefore && !ctx.taken[i + 1] && GIVEN.has(g.norm)) {
    const u = tok(ctx, i + 2);
    const a = tok(ctx, i + 3);
    const closes = !a || a.lineBefore || isPunct(a, ',.:;') || /^(ان|إن|أن)$/.test(a.norm);
    if (u && u.type === 'ar' && !u.lineBefore && !ctx.taken[i + 2] && !FUNCTION_WORDS.has(u.norm) && !definiteAt(ctx, u) && !nisbaAt(ctx, u) && u.norm.length >= 3 && closes) {
      return nameSpan(ctx, i + 1, i + 2, 0, 'person', '', SOURCE, 0.55);
    }
  }
  // A given name and one or two definite family names, then a comma and a role (قالت أمل الفلاح السغروشني، الوزيرة …).
  if (g && !g.lineBefore && !ctx.taken[i + 1] && GIVEN.has(g.norm)) {
    let e = i + 1;
    while (e < i + 3 && definiteAt(ctx, tok(ctx, e + 1)) && definiteSurname(ctx, e + 1)) e++;
    const c = tok(ctx, e + 1);
    const d = tok(ctx, e + 2);
    if (e > i + 1 && isPunct(c, ',') && d && readingIn(ctx, d, ROLES) !== null) return nameSpan(ctx, i + 1, e, 0, 'person', '', SOURCE, 0.6);
  }
  const run = nameRun(ctx, i + 1, 3);
  if (!run) return null;
  const a = tok(ctx, run[1] + 1);
  const b = tok(ctx, run[1] + 2);
  const roleNext = run[1] > run[0] && readingIn(ctx, a, ROLES) !== null && !!a && a.norm.startsWith('ال'); // "وقال ينسن هوانج الرئيس التنفيذي"
  const ok = (isPunct(a, ',') && b && (readingIn(ctx, b, ROLES) !== null)) || (a && /^(ان|إن|أن)$/.test(a.norm)) || isPunct(a, ':') || roleNext;
  if (!ok) return null;
  if (run[0] === run[1] && !isPunct(a, ',')) return null; // one unknown word before إن is too weak
  return nameSpan(ctx, run[0], run[1], 0, 'person', '', SOURCE, 0.6);
}

const BYLINE = cueSet(['كتب', 'كتبت', 'بقلم', 'إعداد', 'تقرير', 'متابعة']);
/** Month names (Gregorian and Levantine) that follow the day in a dateline. */
const MONTHS = normSet(['يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'يونيه', 'يوليه', 'غشت', 'شتنبر', 'نونبر', 'دجنبر']);

/**
 * A dateline: the first word of a line, then (a comma and) a day and a month, is the place the
 * report is filed from: "ونتشانغ، 3 ديسمبر 2025 (…)", "هايكو 5 مايو (شينخوا)". One word in no list.
 */
function dateline(ctx: NameCtx, i: number): Span | null {
  const t = tok(ctx, i);
  if (!t || t.type !== 'ar' || (i > 0 && !t.lineBefore) || ctx.taken[i] || !nameLike(ctx, t) || t.norm.length < 3 || commonAt(ctx, t) || GIVEN.has(t.norm)) return null;
  // A word in no list must look transliterated (ونتشانغ), not Arabic (تحديث، 3 يونيو is a page's "updated").
  if (FUNCTION_WORDS.has(t.norm) || PARTICLES.has(t.norm) || !looksForeign(t.norm)) return null;
  let k = i + 1;
  const comma = isPunct(tok(ctx, k), ',');
  if (comma) k++;
  const day = tok(ctx, k);
  const month = tok(ctx, k + 1);
  if (!day || day.type !== 'num' || day.lineBefore || !/^\d{1,2}$/.test(day.norm) || !month || month.type !== 'ar' || !MONTHS.has(month.norm)) return null;
  // Without the comma, the agency's name in brackets must follow the date: "بكين 3 ديسمبر (شينخوا)".
  if (!comma) {
    let p = k + 2;
    while (p < k + 4 && tok(ctx, p)?.type === 'num' && !tok(ctx, p)!.lineBefore) p++;
    if (!isPunct(tok(ctx, p), '(') || tok(ctx, p)!.lineBefore) return null;
  }
  return nameSpan(ctx, i, i, 0, 'place', '', SOURCE, 0.65);
}
/**
 * A byline at the start of a line: "الرياض: ريم الشهري", "كتبت: نادية الشرقاوي", "كتب محمد عبد الحليم".
 * Two to four words, then the end of the line or punctuation.
 */
function byline(ctx: NameCtx, i: number, extra: Span[]): Span | null {
  const t = tok(ctx, i);
  if (!t || (i > 0 && !t.lineBefore)) return null;
  let k: number;
  // Anadolu's byline "أنقرة/ أمره أوزدمير/ الأناضول": place, reporter, outlet, split by slashes.
  if (ctx.kindAt[i] === 'place' && isPunct(tok(ctx, i + 1), '/')) {
    let e = i + 2;
    while (e < i + 6 && tok(ctx, e)?.type === 'ar' && !tok(ctx, e)!.lineBefore && !ctx.taken[e] && !FUNCTION_WORDS.has(tok(ctx, e)!.norm)) e++;
    if (e - (i + 2) < 2 || !isPunct(tok(ctx, e), '/') || tok(ctx, e)!.lineBefore) return null;
    const o = tok(ctx, e + 1);
    const after = tok(ctx, e + 2);
    if (!o || o.type !== 'ar' || o.lineBefore || (after && !after.lineBefore)) return null;
    if (!ctx.taken[e + 1]) extra.push(nameSpan(ctx, e + 1, e + 1, 0, 'organization', OUTLET_EN.get(o.norm) ?? '', SOURCE, 0.6));
    return nameSpan(ctx, i + 2, e - 1, 0, 'person', '', SOURCE, 0.6);
  }
  // "بغداد - العربية", "كوالالمبور - الشرق": one word after the dash, alone on the line, is the outlet.
  if (ctx.kindAt[i] === 'place' && isPunct(tok(ctx, i + 1), '-–—')) {
    const o = tok(ctx, i + 2);
    const after = tok(ctx, i + 3);
    if (o && o.type === 'ar' && !o.lineBefore && !ctx.taken[i + 2] && o.norm.length >= 4 && (!after || after.lineBefore) && !GIVEN.has(o.norm)) {
      return nameSpan(ctx, i + 2, i + 2, 0, 'organization', OUTLET_EN.get(o.norm) ?? '', SOURCE, 0.6);
    }
    return null;
  }
  if (ctx.kindAt[i] === 'place' && isPunct(tok(ctx, i + 1), ':')) k = i + 2;
  else if (t.type === 'ar' && BYLINE.has(t.norm)) k = isPunct(tok(ctx, i + 1), ':') ? i + 2 : i + 1;
  else return null;
  let last = k - 1;
  while (last < k + 3) {
    const u = tok(ctx, last + 1);
    if (!u || u.type !== 'ar' || u.lineBefore || ctx.taken[last + 1] || FUNCTION_WORDS.has(u.norm) || (nisbaAt(ctx, u) && last < k) || readingIn(ctx, u, SAYING)) break;
    if (commonAt(ctx, u) && !GIVEN.has(u.norm) && !COMPOUND.has(u.norm)) break;
    const known = GIVEN.has(u.norm) || COMPOUND.has(u.norm) || NASAB.has(u.norm) || (last >= k && COMPOUND.has(tok(ctx, last)!.norm));
    // The first word is a given name or name-like (not definite); no feminine or accusative endings.
    if (!known && (last < k ? !nameLike(ctx, u) : (/(يه|ا)$/.test(u.norm) || (u.norm.startsWith('ال') && !definiteSurname(ctx, last + 1) && !nisbaAt(ctx, u))))) break;
    last++;
  }
  if (last - k < 1) return null;
  const end = tok(ctx, last + 1);
  if (end && !end.lineBefore && !isPunct(end, ',.;:()-"')) return null;
  return nameSpan(ctx, k, last, 0, 'person', '', SOURCE, 0.55);
}

/** A Latin-script word after وفقا لـ / بحسب / نقلا عن is a source: an organisation. */
function latinSource(ctx: NameCtx, i: number): Span | null {
  const t = tok(ctx, i);
  if (!t || t.type !== 'lat' || ctx.taken[i]) return null;
  let p = i - 1;
  while (p >= 0 && tok(ctx, p)!.type === 'punct' && p > i - 3) p--;
  const prev = tok(ctx, p);
  if (!prev || prev.type !== 'ar') return null;
  let cue = readingIn(ctx, prev, SOURCES) !== null || /^ل$/.test(prev.norm);
  if (/^ل$|^ول$/.test(prev.norm)) cue = readingIn(ctx, tok(ctx, p - 1), SOURCES) !== null;
  if (!cue) return null;
  let b = i;
  while (tok(ctx, b + 1)?.type === 'lat' && !tok(ctx, b + 1)!.lineBefore) b++;
  const text = ctx.doc.original.slice(t.start, tok(ctx, b)!.end);
  return nameSpan(ctx, i, b, 0, 'organization', text, SOURCE, 0.65);
}

/** An unknown word that may name a place after a place head: not an adjective (صناعية, نفطي) unless foreign-looking. */
function placeWord(ctx: NameCtx, k: number): boolean {
  const u = tok(ctx, k);
  if (!u || u.type !== 'ar' || u.lineBefore || ctx.taken[k] || !nameLike(ctx, u) || u.norm.length < 3) return false;
  if (readingIn(ctx, u, TITLES) || readingIn(ctx, u, SAYING) || readingIn(ctx, u, HEADS) || readingIn(ctx, u, GENERIC) || readingIn(ctx, u, PLACE_HEAD) || GIVEN_SET.has(u.norm)) return false;
  return looksForeign(u.norm) || !/[هي]$/.test(u.norm);
}

/**
 * A place head, then an unknown name of one or two words: حقل تنغيز, ميناء نانشا, بولاية قدح,
 * منطقة باتو كاوان. The name ends at punctuation, a function word, a definite word or the line's end,
 * so that "مدينة كبيرة" or "حقل غاز" (common words) and "مدينة أنشأتها" (a verb) stay unmarked.
 */
function placeAfterHead(ctx: NameCtx, i: number): Span | null {
  const r = readingIn(ctx, tok(ctx, i), PLACE_HEAD);
  if (!r || ctx.taken[i]) return null;
  const zone = zoneName(ctx, i, r);
  if (zone) return zone;
  if (!placeWord(ctx, i + 1)) return null;
  let last = i + 1;
  const second = tok(ctx, i + 2);
  if (second && placeWord(ctx, i + 2) && (looksForeign(second.norm) || isEnglishWord(second.norm))) last = i + 2;
  const b = tok(ctx, last + 1);
  const boundary = !b || b.lineBefore || b.type !== 'ar' || FUNCTION_WORDS.has(b.norm) || definiteAt(ctx, b) || b.norm.startsWith('و') || DIRECTIONS.has(b.norm)
    || readingIn(ctx, b, SAYING) !== null || readingIn(ctx, b, PLACE_HEAD) !== null || commonAt(ctx, b);
  if (!boundary) return null;
  return nameSpan(ctx, i + 1, last, 0, 'place', '', SOURCE, 0.7);
}

/**
 * An economic or technology zone or an industrial park keeps its head and kind word: منطقة دونغهو
 * للتكنولوجيا الفائقة → Donghu High-Tech Zone, منطقة خليفة الاقتصادية → Khalifa Economic Zone, مجمع
 * موروالي الصناعي → Morowali Industrial Park. The name is one or two free name-like words (a given
 * name too: خليفة), then the kind words.
 */
function zoneName(ctx: NameCtx, i: number, r: { skip: number; stem: string }): Span | null {
  const kindEn = ZONE_HEAD.get(r.stem);
  if (!kindEn) return null;
  const nameWord = (k: number) => { const u = tok(ctx, k); return !!u && u.type === 'ar' && !u.lineBefore && !ctx.taken[k] && nameLike(ctx, u) && !commonAt(ctx, u) && !definiteAt(ctx, u) && !/^(ل|لل)/.test(u.norm); };
  if (!nameWord(i + 1)) return null;
  for (const last of nameWord(i + 2) ? [i + 2, i + 1] : [i + 1]) {
    for (const [words, en] of ZONE_KINDS) {
      // "منطقة باتو كاوان الصناعية" is the industrial area of Batu Kawan; a park (مجمع … الصناعي) is named so
      if (en === 'Industrial' && kindEn === 'Zone') continue;
      let k = 0;
      while (k < words.length && tok(ctx, last + 1 + k)?.norm === words[k] && !tok(ctx, last + 1 + k)!.lineBefore && !ctx.taken[last + 1 + k]) k++;
      if (k < words.length) continue;
      const name = transliterate(ctx.doc.original.slice(tok(ctx, i + 1)!.start, tok(ctx, last)!.end));
      return nameSpan(ctx, i, last + words.length, r.skip, 'place', `${name} ${en} ${kindEn}`, SOURCE, 0.7);
    }
  }
  return null;
}
/** Heads of zones and parks, with their English (the head word belongs to the name; not مدينة: "مدينة كوليم الصناعية" is Kulim). */
const ZONE_HEAD = new Map([['منطقة', 'Zone'], ['مجمع', 'Park']].map(([a, e]) => [normaliseString(a!), e!]));
/** What kind of zone the words after its name make it. */
const ZONE_KINDS: [string[], string][] = ([
  ['للتكنولوجيا الفائقة', 'High-Tech'], ['للتكنولوجيا المتقدمة', 'High-Tech'], ['للتقنية العالية', 'High-Tech'], ['للتقنيات المتقدمة', 'High-Tech'],
  ['للتنمية الاقتصادية والتكنولوجية', 'Economic and Technological Development'], ['الاقتصادية الخاصة', 'Special Economic'],
  ['الاقتصادية', 'Economic'], ['الصناعية', 'Industrial'], ['الصناعي', 'Industrial'], ['الحرة', 'Free'], ['اللوجستية', 'Logistics'],
] as [string, string][]).map(([a, e]) => [a.split(' ').map(normaliseString), e]);

const AIRPORT = cueSet(['مطار']);
const INTERNATIONAL = normSet(['الدولي']);
/**
 * An airport named by its head and الدولي: مطار آل مكتوم الدولي → Al Maktoum International Airport
 * (one to three name words between, none taken, no function word or punctuation).
 */
function airport(ctx: NameCtx, i: number): Span | null {
  const r = readingIn(ctx, tok(ctx, i), AIRPORT);
  if (!r || ctx.taken[i]) return null;
  for (let k = i + 2; k <= i + 4; k++) {
    const u = tok(ctx, k);
    if (!u || u.lineBefore || u.type !== 'ar') return null;
    if (INTERNATIONAL.has(u.norm)) {
      if (!free(ctx, i + 1, k)) return null;
      const core = transliterate(ctx.doc.original.slice(tok(ctx, i + 1)!.start, tok(ctx, k - 1)!.end));
      return nameSpan(ctx, i, k, r.skip, 'place', `${core} International Airport`, SOURCE, 0.7);
    }
    if (FUNCTION_WORDS.has(u.norm) || commonAt(ctx, u) || isPunct(u, ',.;:')) return null;
  }
  return null;
}

/** Turkish family names written in two words: X أوغلو (-oğlu) and قره X (Kara-). */
const OGLU = normaliseString('أوغلو');
const KARA = normaliseString('قره');
/** Given names as Turkish spells them, inside a name that is Turkish by its family name. */
const TURKISH_GIVEN = new Map([['محمد', 'Mehmet'], ['أحمد', 'Ahmet'], ['مصطفى', 'Mustafa'], ['عثمان', 'Osman'], ['إبراهيم', 'Ibrahim']].map(([a, e]) => [normaliseString(a!), e!]));

/** A word that may stand in a Turkish name before the family name: name-like, free, no cue or common word. */
function turkishNameWord(ctx: NameCtx, k: number): boolean {
  const u = tok(ctx, k);
  return !!u && u.type === 'ar' && !ctx.taken[k] && nameLike(ctx, u) && !commonAt(ctx, u) && !definiteAt(ctx, u) && !FUNCTION_WORDS.has(u.norm)
    && !readingIn(ctx, u, PLACE_HEAD) && !readingIn(ctx, u, TITLES) && !readingIn(ctx, u, SAYING) && !readingIn(ctx, u, HEADS) && !readingIn(ctx, u, GENERIC);
}

/**
 * Turkish names whose family name is two words: "أوغوز قاضي أوغلو" (Oguz Qadioglu), "محمد غوركان قره
 * قاش" (Mehmet Gurkan Karaqash). The family name and up to two name words before it, on one line.
 */
function turkishNames(ctx: NameCtx): Span[] {
  const out: Span[] = [];
  // Most texts hold neither word: look them up among the distinct words first (no pass over the tokens).
  const { ids, words } = wordIndex(ctx.doc);
  const oglu = words.indexOf(OGLU);
  const kara = words.indexOf(KARA);
  if (oglu < 0 && kara < 0) return out;
  const toks = ctx.doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (ids[i] !== oglu && ids[i] !== kara) continue;
    const t = toks[i]!;
    let famFirst: number, famLast: number, family: string;
    if (t.norm === OGLU && !t.lineBefore && turkishNameWord(ctx, i - 1)) {
      famFirst = i - 1; famLast = i;
      family = transliterate(toks[i - 1]!.norm) + 'oglu';
    } else if (t.norm === KARA && i + 1 < toks.length && !toks[i + 1]!.lineBefore && turkishNameWord(ctx, i + 1) && turkishNameWord(ctx, i - 1)) {
      famFirst = i; famLast = i + 1;
      family = 'Kara' + transliterate(toks[i + 1]!.norm).toLowerCase();
    } else continue;
    if (ctx.taken[famLast] || toks[famFirst]!.lineBefore) continue;
    let first = famFirst;
    while (first > famFirst - 2 && first - 1 >= 0 && !toks[first]!.lineBefore && turkishNameWord(ctx, first - 1)) first--;
    const given = [];
    for (let k = first; k < famFirst; k++) given.push(TURKISH_GIVEN.get(toks[k]!.norm) ?? transliterate(toks[k]!.norm));
    out.push(nameSpan(ctx, first, famLast, 0, 'person', [...given, family].join(' '), SOURCE, 0.65));
    i = famLast;
  }
  return out;
}

/** The cue sets a rule can start at (the rule's first test is a reading in one of them). */
const START_SETS = [DEF_HEADS, HEADS, GENERIC, PRODUCT, GIVEN_SET, TITLES, SAYING, PLACE_HEAD, ALLAH_FIRST, AIRPORT];
const START_BITS = START_SETS.reduce((m, set) => m | set.bit, 0);
/** Sets whose words start only the place, airport and الله-name rules (the rest of the chain skips them). */
const PLACE_START_BITS = PLACE_HEAD.bit | AIRPORT.bit | ALLAH_FIRST.bit;
const OLD_START_BITS = START_BITS & ~PLACE_START_BITS;
const CAN_SKIP = START_SETS.every((set) => set.bit !== 0);

/** "Its seat" (ومقرها هايدلبرغ): the transliterated word after it is a town. */
const SEAT = normSet(['مقرها', 'ومقرها', 'مقره', 'ومقره']);
/** Nationality adjectives (feminine, definite: the agreement of a town's name): في بولونيا الإيطالية. */
const TOWN_ADJ = new Set(NISBA_EN.keys());
/** SEAT and TOWN_ADJ in one set: townCues tests every distinct word of a document against both. */
const SEAT_OR_TOWN = new Set([...SEAT, ...TOWN_ADJ]);
/** Whether a word can end like one of SEAT_OR_TOWN (false = certainly none): most words skip the look-up. */
const SEAT_OR_TOWN_END = suffixFilter(SEAT_OR_TOWN);
const IN_WORDS = normSet(['في', 'وفي', 'بين']);

/**
 * Towns named by their setting: a transliterated word after "its seat" (ومقرها هايدلبرغ), or after
 * في and before a nationality adjective (في ميونيخ الألمانية, في بولونيا الإيطالية وكاياني الفنلندية).
 * The trigger words are looked up among the text's distinct words first.
 */
function townCues(ctx: NameCtx): Span[] {
  const out: Span[] = [];
  const { ids, words } = wordIndex(ctx.doc);
  const want = new Uint8Array(words.length);
  let any = false;
  for (let id = 0; id < words.length; id++) if (SEAT_OR_TOWN_END(words[id]!) && SEAT_OR_TOWN.has(words[id]!)) { want[id] = 1; any = true; }
  if (!any) return out;
  const toks = ctx.doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (!want[ids[i]!]) continue;
    const t = toks[i]!;
    if (SEAT.has(t.norm)) {
      const u = tok(ctx, i + 1);
      if (u && u.type === 'ar' && !u.lineBefore && !ctx.taken[i + 1] && nameLike(ctx, u) && looksForeign(u.norm) && !isPunct(tok(ctx, i + 2), '"')) out.push(nameSpan(ctx, i + 1, i + 1, 0, 'place', '', SOURCE, 0.6));
      continue;
    }
    const u = tok(ctx, i - 1);
    if (!u || u.type !== 'ar' || t.lineBefore || u.lineBefore || ctx.taken[i - 1]) continue;
    const p = tok(ctx, i - 2);
    const skip = u.norm.startsWith('و') && !!p && TOWN_ADJ.has(p.norm) ? 1 : 0;
    const rest = u.norm.slice(skip);
    if (rest.startsWith('ال') || !looksForeign(rest) || commonAt(ctx, u)) continue;
    if (!(skip || (p && p.type === 'ar' && IN_WORDS.has(p.norm)))) continue;
    out.push(nameSpan(ctx, i - 1, i - 1, skip, 'place', '', SOURCE, 0.6));
  }
  return out;
}

/** All rule spans, left to right; tokens already in a name are not re-marked. */
/** What can start at a word inside a line (ruleSpans): computed once per distinct word of the document. */
const SKIP_WORD = 1, PLACE_START = 2, NAME_START = 3, ANY_START = 4;
function startClass(ctx: NameCtx, t: Token): number {
  const bits = cueBits(ctx, t);
  if (bits & OLD_START_BITS) return ANY_START;
  // not a possible name start (beforeRole): only a place head, مطار or the first word of a name on الله
  if (wordTest(ctx, t, ROLE_HEAD, roleHead) < 0) return bits & PLACE_START_BITS ? PLACE_START : SKIP_WORD;
  // A possible name start in no start set (most of these words: a foreign-looking one): every rule
  // before beforeRole starts with a reading in a start set, so only the two rules that start at a
  // name word can fire.
  return bits & PLACE_START_BITS ? ANY_START : NAME_START;
}

export function ruleSpans(ctx: NameCtx): Span[] {
  const out: Span[] = turkishNames(ctx);
  const toks = ctx.doc.tokens;
  const n = toks.length;
  // startClass per word id (0 = not computed yet): one byte read per token instead of two word tests
  const classes = new Uint8Array(ctx.cueMask.length);
  for (let i = 0; i < n; i++) {
    // Every rule but the byline starts at a cue word, a possible name start (beforeRole) or a Latin
    // word: other tokens inside a line are skipped on a cached per-word class.
    const t = toks[i]!;
    if (CAN_SKIP && i > 0 && !t.lineBefore && t.type !== 'lat') {
      if (t.type !== 'ar') continue;
      const id = ctx.wordId[i]!;
      let c = classes[id]!;
      if (!c) classes[id] = c = startClass(ctx, t);
      if (c === SKIP_WORD) continue;
      if (c === PLACE_START) {
        const p = airport(ctx, i) ?? placeAfterHead(ctx, i) ?? (cueBits(ctx, t) & ALLAH_FIRST.bit ? givenName(ctx, i) : null);
        if (p) out.push(p);
        continue;
      }
      if (c === NAME_START) {
        const p = beforeRole(ctx, i) ?? chineseAppositive(ctx, i);
        if (p) out.push(p);
        continue;
      }
    }
    const s = (i === 0 || t.lineBefore ? byline(ctx, i, out) ?? dateline(ctx, i) : null) ?? headedOrg(ctx, i) ?? airport(ctx, i) ?? placeAfterHead(ctx, i) ?? afterGenericHead(ctx, i) ?? givenName(ctx, i) ?? afterTitle(ctx, i, out) ?? afterSaying(ctx, i) ?? beforeRole(ctx, i) ?? chineseAppositive(ctx, i) ?? latinSource(ctx, i);
    if (s) out.push(s);
  }
  out.push(...townCues(ctx));
  return out.sort((a, b) => a.start - b.start);
}
