/**
 * The English summary's two parts (issue 5, item 3):
 * - `chooseSentences`: the most central Arabic sentences (TextRank over sentences with normalised
 *   word overlap, plus a lead bias for news), three to five, in article order — what an on-device
 *   translator translates;
 * - `composeBrief`: an English brief composed from the facts — who, where, which figures, when — in
 *   grammatical English with no Arabic inside. It is always available and the only summary where
 *   no translator exists.
 */
import type { Fact, Span, Summary } from './types';
import { isEntityKind } from './types';
import { isSpaceCode, sentences, wordIndex, type Doc, type Sentence, type Token, type WordIndex } from './tokens';
import { normalise, normIndex, type NormalisedText } from './normalize';
import { assertEnglish, capitalise, joinList, withArticle } from './english';

// Function words that say nothing about centrality (normalised forms).
const STOP = new Set(
  'في من الى علي عن مع ان او ما لا لم لن قد كان كانت هذا هذه ذلك تلك التي الذي الذين هو هي هم كما حيث بعد قبل بين عند منذ حول خلال ثم كل بعض غير اي وقال قال وقالت اكد اضاف اوضح وفي وان وهو وهي ايضا لكن ولكن حتي اذا عام عاما يوم امس اليوم'.split(' '),
);

/** A light stem, shared by the words that have it; `id` is its id in the document `doc` (summaries are numbered). */
interface Stem {
  doc: number;
  id: number;
}

// Stem of each word (null for a stop word): news repeats its words. Words of one stem share its
// entry (STEM_ENTRIES), which carries the stem's id in the document being summarised: no map of
// stems to ids is built per document. Both are emptied, past 50,000 words, before a document.
const STEMS = new Map<string, Stem | null>();
const STEM_ENTRIES = new Map<string, Stem>();
let summaries = 0;

/** The light stem of a normalised word, or null for a stop word (cached). */
function stemOf(w: string): Stem | null {
  let stem = STEMS.get(w);
  if (stem === undefined) {
    // Light stemming: drop proclitics and the article so "والشركة" and "شركه" meet.
    const st = w.replace(/^(و|ف)?(ب|ل|ك)?(ال|لل)?/, '').replace(/(ه|ات|ون|ين|ها|هم)$/, '');
    if (st.length < 2 || STOP.has(w) || STOP.has(st)) stem = null;
    else {
      stem = STEM_ENTRIES.get(st);
      if (!stem) STEM_ENTRIES.set(st, (stem = { doc: 0, id: 0 }));
    }
    STEMS.set(w, stem);
  }
  return stem;
}

/** A letter or digit of a summary word (the split of normalised text at [^\u0621-\u064Aa-zA-Z0-9]+). */
const isWordCode = (c: number): boolean => (c >= 0x0621 && c <= 0x064a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/** Scratch for bagOf's ids (copied out per sentence). */
let bagBuf = new Int32Array(256);

/**
 * What bagOf reads: the normalised text and, when it is a tokenised document's, its tokens and
 * word index: a run of letters that is exactly one token is then looked up once per distinct word
 * (`wordStem[word id]`: 0 not yet, 1 no stem, else its stem's id + 2), not sliced and looked up again.
 */
interface BagSource {
  norm: string;
  tokens: readonly Token[];
  words: WordIndex | null;
  wordStem: Int32Array;
  /** The first token not before the run being read (runs are read in order). */
  cursor: number;
  /** The document's number (Stem.doc) and how many stems it has so far. */
  doc: number;
  stems: number;
}

/** The id of a stem in the document (new stems get the next id, src.stems), or -1 for none (a stop word). */
function stemId(stem: Stem | null, src: BagSource): number {
  if (!stem) return -1;
  if (stem.doc !== src.doc) {
    stem.doc = src.doc;
    stem.id = src.stems++;
  }
  return stem.id;
}

/**
 * The distinct stems of a sentence as ids (new stems get the next id, stemId), in order of first
 * occurrence. `seen[id]` is the number of the last sentence that had the stem (`sentence` + 1 here).
 * The sentence is norm[from, to) of the document's normalised text (normalisation maps one code
 * unit at a time, so that is the sentence normalised); words are its runs of letters and digits.
 */
function bagOf(src: BagSource, from: number, to: number, seen: number[], sentence: number): Int32Array {
  const norm = src.norm;
  const toks = src.tokens;
  let n = 0;
  let i = from;
  while (i < to) {
    if (!isWordCode(norm.charCodeAt(i))) { i++; continue; }
    let j = i + 1;
    while (j < to && isWordCode(norm.charCodeAt(j))) j++;
    if (j - i >= 2) {
      let id: number;
      let k = src.cursor;
      while (k < toks.length && toks[k]!.ns < i) k++;
      src.cursor = k;
      const t = toks[k];
      if (src.words && t && t.ns === i && t.ne === j) {
        const wid = src.words.ids[k]!;
        const known = src.wordStem[wid]!;
        if (known) id = known - 2;
        else src.wordStem[wid] = (id = stemId(stemOf(t.norm), src)) + 2;
      } else id = stemId(stemOf(norm.slice(i, j)), src);
      if (id >= 0 && seen[id] !== sentence + 1) {
        seen[id] = sentence + 1;
        if (n === bagBuf.length) { const b = new Int32Array(2 * n); b.set(bagBuf); bagBuf = b; }
        bagBuf[n++] = id;
      }
    }
    i = j;
  }
  return bagBuf.slice(0, n);
}

/** Sentences worth summarising: six words or more, mostly Arabic letters (skips datelines and footers). */
function candidate(s: Sentence): boolean {
  const text = s.text;
  let ar = 0;
  // words = white-space runs + 1 (the sentence is trimmed), as text.split(/\s+/).length
  let wordsCount = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) ar++;
    if (isSpaceCode(c)) {
      if (!inSpace) wordsCount++;
      inSpace = true;
    } else inSpace = false;
  }
  return wordsCount >= 6 && ar / text.length > 0.5;
}

/** Centrality is computed over the first 200 candidate sentences: plenty for news. */
const MAX_GRAPH = 200;

/** The first MAX_GRAPH candidates of a text's sentences (what `sentences(text, candidate, MAX_GRAPH)` returns). */
function firstCandidates(all: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let k = 0; k < all.length && out.length < MAX_GRAPH; k++) if (candidate(all[k]!)) out.push(all[k]!);
  return out;
}

/** Scratch rows of chooseSentences's similarity graph (up to MAX_GRAPH × (MAX_GRAPH - 1) entries, reused). */
let graphCols = new Int32Array(0);
let graphVals = new Float64Array(0);

/**
 * TextRank with a lead bias; returns 3–5 sentences in article order. `nt`: the text normalised
 * (the document analyse() already made), else normalised here.
 */
export function chooseSentences(text: string, max = 4, nt?: NormalisedText | Doc, all?: readonly Sentence[]): Sentence[] {
  const sents = all ? firstCandidates(all) : sentences(text, candidate, MAX_GRAPH);
  if (sents.length <= max) return sents;
  const n = sents.length;
  // Bags as word ids (each sentence's distinct stems).
  const norm = nt ?? normalise(text);
  const doc = 'tokens' in norm ? (norm as Doc) : null;
  const index = doc ? wordIndex(doc) : null;
  if (STEMS.size >= 50_000) {
    STEMS.clear();
    STEM_ENTRIES.clear();
  }
  const src: BagSource = { norm: norm.norm, tokens: doc?.tokens ?? [], words: index, wordStem: new Int32Array(index ? index.words.length : 0), cursor: 0, doc: ++summaries, stems: 0 };
  const seen: number[] = [];
  let at = 0;
  const bags = sents.map((s, k) => {
    const from = (at = normIndex(norm, s.start, at));
    const to = (at = normIndex(norm, s.end, at));
    return bagOf(src, from, to, seen, k);
  });
  const logs = bags.map((b) => Math.log(b.length));
  // Sentences of each word (sentences with two words or more), in order: word w's are
  // postList[postStart[w] .. postStart[w + 1]).
  const words = src.stems;
  const postStart = new Int32Array(words + 1);
  for (let j = 0; j < n; j++) {
    const b = bags[j]!;
    if (b.length < 2) continue;
    for (let q = 0; q < b.length; q++) postStart[b[q]! + 1] = postStart[b[q]! + 1]! + 1;
  }
  for (let w = 0; w < words; w++) postStart[w + 1] = postStart[w + 1]! + postStart[w]!;
  const postList = new Int32Array(postStart[words]!);
  const postFill = postStart.slice(0, words);
  for (let j = 0; j < n; j++) {
    const b = bags[j]!;
    if (b.length < 2) continue;
    for (let q = 0; q < b.length; q++) postList[postFill[b[q]!]!++] = j;
  }
  // Similarity: shared words / (log |a| + log |b|), symmetric; counted through the postings. Each
  // sentence's neighbours (non-zero weights) in order, with their weights, go into one row each
  // (rowStart/cols/vals); `out` is a row's total weight, summed in neighbour order.
  // First the neighbours after each sentence (upCount per sentence, in order, in the scratch rows
  // from n × (n - 1) / 2 on); then the rows: a sentence's neighbours before it (the earlier
  // sentences that listed it, so in order), then those after it.
  // (at most n × (n - 1) entries in all: sized once, no growing; kept for the next document)
  const half = (n * (n - 1)) / 2;
  if (graphCols.length < 3 * half) {
    graphCols = new Int32Array(3 * half);
    graphVals = new Float64Array(3 * half);
  }
  const cols = graphCols;
  const vals = graphVals;
  const upCount = new Int32Array(n);
  const lowCount = new Int32Array(n);
  const common = new Int32Array(n);
  let up = 2 * half;
  for (let i = 0; i < n; i++) {
    const a = bags[i]!;
    if (a.length < 2) continue;
    for (let p = 0; p < a.length; p++) {
      for (let k = postStart[a[p]! + 1]! - 1, first = postStart[a[p]!]!; k >= first; k--) {
        const j = postList[k]!;
        if (j <= i) break;
        common[j] = common[j]! + 1;
      }
    }
    for (let j = i + 1; j < n; j++) {
      if (!common[j]) continue;
      cols[up] = j;
      vals[up++] = common[j]! / (logs[i]! + logs[j]!);
      common[j] = 0;
      upCount[i] = upCount[i]! + 1;
      lowCount[j] = lowCount[j]! + 1;
    }
  }
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i]! + lowCount[i]! + upCount[i]!;
  // lowFill[j]: where row j's next neighbour before it goes
  const lowFill = rowStart.slice(0, n);
  up = 2 * half;
  for (let i = 0; i < n; i++) {
    let at = rowStart[i]! + lowCount[i]!;
    for (let e = up + upCount[i]!; up < e; up++) {
      const j = cols[up]!, sim = vals[up]!;
      cols[at] = j;
      vals[at++] = sim;
      cols[lowFill[j]!] = i;
      vals[lowFill[j]!++] = sim;
    }
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let k = rowStart[i]!, e = rowStart[i + 1]!; k < e; k++) sum += vals[k]!;
    out[i] = sum;
  }
  // Lead bias: news puts the point first. The chosen sentences are the `max` best ranked; only
  // which they are is returned (in article order), not their scores. The quick PageRank's scores
  // differ from the exact one's by rounding only (≈ 1e-13 of a score: 30 contracting rounds), so
  // when the last chosen sentence leads the next by more than a millionth of its rank, the exact
  // PageRank chooses the same ones; closer than that (a tie), it is run to decide.
  const rank = (score: Float64Array) => sents.map((s, i) => ({ s, i, r: score[i]! * (1 + 1.5 / (1 + i)) })).sort((a, b) => b.r - a.r);
  let ranked = rank(pageRank(n, rowStart, cols, vals, out, false));
  if (!(ranked[max - 1]!.r - ranked[max]!.r > 1e-6 * ranked[max - 1]!.r)) ranked = rank(pageRank(n, rowStart, cols, vals, out, true));
  return ranked
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.s);
}

/** Scratch: each entry's weight over its neighbour's total (the quick PageRank's). */
let graphShares = new Float64Array(0);

/**
 * PageRank over the rows, 30 rounds (fewer once a round changes nothing, bit for bit). Each score
 * sums its neighbours' shares in neighbour order (the weights are symmetric, so a row lists who
 * gives to it). `exact`: each share as (0.85 × score × weight) / neighbour's total, a division per
 * entry and round; else the weight / total is divided once per entry, and each round multiplies
 * (the same up to rounding, about five times faster).
 */
function pageRank(n: number, rowStart: Int32Array, cols: Int32Array, vals: Float64Array, out: Float64Array, exact: boolean): Float64Array {
  let score = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  const base = (1 - 0.85) / n;
  const nnz = rowStart[n]!;
  if (graphShares.length < nnz) graphShares = new Float64Array(graphVals.length);
  const w = graphShares;
  if (!exact) for (let k = 0; k < nnz; k++) w[k] = vals[k]! / out[cols[k]!]!;
  for (let it = 0; it < 30; it++) {
    for (let j = 0; j < n; j++) share[j] = 0.85 * score[j]!;
    for (let i = 0; i < n; i++) {
      let acc = base;
      if (exact) {
        for (let k = rowStart[i]!, e = rowStart[i + 1]!; k < e; k++) {
          const j = cols[k]!;
          acc += (share[j]! * vals[k]!) / out[j]!;
        }
      } else {
        for (let k = rowStart[i]!, e = rowStart[i + 1]!; k < e; k++) acc += share[cols[k]!]! * w[k]!;
      }
      next[i] = acc;
    }
    const t = score;
    score = next;
    next = t;
    // Once a round changes nothing (bit for bit), the remaining rounds would not either.
    let same = true;
    for (let i = 0; i < n && same; i++) same = score[i] === next[i];
    if (same) break;
  }
  return score;
}

const top = (facts: readonly Fact[], pred: (f: Fact) => boolean, n: number) => facts.filter(pred).slice(0, n).map((f) => f.english).filter((e) => e && !/[\u0600-\u06FF]/.test(e));

/** The always-available English brief, composed from the facts. */
export function composeBrief(facts: readonly Fact[]): string {
  const names = facts.filter((f) => isEntityKind(f.kind));
  const whoNames = top(names, (f) => f.kind === 'person' || f.kind === 'organization' || f.kind === 'product', 4);
  const places = top(names, (f) => f.kind === 'place', 4).map(withArticle);
  // A bare count ("20,000" of a noun no lexicon knows) says little in English: figures that say what
  // they count come first; article order otherwise.
  const says = (f: Fact) => f.kind !== 'quantity' || !!f.unit || !!f.label;
  const allFigures = facts.filter((f) => f.kind === 'money' || f.kind === 'quantity' || f.kind === 'percent');
  const figures = [...allFigures.filter(says), ...allFigures.filter((f) => !says(f))].slice(0, 5);
  // The dateline's date is when the article was published, not an event in it.
  const dateFacts = facts.filter((f) => f.kind === 'date');
  const dateline = dateFacts[0] && dateFacts[0].start < 60 ? dateFacts[0] : undefined;
  const dates = dateFacts.filter((f) => f !== dateline).slice(0, 3).map((f) => f.english);

  const parts: string[] = [];
  if (whoNames.length) parts.push(`This article is mainly about ${joinList(whoNames.map(withArticle))}.`);
  if (places.length) parts.push(`${capitalise(whoNames.length ? 'it' : 'this article')} refers to ${joinList(places)}.`);
  if (figures.length) {
    const figs = figures.map((f) => (f.label ? `${f.english} (${f.label})` : f.english));
    parts.push(`Figures cited: ${joinList(figs)}.`);
  }
  if (dates.length) parts.push(`Dates mentioned: ${dates.some((d) => d.includes(',')) ? dates.join('; ') : joinList(dates)}.`);
  if (dateline) parts.push(`Dated ${dateline.english}.`);
  if (!parts.length) return 'No names or figures were found in this text.';
  return assertEnglish(parts.join(' '), 'Names and figures were found; see the key facts.');
}

/**
 * `opts.doc`: the text normalised (analyse()'s document), so it is not normalised again;
 * `opts.sentences`: its sentences (`sentences(text)`), so they are not split again.
 */
export function buildSummary(text: string, _spans: readonly Span[], facts: readonly Fact[], opts: { title: string; doc?: NormalisedText | Doc; sentences?: readonly Sentence[] }): Summary {
  const chosen = chooseSentences(text, 4, opts.doc, opts.sentences);
  return {
    english: composeBrief(facts),
    method: 'offline-brief',
    sentences: chosen.map((s) => ({ start: s.start, end: s.end, text: s.text })),
  };
}
