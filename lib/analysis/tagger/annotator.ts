/**
 * The name tagger as an annotator (issue 6): proposes person, organization, place and product
 * spans that no list knows, with lower confidence than lexicon and rule hits, and a transliterated
 * English name.
 *
 * The model (lib/analysis/data/ner-model.ts, ≈1 MB, CC BY-SA 4.0) is not imported statically:
 * `loadTagger()` dynamic-imports it, so bundlers split it into its own chunk that only article
 * pages fetch. `nerAnnotator.find` is synchronous like every annotator: it proposes nothing until
 * `loadTagger()` has resolved. Wiring (done by the lead, not here):
 *
 *   await loadTagger();                         // content script / annotate command, before analyse()
 *   ANNOTATORS = [numericAnnotator, ...entityAnnotators, nerAnnotator]   // registry.ts, last
 *
 * and, so that lexicon and rules win on the names they know, drop tagger spans that overlap a
 * span from another annotator before overlap resolution: `preferKnown(spans)`.
 */
import type { Annotator } from '../annotator';
import { span } from '../annotator';
import type { Doc } from '../tokens';
import type { EntityKind, Span } from '../types';
import { transliterate } from '../translit';
import { keyFor } from '../name-context';
import type { TaggerModel } from './model';
import { sequenceRanges } from './sequences';
import { chunks, type Chunk } from './bio';
import type { EntityType } from './tags';

export const NER_SOURCE = 'ner';

const KIND: Record<EntityType, EntityKind> = { PERS: 'person', ORG: 'organization', LOC: 'place', MISC: 'product' };

/** Confidence per type: below lexicon (≈1) and rule hits; places and people are the surest. */
const CONFIDENCE: Record<EntityType, number> = { PERS: 0.55, LOC: 0.55, ORG: 0.45, MISC: 0.4 };

/**
 * ANERcorp's MISC is mostly currencies, religions and events, not products: with `misc: 'product'`
 * these stems are still left out (numbers.ts owns currencies). `'all'` keeps every MISC chunk (the
 * corpus's own four-type scoring); `'none'` drops MISC.
 */
const NOT_PRODUCTS = new Set(['دولار', 'دولارا', 'دولارات', 'يورو', 'درهم', 'دراهم', 'جنيه', 'جنيها', 'شيكل', 'ريال', 'دينار', 'ين', 'روبل', 'له', 'الله', 'لله', 'اسلام', 'قران', 'مسيحيه', 'يهوديه']);

export interface NerOptions {
  misc?: 'product' | 'all' | 'none';
}

let loading: Promise<TaggerModel> | null = null;
let loaded: TaggerModel | null = null;

/** Load the shipped model once (dynamic import: a separate chunk). Resolves to the same model every time. */
export function loadTagger(): Promise<TaggerModel> {
  loading ??= Promise.all([import('../data/ner-model'), import('./model')]).then(([data, { TaggerModel }]) => {
    loaded = new TaggerModel(data.default);
    return loaded;
  });
  return loading;
}

/** The model if `loadTagger()` has resolved, else null. */
export const loadedTagger = (): TaggerModel | null => loaded;

/** Entity chunks of a document, in token indices. */
export function tagDoc(model: TaggerModel, doc: Doc): Chunk[] {
  const out: Chunk[] = [];
  for (const [a, b] of sequenceRanges(doc.tokens)) {
    const tags = model.tag(doc.tokens.slice(a, b));
    for (const c of chunks(tags)) out.push({ type: c.type, from: c.from + a, to: c.to + a });
  }
  return out;
}

/** Proclitics before the article (والصين, بالقاهرة, للصين): the span starts at the article. */
const CLITICS_BEFORE_ARTICLE = /^(?:[وف]?[بكل](?=ال)|[وف](?=ال)|[وف]?ل(?=ل..))/;

/** Chunks → spans: proclitics trimmed, English transliterated (Latin kept as written). */
export function chunkSpans(doc: Doc, found: readonly Chunk[], opts: NerOptions = {}): Span[] {
  const misc = opts.misc ?? 'product';
  const out: Span[] = [];
  for (const c of found) {
    if (c.type === 'MISC' && misc === 'none') continue;
    const first = doc.tokens[c.from]!;
    const last = doc.tokens[c.to]!;
    if (first.type === 'punct' || last.type === 'punct') continue;
    if (c.type === 'MISC' && misc === 'product') {
      const stem = first.norm.replace(/^[وفبلك]?(?:ال)?/, '');
      if (c.from === c.to && (NOT_PRODUCTS.has(stem) || NOT_PRODUCTS.has(first.norm))) continue;
    }
    const skip = first.type === 'ar' ? CLITICS_BEFORE_ARTICLE.exec(first.norm)?.[0].length ?? 0 : 0;
    const start = doc.map[first.ns + skip] ?? first.start;
    const text = doc.original.slice(start, last.end);
    const kind = KIND[c.type];
    const english = transliterate(text) || text;
    out.push(span(doc, start, last.end, { kind, english, key: keyFor(kind, english), source: NER_SOURCE, confidence: CONFIDENCE[c.type] }));
  }
  return out;
}

/** An annotator over a given model source (tests and scripts pass their own). */
export function createNerAnnotator(model: () => TaggerModel | null, opts: NerOptions = {}): Annotator {
  return {
    id: NER_SOURCE,
    why:
      'Last: a trained tagger (ANERcorp) that proposes names no list or rule found; its guesses carry lower confidence and give way to lexicon and rule spans.',
    find(doc) {
      const m = model();
      return m ? chunkSpans(doc, tagDoc(m, doc), opts) : [];
    },
  };
}

/** The tagger annotator over the shipped model; proposes nothing until `loadTagger()` resolves. */
export const nerAnnotator: Annotator = createNerAnnotator(loadedTagger);

/**
 * Lexicon and rules win on names they know: drop tagger spans that overlap a name or number span
 * from any other annotator. Call on all spans before `resolveOverlaps`.
 */
export function preferKnown(spans: readonly Span[]): Span[] {
  const known = spans.filter((s) => s.source !== NER_SOURCE).sort((a, b) => a.start - b.start);
  const starts = known.map((s) => s.start);
  const maxEnd: number[] = [];
  known.forEach((s, i) => maxEnd.push(Math.max(s.end, maxEnd[i - 1] ?? 0)));
  return spans.filter((s) => {
    if (s.source !== NER_SOURCE) return true;
    // known spans starting before s.end; overlap if any of them ends after s.start
    let lo = 0, hi = starts.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (starts[m]! < s.end) lo = m + 1; else hi = m; }
    return !(lo > 0 && maxEnd[lo - 1]! > s.start);
  });
}
