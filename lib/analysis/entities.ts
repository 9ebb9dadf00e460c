// STUB — replaced by the names work (issue 3): places, lexicon, cue rules, Latin names.
import type { Annotator } from './annotator';
export const entityAnnotators: Annotator[] = [];
