/**
 * The shapes that cross every layer: spans with exact UTF-16 offsets into the original text.
 * Pure data (no classes) so they pass through structured clone between extension contexts and
 * print as the `annotate` command's JSON (../shared/eval/CONTRACT.md).
 */

export type EntityKind = 'person' | 'organization' | 'place' | 'product';
export type NumberKind = 'number' | 'money' | 'percent' | 'quantity' | 'date';
export type Kind = EntityKind | NumberKind;

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization', 'place', 'product'];
export const NUMBER_KINDS: readonly NumberKind[] = ['number', 'money', 'percent', 'quantity', 'date'];
export const KINDS: readonly Kind[] = [...ENTITY_KINDS, ...NUMBER_KINDS];

export const isEntityKind = (k: string): k is EntityKind => (ENTITY_KINDS as readonly string[]).includes(k);
export const isNumberKind = (k: string): k is NumberKind => (NUMBER_KINDS as readonly string[]).includes(k);

/** One marked stretch of the original text. `text === original.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  kind: Kind;
  /** The original text of the span (never normalised). */
  text: string;
  /** What the user reads: canonical English name, transliteration or formatted amount. No Arabic letters. */
  english: string;
  /** Amount as a number (5600000), or a date string YYYY-MM-DD | --MM-DD | YYYY-MM | YYYY. */
  value?: number | string;
  /** English unit: ISO currency code for money ("USD"), counted noun for quantities ("GPUs"). */
  unit?: string;
  /** Id of the annotator that produced the span (see registry). */
  source?: string;
  /**
   * Identity used to group mentions of the same thing (e.g. "org:deepseek"); mentions with the
   * same key are one fact / one entity in the popup.
   */
  key?: string;
  /** Qualifier for approximate amounts: "about", "more than", "less than", "nearly". */
  qualifier?: string;
  /** 0..1 — how sure the annotator is; used to resolve overlaps. Lexicon hits ≈ 1, guesses lower. */
  confidence?: number;
}

/** A key fact for the popup: an amount, quantity, percentage or date, or a principal name. */
export interface Fact {
  kind: Kind;
  /** English statement or label, e.g. "$5.6 million" or "2,048 GPUs used to train the model". */
  english: string;
  value?: number | string;
  unit?: string;
  /** The span (in the analysed text) this fact was taken from. */
  start: number;
  end: number;
  /** Arabic original of the span. */
  text: string;
  /** Short English label of what the number counts/measures, when the sentence says it. */
  label?: string;
  /** Number of mentions of the same thing (names) or 1 (figures). */
  mentions: number;
  /** For names: importance score used for ranking. */
  score?: number;
  key?: string;
}

export interface Summary {
  english: string;
  /** "offline-brief" (composed from facts) or "on-device-translation". */
  method: string;
  /** Chosen Arabic sentences (start/end into text), in article order, for translation. */
  sentences?: { start: number; end: number; text: string }[];
}

export interface Analysis {
  text: string;
  isArticle: boolean;
  title: string;
  annotations: Span[];
  facts: Fact[];
  summary: Summary;
}
