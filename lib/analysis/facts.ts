/**
 * Key facts for the popup (issue 3, item 8): every amount, quantity and percentage with its English
 * rendering and, when the sentence says it, a short label of what it measures; the dates; and the
 * principal names ranked by importance (mentions, headline, lead paragraph).
 */
import type { Fact, Span } from './types';
import { isEntityKind } from './types';
import { sentences, type Sentence } from './tokens';
import { normaliseString, normIndex, type NormalisedText } from './normalize';
import { FACT_LABELS } from './data/fact-labels';

export interface FactOptions {
  title: string;
  /** The text's sentences (`sentences(text)`), when the caller has them. */
  sentences?: readonly Sentence[];
  /** The text normalised (analyse()'s document), when the caller has it. */
  doc?: NormalisedText;
  /** How many names to keep (the popup shows them ranked). */
  maxNames?: number;
}

const FIGURE_KINDS = new Set(['money', 'quantity', 'percent']);
const CUE_INDEX: Map<string, string> = new Map(FACT_LABELS.flatMap((l) => l.cues.map((c) => [c, l.label] as [string, string])));

/** Identity of a span for grouping mentions. */
export const spanKey = (s: Span): string => s.key ?? `${s.kind}:${s.english.toLowerCase()}`;

/** و ف ب ل ك */
const isClitic = (c: number): boolean => c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
/** ال or لل at position k. */
const articleAt = (w: string, k: number): boolean => (w.charCodeAt(k) === 0x0627 || w.charCodeAt(k) === 0x0644) && w.charCodeAt(k + 1) === 0x0644;

/** The label of a cue word: as written, without a proclitic and the article, without a proclitic. */
const cueOf = (w: string): string | undefined => {
  const label = CUE_INDEX.get(w);
  if (label) return label;
  // w.replace(/^(و|ف|ب|ل|ك)?(ال|لل)/, '')
  const clitic = isClitic(w.charCodeAt(0));
  const noArticle = clitic && articleAt(w, 1) ? w.slice(3) : articleAt(w, 0) ? w.slice(2) : w;
  const label2 = CUE_INDEX.get(noArticle);
  if (label2) return label2;
  // w.replace(/^(و|ف|ب|ل|ك)/, '')
  return CUE_INDEX.get(clitic ? w.slice(1) : w) || undefined;
};
const arabicWords = (s: string) => normaliseString(s).split(/[^\u0621-\u064A]+/).filter(Boolean);
const isArabicWordCode = (c: number): boolean => c >= 0x0621 && c <= 0x064a;

/**
 * Label of what an amount measures: the nearest cue among up to 8 words before it in the same
 * sentence, else a purpose right after it ("5.6 مليون دولار لتدريب …" → training). `nt`: the text
 * normalised (analyse()'s document): the words are then read from it in place (the same words:
 * runs of Arabic letters of the stretch normalised), without normalising and splitting the stretch.
 */
export function labelFor(text: string, s: Span, sentenceStart: number, sentenceEnd = text.length, nt?: NormalisedText): string | undefined {
  const from = Math.max(sentenceStart, s.start - 80);
  const to = Math.min(sentenceEnd, s.end + 40);
  if (!nt) {
    for (const w of arabicWords(text.slice(from, s.start)).slice(-8).reverse()) {
      const label = cueOf(w);
      if (label) return label;
    }
    for (const w of arabicWords(text.slice(s.end, to)).slice(0, 3)) {
      if (w.startsWith('ل') || w.startsWith('لل')) {
        const label = cueOf(w);
        if (label) return label;
      }
    }
    return undefined;
  }
  const norm = nt.norm;
  // the last 8 words before the amount, nearest first
  const a = normIndex(nt, from);
  let j = normIndex(nt, s.start, a);
  for (let count = 0; count < 8; count++) {
    while (j > a && !isArabicWordCode(norm.charCodeAt(j - 1))) j--;
    if (j <= a) break;
    let i = j - 1;
    while (i > a && isArabicWordCode(norm.charCodeAt(i - 1))) i--;
    const label = cueOf(norm.slice(i, j));
    if (label) return label;
    j = i;
  }
  // the first 3 words after it, those starting with ل
  const b = normIndex(nt, s.end, a);
  const e = normIndex(nt, to, b);
  let i = b;
  for (let count = 0; count < 3; count++) {
    while (i < e && !isArabicWordCode(norm.charCodeAt(i))) i++;
    if (i >= e) break;
    let k = i + 1;
    while (k < e && isArabicWordCode(norm.charCodeAt(k))) k++;
    if (norm.charCodeAt(i) === 0x0644) {
      const label = cueOf(norm.slice(i, k));
      if (label) return label;
    }
    i = k;
  }
  return undefined;
}

/**
 * A mention that names the source, not the subject: a dateline ("27 يناير 2025 / شبكة الصين/")
 * near the top, or a web address. It counts as a mention but adds nothing to the ranking.
 */
export function isSourceMention(text: string, s: Span): boolean {
  if (/^[\w-]+(\.[\w-]+)+$/.test(s.text)) return true;
  if (s.start > 300) return false;
  const around = text.slice(Math.max(0, s.start - 3), s.start) + text.slice(s.end, s.end + 3);
  return around.includes('/') || around.includes('|');
}

export function buildFacts(text: string, spans: readonly Span[], opts: FactOptions): Fact[] {
  const sents = opts.sentences ?? sentences(text);
  const sentenceOf = (pos: number): number => {
    // binary search on sentence starts
    let lo = 0, hi = sents.length - 1, ans = 0;
    while (lo <= hi) {
      const m = (lo + hi) >> 1;
      if (sents[m]!.start <= pos) { ans = m; lo = m + 1; } else hi = m - 1;
    }
    return ans;
  };
  // A short "Source: …" prefix in a headline names who reported it, not what it is about.
  const title = normaliseString(opts.title ?? '').replace(/^[^:]{1,40}:\s*/, (m) => (m.trim().split(/\s+/).length <= 4 ? '' : m));
  const leadEnd = sents[Math.min(2, sents.length - 1)]?.end ?? 0;

  const figures: Fact[] = [];
  const dates = new Map<string, Fact>();
  const names = new Map<string, Fact>();

  for (const s of spans) {
    if (FIGURE_KINDS.has(s.kind)) {
      const si = sentenceOf(s.start);
      const label = labelFor(text, s, sents[si]?.start ?? 0, sents[si]?.end ?? text.length, opts.doc);
      const dup = figures.find((f) => f.kind === s.kind && f.value === s.value && f.unit === s.unit);
      if (dup) { dup.mentions++; continue; }
      figures.push({ kind: s.kind, english: s.english, value: s.value, unit: s.unit, start: s.start, end: s.end, text: s.text, label, mentions: 1, key: spanKey(s) });
    } else if (s.kind === 'date') {
      const k = String(s.value ?? s.english);
      const f = dates.get(k);
      if (f) f.mentions++;
      else dates.set(k, { kind: 'date', english: s.english, value: s.value, start: s.start, end: s.end, text: s.text, mentions: 1, key: `date:${k}` });
    } else if (isEntityKind(s.kind)) {
      const k = spanKey(s);
      let f = names.get(k);
      if (!f) {
        f = { kind: s.kind, english: s.english, start: s.start, end: s.end, text: s.text, mentions: 0, score: 0, key: k };
        names.set(k, f);
      }
      f.mentions++;
      // Prefer the longest English form as the display name ("Liang Wenfeng" over "Liang").
      if (s.english.length > f.english.length) { f.english = s.english; }
      if (!isSourceMention(text, s)) f.score! += 1 + (s.start < leadEnd ? 1 : 0);
    }
  }
  for (const f of names.values()) {
    if (title && f.text && title.includes(normaliseString(f.text))) f.score! += 3;
  }
  const ranked = [...names.values()].sort((a, b) => b.score! - a.score! || a.start - b.start).slice(0, opts.maxNames ?? 15);
  const datesSorted = [...dates.values()].sort((a, b) => a.start - b.start);
  return [...figures, ...datesSorted, ...ranked];
}
