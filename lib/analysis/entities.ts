/**
 * The name annotators (issue 3, item 7): person, organization, place, product, each with an English
 * rendering and a key that groups mentions of the same thing.
 *
 * Three annotators, strongest evidence first (the registry's order breaks ties in resolve.ts):
 * 1. names-lexicon — the curated lexicon (data/lexicon.ts) and places (data/places.ts), longest match;
 * 2. names-rules   — cue words around names in no list (entity-rules.ts);
 * 3. names-guess   — Latin names and codes, quoted names, repeated parts of names (entity-guesses.ts).
 * Each later layer sees what the earlier ones marked, so the three share one pass per document
 * (memoised on the Doc object).
 */
import type { Annotator } from './annotator';
import type { Span } from './types';
import type { Doc } from './tokens';
import { buildGazetteer, findAll, type Gazetteer, type GazetteerHit, type NameEntry, type VariantOptions } from './gazetteer';
import { lexiconLines } from './data/lexicon';
import { placeEntries } from './data/places';
import { newCtx, nameSpan, CHINESE_SYLLABLES } from './name-context';
import { ruleSpans } from './entity-rules';
import { guessSpans } from './entity-guesses';

let gazetteer: Gazetteer | null = null;

/** The lexicon and places in one index: lexicon first (an organisation's spelling wins over a city's). */
export function namesGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const items: (NameEntry | [NameEntry, string, VariantOptions])[] = [];
  const lines = lexiconLines();
  for (const l of lines) items.push(l.entry);
  for (const l of lines) for (const [v, english] of l.short) items.push([l.entry, v, { english }]);
  items.push(...placeEntries());
  gazetteer = buildGazetteer(items);
  return gazetteer;
}

/**
 * A country name that is also the feminine nationality adjective (السعودية "Saudi"), right after a
 * definite feminine or plural noun, is the adjective: الشركة السعودية, الصادرات السعودية.
 */
function partOfLongerName(doc: Doc, h: GazetteerHit): boolean {
  // "لياو لي تشيانغ" (Liao Liqiang) is not "لي تشيانغ" (Li Qiang): a Chinese syllable glued before
  // a listed Chinese name makes it someone else's.
  if (h.entry.kind !== 'person' || h.prefix) return false;
  const prev = doc.tokens[h.first - 1];
  const t = doc.tokens[h.first]!;
  return !!prev && prev.type === 'ar' && !t.lineBefore && CHINESE_SYLLABLES.has(prev.norm) && CHINESE_SYLLABLES.has(t.norm);
}

function adjectiveUse(doc: Doc, h: GazetteerHit): boolean {
  if (h.entry.kind !== 'place' || h.first !== h.last || h.prefix) return false;
  const t = doc.tokens[h.first]!;
  if (!t.norm.startsWith('ال') || !t.norm.endsWith('يه')) return false;
  const prev = doc.tokens[h.first - 1];
  if (!prev || prev.type !== 'ar' || !t.spaceBefore || t.lineBefore) return false;
  return /^(و|ف|ب|ل|ك)?(ال|لل)..+(ه|ات)$/.test(prev.norm);
}

interface Layers {
  lexicon: Span[];
  rules: Span[];
  guesses: Span[];
}

const memo = new WeakMap<Doc, Layers>();

function layers(doc: Doc): Layers {
  const hit = memo.get(doc);
  if (hit) return hit;
  const ctx = newCtx(doc);
  const lexicon = findAll(namesGazetteer(), doc).filter((h) => !adjectiveUse(doc, h) && !partOfLongerName(doc, h)).map((h) => {
    const s = nameSpan(ctx, h.first, h.last, 0, h.entry.kind, h.english, 'names-lexicon', 0.95, h.entry.key);
    // The match may start after proclitics (ولغوغل → غوغل).
    return { ...s, start: h.start, text: doc.original.slice(h.start, h.end) };
  });
  const rules = ruleSpans(ctx);
  const guesses = guessSpans(ctx, [...lexicon, ...rules]);
  const out = { lexicon, rules, guesses };
  memo.set(doc, out);
  return out;
}

export const entityAnnotators: Annotator[] = [
  { id: 'names-lexicon', why: 'Known names first: a listed spelling is the strongest evidence.', find: (doc) => layers(doc).lexicon },
  { id: 'names-rules', why: 'Cue words around names in no list; they build on the places the lexicon found.', find: (doc) => layers(doc).rules },
  { id: 'names-guess', why: 'Weakest evidence last: Latin codes, quoted words, repeated name parts.', find: (doc) => layers(doc).guesses },
];
