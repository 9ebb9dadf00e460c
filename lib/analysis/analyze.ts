/**
 * The analysis entry point used unchanged by the content script, the popup and the `annotate`
 * command: text in, spans + facts + summary out. Pure; never throws (bad input gives an empty
 * analysis).
 */
import type { Analysis, Span } from './types';
import { makeDoc, sentences, type Doc } from './tokens';
import { ANNOTATORS, ANNOTATOR_ORDER } from './registry';
import { resolveOverlaps } from './resolve';
import { buildFacts } from './facts';
import { buildSummary } from './summary';
import { loadTagger, preferKnown } from './tagger/annotator';

/**
 * Load what the analysis loads lazily (the trained name tagger's model, ≈ 0.9 MB). Until it
 * resolves, `annotate`/`analyse` run with lexicon and rules only. Never rejects.
 */
export function prepareAnalysis(): Promise<void> {
  return loadTagger().then(
    () => undefined,
    () => undefined,
  );
}

/** Largest text analysed in one go (characters); longer input is analysed up to here. */
export const MAX_TEXT = 2_000_000;

export interface AnalyseOptions {
  title?: string;
  isArticle?: boolean;
}

/** Spans only (no facts/summary): what the highlighter needs. */
export function annotate(text: string): Span[] {
  return annotateDoc(makeDoc(sanitise(text)));
}

function annotateDoc(doc: Doc): Span[] {
  const all: Span[] = [];
  for (const a of ANNOTATORS) {
    try {
      all.push(...a.find(doc));
    } catch (err) {
      // One broken annotator must not take the others down.
      if (typeof console !== 'undefined') console.debug?.(`[sharh] annotator ${a.id} failed`, err);
    }
  }
  // Lexicon and rules win on the names they know, the tagger on guesses and longer names it is
  // sure of (tagger/annotator.ts COMBINE); then the longest span wins.
  return resolveOverlaps(preferKnown(all), ANNOTATOR_ORDER).sort((a, b) => a.start - b.start);
}

export function analyse(text: string, opts: AnalyseOptions = {}): Analysis {
  const safe = sanitise(text);
  // One normalised, tokenised document for the annotators and the summary.
  const doc = makeDoc(safe);
  const annotations = annotateDoc(doc);
  const title = opts.title ?? '';
  // The sentences, split once for the facts and the summary.
  const sents = sentences(safe);
  const facts = buildFacts(safe, annotations, { title, sentences: sents, doc });
  const summary = buildSummary(safe, annotations, facts, { title, doc, sentences: sents });
  return { text: safe, isArticle: opts.isArticle ?? true, title, annotations, facts, summary };
}

/** Non-strings become ''; oversize input is cut at MAX_TEXT. Lone surrogates are kept (offsets stay exact). */
function sanitise(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}
