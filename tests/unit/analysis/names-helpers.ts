import { annotate } from '../../../lib/analysis/analyze';
import { isEntityKind, type Span } from '../../../lib/analysis/types';

/** Entity spans of a text (numbers left out). */
export const names = (text: string): Span[] => annotate(text).filter((s) => isEntityKind(s.kind));

/** The entity span whose text is `surface` (first one), or undefined. */
export const nameAt = (text: string, surface: string): Span | undefined => names(text).find((s) => s.text === surface);

/** [text, kind, english] triples, for compact table assertions. */
export const triples = (text: string): [string, string, string][] => names(text).map((s) => [s.text, s.kind, s.english]);
