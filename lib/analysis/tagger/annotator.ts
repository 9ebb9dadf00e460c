/**
 * The name tagger as an annotator (issue 6): proposes person, organization, place and product
 * spans that no list knows, with lower confidence than lexicon and rule hits, and a transliterated
 * English name.
 *
 * The model (lib/analysis/data/ner-model.ts, ≈0.9 MB, 0.65 MB gzipped, CC BY-SA 4.0) is not
 * imported statically: `loadTagger()` dynamic-imports it (its own chunk where the bundler splits;
 * inlined into background.js by WXT, where the ≈20–40 ms decode still only happens on first use).
 * `nerAnnotator.find` is synchronous like every annotator and proposes nothing until
 * `loadTagger()` has resolved. Wiring (the lead's, after checking the dev-set figures):
 *
 *   registry.ts      ANNOTATORS = [numericAnnotator, ...entityAnnotators, nerAnnotator]
 *   analyze.ts       resolveOverlaps(preferKnown(all), ANNOTATOR_ORDER)   // lexicon and rules win
 *   background.ts    await loadTagger() before analyse() in 'sharh/analyse' (and in warmUp)
 *   scripts/annotate.ts   await loadTagger() at the start of main()
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
import { propagate } from './consistency';
import { stemOf } from './stem';
import { normaliseString } from '../normalize';
import { PRODUCT_HEADS } from '../data/name-cues';

export const NER_SOURCE = 'ner';

const KIND: Record<EntityType, EntityKind> = { PERS: 'person', ORG: 'organization', LOC: 'place', MISC: 'product' };

/**
 * Confidence: below lexicon (≈1) and rule hits; grows with the model's margin for the chunk and is
 * capped per type (places and people are the surest on ANERcorp, MISC the least).
 */
const MAX_CONFIDENCE: Record<EntityType, number> = { PERS: 0.6, LOC: 0.6, ORG: 0.5, MISC: 0.4 };
const confidenceOf = (type: EntityType, margin: number | undefined): number =>
  Math.round(100 * MAX_CONFIDENCE[type] * (0.6 + 0.4 * Math.min(1, (margin ?? 200) / 200))) / 100;

/**
 * ANERcorp's MISC is mostly currencies, religions and events, not products. With `misc: 'product'`
 * (the default) a MISC chunk becomes a product only where a product fits: after a product head
 * noun (تطبيق, نموذج, هاتف …, name-cues.ts) or when it holds Latin letters. `'all'` keeps every
 * MISC chunk as a product (the corpus's own four-type scoring); `'none'` drops MISC.
 */
const PRODUCT_CUES = new Set(PRODUCT_HEADS.map((w) => stemOf(normaliseString(w))));

export interface NerOptions {
  misc?: 'product' | 'all' | 'none';
  /** Chunks with a smaller model margin (TaggerModel.chunkMargin) are not proposed. */
  minMargin?: number;
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

/** Entity chunks of a document, in token indices; `consistent` (default) applies consistency.ts. */
export function tagDoc(model: TaggerModel, doc: Doc, consistent = true): Chunk[] {
  const ranges = sequenceRanges(doc.tokens);
  const seqs = ranges.map(([a, b]) => {
    const tokens = doc.tokens.slice(a, b);
    const n = tokens.length;
    const emit = model.emissions(tokens);
    const trace = model.newTrace(n);
    const best = model.decode(emit, n, trace);
    const cs = chunks(best);
    for (const c of cs) c.margin = model.chunkMargin(emit, n, best, c.from, c.to, trace);
    return { tokens, chunks: cs };
  });
  const found = consistent ? propagate(seqs) : seqs.map((s) => s.chunks);
  const out: Chunk[] = [];
  found.forEach((cs, k) => {
    const a = ranges[k]![0];
    for (const c of cs) out.push({ type: c.type, from: c.from + a, to: c.to + a });
  });
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
    if ((c.margin ?? Infinity) < (opts.minMargin ?? 0)) continue;
    // A lone definite word is rarely a person unless it is a family name of the nisba form
    // (البارزاني, الظواهري): "إطلاق العنان" is an idiom, not Mr Al-Anan.
    if (c.type === 'PERS' && c.from === c.to && /^[وفبلك]?ال/.test(doc.tokens[c.from]!.norm) && !/[يى]$/.test(doc.tokens[c.from]!.norm)) continue;
    const first = doc.tokens[c.from]!;
    const last = doc.tokens[c.to]!;
    if (first.type === 'punct' || last.type === 'punct') continue;
    if (c.type === 'MISC' && misc === 'product') {
      const prev = doc.tokens[c.from - 1];
      const latin = doc.tokens.slice(c.from, c.to + 1).some((t) => t.type === 'lat');
      if (!latin && !(prev && PRODUCT_CUES.has(stemOf(prev.norm)))) continue;
    }
    const skip = first.type === 'ar' ? CLITICS_BEFORE_ARTICLE.exec(first.norm)?.[0].length ?? 0 : 0;
    const start = doc.map[first.ns + skip] ?? first.start;
    const text = doc.original.slice(start, last.end);
    const kind = KIND[c.type];
    const english = transliterate(text) || text;
    out.push(span(doc, start, last.end, { kind, english, key: keyFor(kind, english), source: NER_SOURCE, confidence: confidenceOf(c.type, c.margin) }));
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
 * Lexicon and rules win on names they know: drop tagger spans that overlap a span from one of the
 * `winners` annotators (default: every other annotator). Call on all spans before `resolveOverlaps`.
 */
export function preferKnown(spans: readonly Span[], winners?: ReadonlySet<string>): Span[] {
  const wins = (s: Span) => s.source !== NER_SOURCE && (!winners || winners.has(s.source ?? ''));
  const known = spans.filter(wins).sort((a, b) => a.start - b.start);
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
