/**
 * The ordered registry of annotators (STYLE.md §5). Order matters only for ties in overlap
 * resolution (resolve.ts): numbers come first because an amount such as "5.6 مليون دولار" must
 * never be split by a name guess; the entity annotators follow in their own order (lexicon before
 * rules before guesses).
 */
import type { Annotator } from './annotator';
import { numericAnnotator } from './numeric';
import { entityAnnotators } from './entities';

export const ANNOTATORS: readonly Annotator[] = [numericAnnotator, ...entityAnnotators];
export const ANNOTATOR_ORDER: readonly string[] = ANNOTATORS.map((a) => a.id);
