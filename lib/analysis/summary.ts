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
import { sentences, type Sentence } from './tokens';
import { normaliseString } from './normalize';
import { assertEnglish, capitalise, joinList, withArticle } from './english';

// Function words that say nothing about centrality (normalised forms).
const STOP = new Set(
  'في من الى علي عن مع ان او ما لا لم لن قد كان كانت هذا هذه ذلك تلك التي الذي الذين هو هي هم كما حيث بعد قبل بين عند منذ حول خلال ثم كل بعض غير اي وقال قال وقالت اكد اضاف اوضح وفي وان وهو وهي ايضا لكن ولكن حتي اذا عام عاما يوم امس اليوم'.split(' '),
);

function words(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of normaliseString(s).split(/[^\u0621-\u064Aa-zA-Z0-9]+/)) {
    if (w.length < 2) continue;
    // Light stemming: drop proclitics and the article so "والشركة" and "شركه" meet.
    const stem = w.replace(/^(و|ف)?(ب|ل|ك)?(ال|لل)?/, '').replace(/(ه|ات|ون|ين|ها|هم)$/, '');
    if (stem.length < 2 || STOP.has(w) || STOP.has(stem)) continue;
    out.add(stem);
  }
  return out;
}

/** Sentences worth summarising: long enough, mostly Arabic words (skips datelines and footers). */
function candidate(s: Sentence): boolean {
  const ar = (s.text.match(/[\u0621-\u064A]/g) ?? []).length;
  const wordsCount = s.text.split(/\s+/).length;
  return wordsCount >= 6 && ar / s.text.length > 0.5;
}

/** TextRank with a lead bias; returns 3–5 sentences in article order. */
export function chooseSentences(text: string, max = 4): Sentence[] {
  const all = sentences(text).filter(candidate);
  if (all.length <= max) return all;
  // Bound the graph: centrality over the first 200 candidate sentences is plenty for news.
  const sents = all.slice(0, 200);
  const bags = sents.map((s) => words(s.text));
  const n = sents.length;
  const w: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = bags[i]!, b = bags[j]!;
      if (a.size < 2 || b.size < 2) continue;
      let common = 0;
      for (const x of a) if (b.has(x)) common++;
      const sim = common / (Math.log(a.size) + Math.log(b.size));
      w[i]![j] = sim;
      w[j]![i] = sim;
    }
  }
  const out = w.map((row) => row.reduce((x, y) => x + y, 0));
  let score = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 30; it++) {
    const next = new Array<number>(n).fill((1 - 0.85) / n);
    for (let j = 0; j < n; j++) {
      if (!out[j]) continue;
      for (let i = 0; i < n; i++) if (w[j]![i]) next[i]! += (0.85 * score[j]! * w[j]![i]!) / out[j]!;
    }
    score = next;
  }
  // Lead bias: news puts the point first.
  const ranked = sents
    .map((s, i) => ({ s, i, r: score[i]! * (1 + 1.5 / (1 + i)) }))
    .sort((a, b) => b.r - a.r)
    .slice(0, max)
    .sort((a, b) => a.i - b.i);
  return ranked.map((x) => x.s);
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

export function buildSummary(text: string, _spans: readonly Span[], facts: readonly Fact[], _opts: { title: string }): Summary {
  const chosen = chooseSentences(text);
  return {
    english: composeBrief(facts),
    method: 'offline-brief',
    sentences: chosen.map((s) => ({ start: s.start, end: s.end, text: s.text })),
  };
}
