/**
 * A name list indexed for fast longest-match lookup over a tokenised document.
 *
 * Every Arabic spelling variant is normalised and tokenised with the same code the document goes
 * through (normalize.ts, tokens.ts), then filed under its first token in a Map. Matching at a token
 * tries the word as written and then its proclitic readings (و ف ب ل ك, لل with the article
 * restored), so "ولغوغل" finds غوغل and "للصين" finds الصين, and the span starts after the clitics.
 * Cost: one Map lookup per reading per token, plus a short token-by-token compare for multi-word
 * names; no regular expressions at match time.
 */
import type { EntityKind } from './types';
import { makeDoc, cliticReadings, suffixFilter, wordIndex, type CliticReading, type Doc, type Token } from './tokens';

/** One named thing with all the ways Arabic (or Latin) text writes it. */
export interface NameEntry {
  kind: EntityKind;
  /** Canonical English name (no Arabic letters). */
  english: string;
  /** Groups mentions of the same thing: "org:google", "place:cn", "person:satya-nadella". */
  key: string;
  /** Spellings as they appear in text (Arabic or Latin), un-normalised. */
  variants: string[];
  /** Where the entry came from, e.g. "lexicon", "i18n-iso-countries", "cldr". */
  source: string;
}

interface Compiled {
  /** Token keys after the first. */
  rest: string[];
  entry: NameEntry;
  /** English to show for this variant (a short form shows only the surname). */
  english: string;
  /** For an all-capitals Latin spelling (WHO, UN, SEC): the exact tokens; "who" is not WHO. */
  exact?: string[];
}

export interface Gazetteer {
  index: Map<string, Compiled[]>;
  size: number;
  /** Per word: the clitic readings whose stem starts some name (most words: none). */
  heads: Map<string, HeadReading[]>;
  /** Whether a word can end like some first name-token (tokens.ts: suffixFilter), built on first use. */
  ends?: (w: string) => boolean;
}

/** A clitic reading whose stem starts some name, with the index's entries for that stem (looked up once per word). */
interface HeadReading extends CliticReading {
  list: Compiled[];
}

const NONE: HeadReading[] = [];

/** Everyday words that read as proclitic + a listed name (كابل "cable" is not ك + ابل Apple). */
const CLITIC_LOOKALIKES = new Set(['كابل', 'كابلات', 'وابل', 'لابل', 'فابل', 'بابل', 'كميتا', 'وميتا', 'كسوني', 'بسوني', 'لسوني', 'كانتل', 'كيو', 'بيو', 'فيو', 'لين', 'ولين', 'كريم', 'بريم', 'كوين', 'فوكس', 'بوكس', 'كاي', 'لاي', 'ليو']);

/** English letters spelt in Arabic (normalised): a proclitic may stand before the first of an
 *  acronym's letters ("لبي بي سي" is ل + BBC), though the stem is only two letters. */
const LETTER_STEMS = new Set(['بي', 'سي', 'دي', 'جي', 'اي', 'ام', 'ان', 'اس', 'تي', 'يو', 'اف', 'ار', 'زد']);

/**
 * A clitic reading is plausible when the stem has three letters or more, the whole word is not an
 * everyday word, and a lone ك (as, like) stands before a longer stem (كابل is not ك + ابل).
 */
function plausibleReading(norm: string, x: CliticReading): boolean {
  if (x.skip === 0) return true;
  if ((x.stem.length < 3 && !LETTER_STEMS.has(x.stem)) || CLITIC_LOOKALIKES.has(norm)) return false;
  return !(x.prefix === 'ك' && x.stem.length < 4);
}

/** Readings of a word whose stem is a first name-token in the index, cached per word. */
function headReadings(g: Gazetteer, norm: string): HeadReading[] {
  // every stem is the word, a suffix of it, or the article's alef + a suffix: most words end like no key
  if (!(g.ends ??= suffixFilter(g.index.keys()))(norm)) return NONE;
  let r = g.heads.get(norm);
  if (!r) {
    if (g.heads.size > 50000) g.heads.clear();
    const hits: HeadReading[] = [];
    for (const x of cliticReadings(norm)) {
      const list = plausibleReading(norm, x) ? g.index.get(x.stem) : undefined;
      if (list) hits.push({ ...x, list });
    }
    r = hits.length ? hits : NONE;
    g.heads.set(norm, r);
  }
  return r;
}

export interface GazetteerHit {
  entry: NameEntry;
  english: string;
  /** Original offsets of the name (without proclitics). */
  start: number;
  end: number;
  /** Token indices covered, inclusive. */
  first: number;
  last: number;
  /** Proclitic letters skipped at the start (normalised), '' if none. */
  prefix: string;
}

/** Lookup key of a token: normalised Arabic as is, Latin lower-cased. */
export const tokenKey = (t: Pick<Token, 'type' | 'norm'>): string => (t.type === 'lat' ? t.norm.toLowerCase() : t.norm);

// Keys of each spelling, computed once (places.ts and buildGazetteer both ask for them).
const keysCache = new Map<string, string[]>();

/** Keys of a name written out: the same tokeniser the documents go through. */
export function nameKeys(name: string): string[] {
  let keys = keysCache.get(name);
  if (!keys) {
    keys = makeDoc(name).tokens.map(tokenKey);
    keysCache.set(name, keys);
  }
  return keys;
}

export interface VariantOptions {
  /** English for this variant when it differs from the entry's (a surname alone). */
  english?: string;
}

/** Build the index. Later entries never displace earlier ones for the same spelling (first wins). */
export function buildGazetteer(entries: Iterable<NameEntry | [NameEntry, string, VariantOptions]>): Gazetteer {
  const index = new Map<string, Compiled[]>();
  const seen = new Set<string>();
  let size = 0;
  const add = (entry: NameEntry, variant: string, english: string) => {
    const keys = nameKeys(variant);
    if (!keys.length) return;
    const exact = /^[A-Z0-9&+.-]+$/.test(variant) && /[A-Z]/.test(variant) ? makeDoc(variant).tokens.map((t) => t.norm) : undefined;
    const id = keys.join(' ');
    if (seen.has(id)) return;
    seen.add(id);
    const [head, ...rest] = keys;
    let list = index.get(head!);
    if (!list) index.set(head!, (list = []));
    list.push(exact ? { rest, entry, english, exact } : { rest, entry, english });
    size++;
  };
  for (const item of entries) {
    if (Array.isArray(item)) add(item[0], item[1], item[2].english ?? item[0].english);
    else for (const v of item.variants) add(item, v, item.english);
  }
  // Longest first so the first full match is the longest.
  for (const list of index.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return { index, size, heads: new Map() };
}

/** Original offset of normalised position `ns`. */
const orig = (doc: Doc, ns: number): number => doc.map[ns] ?? doc.original.length;

/**
 * The longest name starting at token i (after any proclitics), or null.
 * A clitic reading needs a stem of at least three letters, so short words are not split by chance.
 */
export function matchAt(g: Gazetteer, doc: Doc, i: number): GazetteerHit | null {
  const t = doc.tokens[i];
  if (!t || t.type === 'punct' || t.type === 'num') return null;
  if (t.type === 'lat') {
    const list = g.index.get(tokenKey(t));
    return list ? tryRest(list, doc, i, 0, '') : null;
  }
  return matchReadings(doc, i, headReadings(g, t.norm));
}

/** The longest name starting at Arabic token i, given its head readings. */
function matchReadings(doc: Doc, i: number, readings: HeadReading[]): GazetteerHit | null {
  let best: GazetteerHit | null = null;
  for (const r of readings) {
    const hit = tryRest(r.list, doc, i, r.skip, r.prefix);
    if (hit && (!best || hit.last > best.last)) best = hit;
  }
  return best;
}

/** The first of `list` (the index's entries for the head word at token i) whose rest follows token i. */
function tryRest(list: Compiled[], doc: Doc, i: number, skip: number, prefix: string): GazetteerHit | null {
  const toks = doc.tokens;
  // The next token's key, read once for all the candidates (most lists start with longer names that
  // fail on it); '' when no name can go on there (no token, or a new line).
  const next = toks[i + 1];
  const nextKey = next && !next.lineBefore ? tokenKey(next) : '';
  for (const c of list) {
    const rest = c.rest;
    if (rest.length) {
      if (rest[0] !== nextKey) continue;
      let ok = true;
      for (let k = 1; k < rest.length; k++) {
        const u = toks[i + 1 + k];
        if (!u || u.lineBefore || tokenKey(u) !== rest[k]) { ok = false; break; }
      }
      if (!ok) continue;
    }
    if (c.exact && c.exact.some((x, k) => toks[i + k]?.norm !== x)) continue;
    const lastTok = toks[i + c.rest.length]!;
    const t0 = toks[i]!;
    // A Latin name must not be a piece of a longer Latin run (arabic.china.org.cn, R1-Zero).
    if (t0.type === 'lat' && (gluedLatin(toks, i - 1, i, -1) || gluedLatin(toks, i + c.rest.length + 1, i + c.rest.length, 1))) continue;
    return {
      entry: c.entry,
      english: c.english,
      start: orig(doc, t0.ns + skip),
      end: lastTok.end,
      first: i,
      last: i + c.rest.length,
      prefix,
    };
  }
  return null;
}

/** True if token `k` is glued (no space) to token `inner` and continues a Latin run ("." or "-" + Latin). */
function gluedLatin(toks: readonly Token[], k: number, inner: number, dir: 1 | -1): boolean {
  const u = toks[k];
  if (!u) return false;
  const glued = dir === 1 ? !u.spaceBefore : !toks[inner]!.spaceBefore;
  if (!glued) return false;
  if (u.type === 'lat') return true;
  if (u.type === 'punct' && u.norm === '@') return true;
  if (u.type === 'punct' && (u.norm === '.' || u.norm === '-')) {
    const v = toks[k + dir];
    const glued2 = dir === 1 ? v && !v.spaceBefore : v && !u.spaceBefore;
    return !!v && !!glued2 && (v.type === 'lat' || v.type === 'num');
  }
  return false;
}

/** Every non-overlapping longest match, left to right. Head readings are looked up once per distinct word. */
export function findAll(g: Gazetteer, doc: Doc): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  const toks = doc.tokens;
  const { ids, words } = wordIndex(doc);
  const heads: (HeadReading[] | undefined)[] = new Array(words.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let hit: GazetteerHit | null;
    if (t.type === 'ar') {
      const id = ids[i]!;
      const readings = (heads[id] ??= headReadings(g, t.norm));
      if (!readings.length) continue;
      hit = matchReadings(doc, i, readings);
    } else hit = matchAt(g, doc, i);
    if (hit) {
      out.push(hit);
      i = hit.last;
    }
  }
  return out;
}
