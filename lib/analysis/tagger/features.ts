/**
 * Features of the name tagger (issue 6): what the linear model sees of each token.
 *
 * Every feature is a string "template=value" hashed with 32-bit FNV-1a; the model keys its weight
 * rows by that hash, so no feature dictionary ships. The hash is computed incrementally (template
 * prefix, then each value part) so tagging allocates no feature strings; `featureStrings` builds the
 * same features as readable strings for tests and debugging, and `hashString(s)` of each equals the
 * incremental hash (tests/unit/tagger/features.test.ts).
 *
 * Templates suit Arabic news text: the normalised word, the word without proclitics and article
 * (والسعودية → سعوديه), prefixes/suffixes 1–4 of the word and 2–3 of the stem, character 3-grams of
 * the stem, the word's shape (script, length, Latin case, digits), the words ±2 and stems ±1, word
 * bigrams, and cue-word classes of the words before and after (قال, الرئيس, شركة, مدينة …).
 * Bump FEATURE_VERSION whenever a template changes: the shipped model records the version it was
 * trained with and refuses to load against other features.
 */

import { normaliseString } from '../normalize';
import { stemOf } from './stem';
import { gazClasses, isNisbaWord } from './gazetteer-features';

export { stemOf };

export const FEATURE_VERSION = 1;

/** What the features read of a token: the analysis core's Token has both fields. */
export interface TokenLike {
  norm: string;
  type: 'ar' | 'lat' | 'num' | 'punct';
}

// ---------------------------------------------------------------------------------------------
// Hashing

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continue an FNV-1a hash over the UTF-16 code units of s. */
export function fnvAdd(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** 32-bit FNV-1a hash of a whole feature string (unsigned). */
export const hashString = (s: string): number => fnvAdd(FNV_OFFSET, s) >>> 0;

const BAR = 0x7c; // '|' joins the parts of a multi-part value

// ---------------------------------------------------------------------------------------------
// Cue words (normalised, after stripping proclitics and the article: وقال → قال, الرئيس → رئيس)

/** Words that announce a person's name after them. */
const PERSON_CUES = [
  'قال', 'قالت', 'اعلن', 'اعلنت', 'اكد', 'اكدت', 'اضاف', 'اضافت', 'اوضح', 'صرح', 'ذكر', 'اشار', 'اعتبر', 'راي', 'يقول', 'تقول',
  'رئيس', 'رئيسه', 'وزير', 'وزيره', 'سيد', 'سيده', 'شيخ', 'ملك', 'امير', 'اميره', 'زعيم', 'دكتور', 'د', 'نائب', 'سفير', 'مستشار',
  'متحدث', 'مدير', 'مديره', 'امين', 'عام', 'حاكم', 'قائد', 'لاعب', 'مدرب', 'كاتب', 'كاتبه', 'روائي', 'شاعر', 'فنان', 'فنانه',
  'مطرب', 'مطربه', 'مخرج', 'ممثل', 'ممثله', 'رئيسي', 'مؤسس', 'موسس', 'بابا', 'اسقف', 'امام', 'عاهل', 'ولي', 'عهد', 'جنرال',
  'وزيري', 'مراسل', 'محلل', 'خبير', 'استاذ', 'بروفيسور', 'مهندس', 'قاضي', 'محامي', 'نجم', 'بطل', 'رئيسا', 'الرئيس',
];
/** Head nouns that start an organization's name. */
const ORG_CUES = [
  'شركه', 'شركات', 'منظمه', 'حزب', 'جامعه', 'وكاله', 'مجموعه', 'بنك', 'مصرف', 'صحيفه', 'مجله', 'مجلس', 'اتحاد', 'حركه',
  'جمعيه', 'هيئه', 'مؤسسه', 'موسسه', 'معهد', 'مركز', 'نادي', 'فريق', 'منتخب', 'صندوق', 'برلمان', 'محكمه', 'وزاره', 'قناه',
  'اذاعه', 'تلفزيون', 'جبهه', 'جيش', 'قوات', 'رابطه', 'نقابه', 'لجنه', 'مكتب', 'اكاديميه', 'كليه', 'مستشفي', 'بورصه', 'سوق',
];
/** Words that announce a place after them. */
const PLACE_CUES = [
  'مدينه', 'عاصمه', 'ولايه', 'منطقه', 'اقليم', 'جزيره', 'جزر', 'بلاد', 'دوله', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'محافظه',
  'قريه', 'بلده', 'نهر', 'بحر', 'خليج', 'جبل', 'جبال', 'صحراء', 'مطار', 'ميناء', 'حي', 'شارع', 'ساحل', 'قطاع', 'اراضي', 'حدود',
  'في', 'الي', 'من', 'داخل', 'عبر', 'انحاء', 'زار', 'زياره', 'وصل', 'غادر', 'سفاره', 'مقاطعه', 'اماره', 'مملكه', 'جمهوريه',
];
/** Words that end a name span: verbs of saying and linking words are never inside names. */
const STOP_CUES = ['ان', 'انه', 'الذي', 'التي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'كانت', 'قد', 'لقد', 'لم', 'لن', 'ما', 'لا', 'و', 'او', 'ثم', 'حيث', 'عن', 'علي', 'مع'];

const CUE_CLASS = new Map<string, string>();
for (const w of STOP_CUES) CUE_CLASS.set(normaliseString(w), 'stop');
for (const w of PLACE_CUES) CUE_CLASS.set(normaliseString(w), 'loc');
for (const w of ORG_CUES) CUE_CLASS.set(normaliseString(w), 'org');
for (const w of PERSON_CUES) CUE_CLASS.set(normaliseString(w), 'per');

// ---------------------------------------------------------------------------------------------
// Per-token views, computed once per token

const CLITIC_RE = /^[وفبلك]/;

/** Coarse shape: Latin case pattern, digit count, or script and length bucket. */
export function shapeOf(t: TokenLike, w: string): string {
  if (t.type === 'num') return 'num' + Math.min(w.replace(/[^0-9]/g, '').length, 5);
  if (t.type === 'punct') return 'p' + w;
  if (t.type === 'lat') {
    return w
      .replace(/[A-Z\u00C0-\u00DE]/g, 'X')
      .replace(/[a-z\u00DF-\u024F]/g, 'x')
      .replace(/[0-9]/g, 'd')
      .replace(/(.)\1+/g, '$1$1');
  }
  return 'ar' + Math.min(w.length, 9);
}

/** What is worked out once per word and kept with its cached view (every field set at creation: one object shape). */
interface WordCache {
  /** Hashes of this word's parts of its neighbours' context features. */
  c: CtxHashes | undefined;
  /** The word-only OOV test last applied, and the view it gave (null: the word is known). */
  oovFn: OovTest | undefined;
  oovView: View | null | undefined;
  /** The word's row in `owner`'s score table (a model's: TaggerModel), -1 if none. */
  owner: object | undefined;
  id: number;
}

const newCache = (): WordCache => ({ c: undefined, oovFn: undefined, oovView: undefined, owner: undefined, id: -1 });

interface View {
  /** Normalised word; Latin lower-cased, digits mapped to 0. */
  w: string;
  stem: string;
  shape: string;
  cue: string;
  type: TokenLike['type'];
  /** Word unknown to the model (no weights for `w=` of it). */
  oov: boolean;
  /** Classes from the analysis core's lists (gazetteer-features.ts). */
  gz: readonly string[];
  nisba: boolean;
  /** Per-word caches filled on first use, shared by the word's OOV copy (see WordCache). */
  hc: WordCache;
}

function view(t: TokenLike): View {
  let w = t.norm;
  if (t.type === 'lat') w = w.toLowerCase();
  else if (t.type === 'num') w = w.replace(/[0-9]/g, '0');
  const stem = t.type === 'ar' ? stemOf(w) : w;
  const cue =
    t.type === 'ar'
      ? CUE_CLASS.get(stem) ?? CUE_CLASS.get(w) ?? (/^[وف]../.test(w) ? CUE_CLASS.get(w.slice(1)) : undefined) ?? ''
      : t.type === 'punct'
        ? 'punct'
        : '';
  const words = t.type === 'ar' || t.type === 'lat';
  return { w, stem, shape: shapeOf(t, t.norm), cue, type: t.type, oov: false, gz: words ? gazClasses(w) : [], nisba: t.type === 'ar' && isNisbaWord(w), hc: newCache() };
}

/** The key of a token's word as the `w=` feature sees it (Latin lower-cased, digits as 0). */
export const wordOf = (t: TokenLike): string => view(t).w;
/** Hash of the `w=` feature of a word: a model without this row has never seen the word. */
export const wordHash = (w: string): number => hashString('w=' + w);

const PAD: View = { w: '<s>', stem: '<s>', shape: '<s>', cue: 'pad', type: 'punct', oov: false, gz: [], nisba: false, hc: newCache() };
const END: View = { w: '</s>', stem: '</s>', shape: '</s>', cue: 'pad', type: 'punct', oov: false, gz: [], nisba: false, hc: newCache() };

// ---------------------------------------------------------------------------------------------
// Templates, written once against an abstract sink (strings for tests, hashes for the model)

const PREFIX_T = ['', 'p1', 'p2', 'p3', 'p4'];
const SUFFIX_T = ['', 'x1', 'x2', 'x3', 'x4'];
const SPREFIX_T = ['', '', 'sp2', 'sp3'];
const SSUFFIX_T = ['', '', 'sx2', 'sx3'];

interface Sink {
  /** One feature: template name and one or two value parts (joined by "|"). */
  add(tmpl: string, a: string, b?: string): void;
  /** One feature whose value is s[from, to) (no substring allocated when hashing). */
  slice(tmpl: string, s: string, from: number, to: number): void;
}

function extract(vs: View[], i: number, sink: Sink): void {
  extractWord(vs[i]!, sink);
  extractContext(vs, i, sink);
}

/** Features of the word alone (cached per word at run time: see TaggerModel.emissions). */
function extractWord(v: View, sink: Sink): void {
  const w = v.w;
  sink.add('b', '');
  if (v.oov) {
    // An unknown word: what the model learnt of words outside its vocabulary (in training, words
    // absent from the other folds), instead of weights it cannot have for this word.
    sink.add('oov', v.type);
    sink.add('oovsh', v.shape);
  } else {
    sink.add('w', w);
    sink.add('s', v.stem);
  }
  sink.add('sh', v.shape);
  if (v.cue) sink.add('cue', v.cue);
  for (const c of v.gz) sink.add('gz', c);
  if (v.nisba) sink.add('nis', '1');
  const wl = w.length;
  for (let k = 1; k <= 4 && k < wl; k++) {
    sink.slice(PREFIX_T[k]!, w, 0, k);
    sink.slice(SUFFIX_T[k]!, w, wl - k, wl);
  }
  if (v.type === 'ar' || v.type === 'lat') {
    const s = v.stem;
    const sl = s.length;
    if (s !== w) {
      for (let k = 2; k <= 3 && k < sl; k++) {
        sink.slice(SPREFIX_T[k]!, s, 0, k);
        sink.slice(SSUFFIX_T[k]!, s, sl - k, sl);
      }
    }
    // Character 3-grams of the stem with word boundaries: foreign names share letter runs
    // (…سكي, …وف, …ز) that no dictionary lists.
    const b = '^' + s + '$';
    for (let k = 0; k + 3 <= b.length; k++) sink.slice('g3', b, k, k + 3);
    if (!v.oov && CLITIC_RE.test(w) && wl >= 4 && s === w) sink.add('c1', w.slice(1));
  }
}

/** Features of the word in its sentence: neighbours ±2, their cues, classes and shapes. */
function extractContext(vs: View[], i: number, sink: Sink): void {
  const v = vs[i]!;
  const p1 = vs[i - 1] ?? PAD;
  const p2 = vs[i - 2] ?? PAD;
  const n1 = vs[i + 1] ?? END;
  const n2 = vs[i + 2] ?? END;
  const w = v.w;
  if (v.oov) {
    sink.add('oovcue-1', p1.cue);
    sink.add('oovw-1', p1.w);
    sink.add('oovw+1', n1.w);
  }
  sink.add('oov-1', p1.oov ? '1' : '0');
  sink.add('oov+1', n1.oov ? '1' : '0');
  for (const c of p1.gz) sink.add('gz-1', c);
  for (const c of n1.gz) sink.add('gz+1', c);
  if (p1.nisba) sink.add('nis-1', '1');
  if (n1.nisba) sink.add('nis+1', '1');
  sink.add('w-1', p1.w);
  sink.add('w-2', p2.w);
  sink.add('w+1', n1.w);
  sink.add('w+2', n2.w);
  sink.add('s-1', p1.stem);
  sink.add('s+1', n1.stem);
  if (!v.oov) {
    sink.add('w-1w', p1.w, w);
    sink.add('ww+1', w, n1.w);
    sink.add('s-1s', p1.stem, v.stem);
    sink.add('cue-1s', p1.cue, v.stem);
  }
  sink.add('sh-1sh', p1.shape, v.shape);
  sink.add('shsh+1', v.shape, n1.shape);
  sink.add('cue-1', p1.cue);
  sink.add('cue-2', p2.cue);
  sink.add('cue+1', n1.cue);
  sink.slice('x2-1', p1.w, Math.max(0, p1.w.length - 2), p1.w.length);
  sink.slice('x2+1', n1.w, Math.max(0, n1.w.length - 2), n1.w.length);
}

/** Is token i's word unknown? (Run time: the model has no `w=` row; training: absent from the other folds.) */
export type OovTest = (i: number, w: string) => boolean;

// Views of recent words: news text repeats its words, and a view costs a few regular expressions.
// One map per token type, keyed by the normalised form (no key string built per token).
const VIEW_CACHE: Record<TokenLike['type'], Map<string, View>> = { ar: new Map(), lat: new Map(), num: new Map(), punct: new Map() };
let viewCount = 0;
const AR_VIEWS = VIEW_CACHE.ar;
function cachedView(t: TokenLike): View {
  const m = t.type === 'ar' ? AR_VIEWS : VIEW_CACHE[t.type];
  let v = m.get(t.norm);
  if (!v) {
    if (viewCount >= 50_000) {
      for (const x of Object.values(VIEW_CACHE)) x.clear();
      viewCount = 0;
    }
    v = view(t);
    m.set(t.norm, v);
    viewCount++;
  }
  return v;
}

function views(tokens: readonly TokenLike[], oov?: OovTest, byWord = false): View[] {
  const out = new Array<View>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const v = cachedView(tokens[i]!);
    if (!oov || v.type === 'punct') out[i] = v;
    else if (!byWord) out[i] = oov(i, v.w) ? { ...v, oov: true } : v;
    else {
      // A test that reads only the word (a model's vocabulary): decided once per word.
      const h = v.hc;
      if (h.oovFn !== oov) {
        h.oovFn = oov;
        h.oovView = oov(i, v.w) ? { ...v, oov: true } : null;
      }
      out[i] = h.oovView ?? v;
    }
  }
  return out;
}

/** Readable features of token i (tests, debugging). */
export function featureStrings(tokens: readonly TokenLike[], i: number, oov?: OovTest): string[] {
  const vs = views(tokens, oov);
  const out: string[] = [];
  extract(vs, i, {
    add: (t, a, b) => out.push(b === undefined ? `${t}=${a}` : `${t}=${a}|${b}`),
    slice: (t, s, from, to) => out.push(`${t}=${s.slice(from, to)}`),
  });
  return out;
}

const PREFIX_HASH = new Map<string, number>();
const prefixHash = (tmpl: string): number => {
  let h = PREFIX_HASH.get(tmpl);
  if (h === undefined) {
    h = fnvAdd(FNV_OFFSET, tmpl + '=');
    PREFIX_HASH.set(tmpl, h);
  }
  return h;
};

/**
 * Templates that name the word itself. Training drops them at random (word dropout) so the model
 * also learns to find names from context and letters: most test-set person names never occur in
 * the training split.
 */
export const LEXICAL_TEMPLATES: ReadonlySet<string> = new Set([
  'w', 's', 'c1', 'w-1w', 'ww+1', 's-1s', 'cue-1s', 'p1', 'p2', 'p3', 'p4', 'x1', 'x2', 'x3', 'x4', 'sp2', 'sp3', 'sx2', 'sx3', 'g3',
]);

/** Hashed features of a whole sequence: token i's hashes are hashes[offsets[i] .. offsets[i+1]). */
export interface SequenceFeatures {
  hashes: Uint32Array;
  offsets: Uint32Array;
  /** With `withLexical`: 1 where the feature is from a LEXICAL_TEMPLATES template. */
  lexical?: Uint8Array;
}

/** A token as the features see it (opaque outside this module). */
export type TokenView = View;

/** Views of a sequence, with the out-of-vocabulary test applied. */
export const sequenceViews = (tokens: readonly TokenLike[], oov?: OovTest, byWord = false): TokenView[] => views(tokens, oov, byWord);

/** A view's row in `owner`'s score table, or -1. */
export const viewId = (v: TokenView, owner: object): number => (v.hc.owner === owner ? v.hc.id : -1);

/** Keep a view's row in `owner`'s score table (replaces another owner's). */
export function setViewId(v: TokenView, owner: object, id: number): void {
  v.hc.owner = owner;
  v.hc.id = id;
}

/**
 * The view of one token under a test that reads only the word (a model's vocabulary): the same view
 * as `sequenceViews(tokens, oov, true)` gives it, without building the array.
 */
export function wordView(t: TokenLike, oov: OovTest): TokenView {
  const v = cachedView(t);
  if (v.type === 'punct') return v;
  const h = v.hc;
  if (h.oovFn !== oov) {
    h.oovFn = oov;
    h.oovView = oov(0, v.w) ? { ...v, oov: true } : null;
  }
  return h.oovView ?? v;
}

/** Cache key of a view's word features (same key → same `wordHashes`). */
export const viewKey = (v: TokenView): string => (v.oov ? '1' : '0') + v.type + v.w;

function hashSink(out: number[]): Sink {
  return {
    add(tmpl, a, b) {
      let h = fnvAdd(prefixHash(tmpl), a);
      if (b !== undefined) h = fnvAdd(Math.imul(h ^ BAR, FNV_PRIME), b);
      out.push(h >>> 0);
    },
    slice(tmpl, str, from, to) {
      let h = prefixHash(tmpl);
      for (let k = from; k < to; k++) h = Math.imul(h ^ str.charCodeAt(k), FNV_PRIME);
      out.push(h >>> 0);
    },
  };
}

/** Hashes of the features of the word alone (the first part of `sequenceFeatures` for it). */
export function wordHashes(v: TokenView): number[] {
  const out: number[] = [];
  extractWord(v, hashSink(out));
  return out;
}

/**
 * A word's share of its neighbours' context features, hashed once per word (views are cached per
 * word): single-part features whole, two-part features up to and including the "|".
 */
interface CtxHashes {
  oovcueM1: number; oovwM1: number; oovwP1: number;
  gzM1: number[]; gzP1: number[];
  wM1: number; wM2: number; wP1: number; wP2: number; sM1: number; sP1: number;
  /** Left parts of w-1w, ww+1, s-1s, cue-1s, sh-1sh, shsh+1. */
  lW1w: number; lWw1: number; lS1s: number; lCue1s: number; lSh1sh: number; lShsh1: number;
  cueM1: number; cueM2: number; cueP1: number;
  x2M1: number; x2P1: number;
}

const h1 = (tmpl: string, a: string): number => fnvAdd(prefixHash(tmpl), a) >>> 0;
const hLeft = (tmpl: string, a: string): number => Math.imul(fnvAdd(prefixHash(tmpl), a) ^ BAR, FNV_PRIME);
const hSlice = (tmpl: string, s: string, from: number, to: number): number => {
  let h = prefixHash(tmpl);
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h >>> 0;
};

function ctxHashesOf(v: View): CtxHashes {
  let c = v.hc.c;
  if (c) return c;
  const w = v.w;
  const x2 = Math.max(0, w.length - 2);
  c = {
    oovcueM1: h1('oovcue-1', v.cue), oovwM1: h1('oovw-1', w), oovwP1: h1('oovw+1', w),
    gzM1: v.gz.map((g) => h1('gz-1', g)), gzP1: v.gz.map((g) => h1('gz+1', g)),
    wM1: h1('w-1', w), wM2: h1('w-2', w), wP1: h1('w+1', w), wP2: h1('w+2', w), sM1: h1('s-1', v.stem), sP1: h1('s+1', v.stem),
    lW1w: hLeft('w-1w', w), lWw1: hLeft('ww+1', w), lS1s: hLeft('s-1s', v.stem), lCue1s: hLeft('cue-1s', v.cue), lSh1sh: hLeft('sh-1sh', v.shape), lShsh1: hLeft('shsh+1', v.shape),
    cueM1: h1('cue-1', v.cue), cueM2: h1('cue-2', v.cue), cueP1: h1('cue+1', v.cue),
    x2M1: hSlice('x2-1', w, x2, w.length), x2P1: hSlice('x2+1', w, x2, w.length),
  };
  v.hc.c = c;
  return c;
}

/**
 * The context features that read one neighbour only, grouped by where the word stands to the token
 * they describe: the word two before (M2), one before (M1), one after (P1), two after (P2), and the
 * extras when the token itself is out of vocabulary (M1_OOV, P1_OOV). A word's summed weights per
 * slot can be kept with it; the token then adds six vectors and probes only its pair features
 * (pairHashes). Together they are exactly the features of contextHashes.
 */
export const NEIGHBOUR_SLOTS = 6;
export const SLOT_M2 = 0, SLOT_M1 = 1, SLOT_P1 = 2, SLOT_P2 = 3, SLOT_M1_OOV = 4, SLOT_P1_OOV = 5;

/** Hashes of the features word `n` gives a token from neighbour slot `slot`. */
export function neighbourHashes(n: TokenView, slot: number): number[] {
  const K = (OOV_M1 ??= [h1('oov-1', '0'), h1('oov-1', '1'), h1('oov+1', '0'), h1('oov+1', '1'), h1('nis-1', '1'), h1('nis+1', '1')]);
  const c = ctxHashesOf(n);
  switch (slot) {
    case SLOT_M2:
      return [c.wM2, c.cueM2];
    case SLOT_M1:
      return [n.oov ? K[1]! : K[0]!, ...c.gzM1, ...(n.nisba ? [K[4]!] : []), c.wM1, c.sM1, c.cueM1, c.x2M1];
    case SLOT_P1:
      return [n.oov ? K[3]! : K[2]!, ...c.gzP1, ...(n.nisba ? [K[5]!] : []), c.wP1, c.sP1, c.cueP1, c.x2P1];
    case SLOT_P2:
      return [c.wP2];
    case SLOT_M1_OOV:
      return [c.oovcueM1, c.oovwM1];
    default:
      return [c.oovwP1];
  }
}

/** Hashes of token i's context features that read the token and a neighbour together, appended to `out`. */
export function pairHashes(vs: TokenView[], i: number, out: number[]): void {
  const v = vs[i]!;
  const p1 = vs[i - 1] ?? PAD;
  const n1 = vs[i + 1] ?? END;
  const cv = ctxHashesOf(v);
  const c1 = ctxHashesOf(p1);
  if (!v.oov) {
    out.push(fnvAdd(c1.lW1w, v.w) >>> 0, fnvAdd(cv.lWw1, n1.w) >>> 0, fnvAdd(c1.lS1s, v.stem) >>> 0, fnvAdd(c1.lCue1s, v.stem) >>> 0);
  }
  out.push(fnvAdd(c1.lSh1sh, v.shape) >>> 0, fnvAdd(cv.lShsh1, n1.shape) >>> 0);
}

/**
 * `pairHashes` split by neighbour, as int32: the hashes that read v with the word before it (w-1w,
 * s-1s, cue-1s, sh-1sh; only sh-1sh when v is out of vocabulary) and with the word after it (ww+1,
 * shsh+1; only shsh+1 when v is out of vocabulary). pairHashes's order is left[0], right[0],
 * left[1..] then right[last] (out of vocabulary: left[0], right[0]).
 */
export function pairLeftInto(v: TokenView, p1: TokenView, out: Int32Array): number {
  const c1 = ctxHashesOf(p1);
  if (v.oov) {
    out[0] = fnvAdd(c1.lSh1sh, v.shape);
    return 1;
  }
  out[0] = fnvAdd(c1.lW1w, v.w);
  out[1] = fnvAdd(c1.lS1s, v.stem);
  out[2] = fnvAdd(c1.lCue1s, v.stem);
  out[3] = fnvAdd(c1.lSh1sh, v.shape);
  return 4;
}

export function pairRightInto(v: TokenView, n1: TokenView, out: Int32Array): number {
  const cv = ctxHashesOf(v);
  if (v.oov) {
    out[0] = fnvAdd(cv.lShsh1, n1.shape);
    return 1;
  }
  out[0] = fnvAdd(cv.lWw1, n1.w);
  out[1] = fnvAdd(cv.lShsh1, n1.shape);
  return 2;
}

/** The view that stands before the sequence's first token (i − 1 < 0) and after its last. */
export const PAD_VIEW: TokenView = PAD;
export const END_VIEW: TokenView = END;

let OOV_M1: number[] | null = null; // hashes of oov-1=0, oov-1=1, oov+1=0, oov+1=1, nis-1=1, nis+1=1

/**
 * Hashes of the context features of token i (the second part), appended to `out`: the same hashes,
 * in the same order, as extractContext through a hash sink, from per-word parts (ctxHashesOf).
 */
export function contextHashes(vs: TokenView[], i: number, out: number[]): void {
  const K = (OOV_M1 ??= [h1('oov-1', '0'), h1('oov-1', '1'), h1('oov+1', '0'), h1('oov+1', '1'), h1('nis-1', '1'), h1('nis+1', '1')]);
  const v = vs[i]!;
  const p1 = vs[i - 1] ?? PAD;
  const p2 = vs[i - 2] ?? PAD;
  const n1 = vs[i + 1] ?? END;
  const n2 = vs[i + 2] ?? END;
  const c1 = ctxHashesOf(p1);
  const c2 = ctxHashesOf(p2);
  const d1 = ctxHashesOf(n1);
  const d2 = ctxHashesOf(n2);
  if (v.oov) out.push(c1.oovcueM1, c1.oovwM1, d1.oovwP1);
  out.push(p1.oov ? K[1]! : K[0]!, n1.oov ? K[3]! : K[2]!);
  for (const h of c1.gzM1) out.push(h);
  for (const h of d1.gzP1) out.push(h);
  if (p1.nisba) out.push(K[4]!);
  if (n1.nisba) out.push(K[5]!);
  out.push(c1.wM1, c2.wM2, d1.wP1, d2.wP2, c1.sM1, d1.sP1);
  pairHashes(vs, i, out);
  out.push(c1.cueM1, c2.cueM2, d1.cueP1, c1.x2M1, d1.x2P1);
}

/** Hash the features of every token of one sequence (one sentence). */
export function sequenceFeatures(tokens: readonly TokenLike[], oov?: OovTest, withLexical = false): SequenceFeatures {
  const vs = views(tokens, oov);
  let buf = new Uint32Array(Math.max(64, tokens.length * 64));
  const lex: number[] = [];
  let n = 0;
  const offsets = new Uint32Array(tokens.length + 1);
  const push = (h: number, tmpl: string) => {
    if (n === buf.length) {
      const nb = new Uint32Array(buf.length * 2);
      nb.set(buf);
      buf = nb;
    }
    buf[n++] = h >>> 0;
    if (withLexical) lex.push(LEXICAL_TEMPLATES.has(tmpl) ? 1 : 0);
  };
  const sink: Sink = {
    add(tmpl, a, b) {
      let h = fnvAdd(prefixHash(tmpl), a);
      if (b !== undefined) h = fnvAdd(Math.imul(h ^ BAR, FNV_PRIME), b);
      push(h, tmpl);
    },
    slice(tmpl, str, from, to) {
      let h = prefixHash(tmpl);
      for (let k = from; k < to; k++) h = Math.imul(h ^ str.charCodeAt(k), FNV_PRIME);
      push(h, tmpl);
    },
  };
  for (let i = 0; i < vs.length; i++) {
    offsets[i] = n;
    extract(vs, i, sink);
  }
  offsets[vs.length] = n;
  return withLexical ? { hashes: buf.slice(0, n), offsets, lexical: Uint8Array.from(lex) } : { hashes: buf.slice(0, n), offsets };
}
