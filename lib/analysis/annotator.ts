/**
 * The one shape every annotator has (STYLE.md §5): an id, why it runs where it does, and a pure
 * `find` from the tokenised document to spans. The ordered registry is `registry.ts`.
 */
import type { Span } from './types';
import type { Doc } from './tokens';

export interface Annotator {
  id: string;
  /** Why it runs at its place in the registry. */
  why: string;
  find(doc: Doc): Span[];
}

/** Build a span from original offsets; text is always sliced from the original. */
export function span(doc: Doc, start: number, end: number, fields: Omit<Span, 'start' | 'end' | 'text'>): Span {
  return { start, end, text: doc.original.slice(start, end), ...fields };
}
