/**
 * The tag set of the name tagger: BIO (IOB2) over ANERcorp's four types, and the BIO rules the
 * decoder enforces (an I-X tag only continues a B-X or I-X).
 */

export const ENTITY_TYPES = ['PERS', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Tag ids: 0 = O, then B-/I- pairs in ENTITY_TYPES order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const NUM_TAGS = TAGS.length;
export const O = 0;

export const tagId = (tag: string): number => {
  const i = TAGS.indexOf(tag);
  return i < 0 ? O : i;
};
/** 'B', 'I' or 'O'. */
export const bioOf = (id: number): 'B' | 'I' | 'O' => (id === O ? 'O' : id % 2 === 1 ? 'B' : 'I');
/** Entity type of a tag id, or null for O. */
export const typeOf = (id: number): EntityType | null => (id === O ? null : ENTITY_TYPES[(id - 1) >> 1]!);

/** May tag `to` follow tag `from`? (from = -1 at the sequence start.) */
export function allowed(from: number, to: number): boolean {
  if (bioOf(to) !== 'I') return true;
  return from > 0 && typeOf(from) === typeOf(to);
}
