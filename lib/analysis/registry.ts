/**
 * The ordered registry of annotators (STYLE.md §5). Order matters only for ties in overlap
 * resolution (resolve.ts): numbers come first because an amount such as "5.6 مليون دولار" must
 * never be split by a name guess; the entity annotators follow in their own order (lexicon before
 * rules before guesses).
 */
import type { Annotator } from './annotator';
import { numericAnnotator } from './numeric';
import { entityAnnotators } from './entities';
import { nerAnnotator } from './tagger/annotator';

/**
 * The trained tagger (tagger/annotator.ts) runs last: it proposes names no list or rule found, and
 * `preferKnown` (analyze.ts) lets lexicon and rules win on the names they know (a sure tagger span
 * only replaces guesses and listed names inside or across it: COMBINE in tagger/annotator.ts). It
 * proposes nothing until `prepareAnalysis()` has loaded its model.
 */
export const ANNOTATORS: readonly Annotator[] = [numericAnnotator, ...entityAnnotators, nerAnnotator];
export const ANNOTATOR_ORDER: readonly string[] = ANNOTATORS.map((a) => a.id);
